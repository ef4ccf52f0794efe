// `entente report`: the partner register of a workspace, as Markdown, one self-contained HTML page, or JSON.
import type { Locale } from "../grammar/messages.js";
import type { ReportFormat } from "../core/features/report/render.js";
import { words } from "../core/words/index.js";
import type { Io } from "./io.js";
import { displayPath, readWorkspace } from "./workspace.js";
import { baselineErrorText } from "../core/analysis/baseline-text.js";

export interface ReportOptions {
  paths: string[];
  format: ReportFormat;
  today?: string;
  locale?: Locale;
  config?: string;
  baseline?: string;
}

/** Prints the register; exit status 0, or 2 when a file could not be read (the register would be incomplete). */
export function report(opts: ReportOptions, io: Io): number {
  const { analysis, ioError } = readWorkspace(opts, io);
  const checked = analysis.checkAll();
  // The findings a baseline accepts are listed apart from the open ones.
  const outcome = analysis.baseline.apply(checked);
  if (outcome.errors.length > 0) {
    for (const e of outcome.errors) io.stderr(`entente: ${baselineErrorText(e, words(analysis.config.locale).baseline, (p) => displayPath(p, io.cwd))}\n`);
    return 2;
  }
  io.stdout(analysis.report(opts.format, (id) => displayPath(id, io.cwd), checked));
  if (ioError) io.stderr(`entente: ${words(analysis.config.locale).cli.reportIncomplete}\n`);
  return ioError ? 2 : 0;
}
