// `entente report`: the partner register of a workspace, as Markdown, one self-contained HTML page, or JSON.
import type { Locale } from "../grammar/messages.js";
import type { ReportFormat } from "../core/features/report/render.js";
import { words } from "../core/words/index.js";
import type { Io } from "./io.js";
import { displayPath, readWorkspace } from "./workspace.js";

export interface ReportOptions {
  paths: string[];
  format: ReportFormat;
  today?: string;
  locale?: Locale;
  config?: string;
}

/** Prints the register; exit status 0, or 2 when a file could not be read (the register would be incomplete). */
export function report(opts: ReportOptions, io: Io): number {
  const { analysis, ioError } = readWorkspace(opts, io);
  io.stdout(analysis.report(opts.format, (id) => displayPath(id, io.cwd)));
  if (ioError) io.stderr(`entente: ${words(analysis.locale).cli.reportIncomplete}\n`);
  return ioError ? 2 : 0;
}
