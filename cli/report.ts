// `entente report`: the partner register of a workspace, as Markdown, one self-contained HTML page, or JSON.
import type { Locale } from "../grammar/messages.js";
import { buildReport } from "../core/features/report/build.js";
import { reportHtml } from "../core/features/report/html.js";
import { reportMarkdown } from "../core/features/report/markdown.js";
import { checkFile, type Diagnostic } from "../core/rules/run.js";
import type { Io } from "./io.js";
import { displayPath, readWorkspace } from "./workspace.js";

export const REPORT_FORMATS = ["md", "html", "json"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  paths: string[];
  format: ReportFormat;
  today?: string;
  locale?: Locale;
  config?: string;
}

/** Prints the register; exit status 0, or 2 when a file could not be read (the register would be incomplete). */
export function report(opts: ReportOptions, io: Io): number {
  const { ws, loaded, today, locale, ioError } = readWorkspace(opts, io);
  const diagnostics = new Map<string, Diagnostic[]>();
  for (const file of ws.files.values()) diagnostics.set(file.uri, checkFile(ws, file, { config: loaded.config, today, locale }).diagnostics);
  const data = buildReport(ws, diagnostics, today, loaded.config, (uri) => displayPath(uri, io.cwd));
  switch (opts.format) {
    case "json": io.stdout(JSON.stringify(data, null, 2) + "\n"); break;
    case "md": io.stdout(reportMarkdown(data, locale)); break;
    case "html": io.stdout(reportHtml(data, locale)); break;
  }
  if (ioError) io.stderr("entente: some files could not be read; the register leaves them out.\n");
  return ioError ? 2 : 0;
}
