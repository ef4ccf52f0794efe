// `entente lint`: checks the workspace through the core's analysis, prints in the chosen format and decides the exit status.
import { resolve } from "node:path";
import type { Locale } from "../grammar/messages.js";
import type { Analysis } from "../core/analysis/analysis.js";
import type { BaselineOutcome } from "../core/analysis/baseline-workspace.js";
import { utf8Batches } from "../core/analysis/write.js";
import { words } from "../core/words/index.js";
import { displayPath, readWorkspace, shownPath } from "./workspace.js";
import { githubLines } from "./formats/github.js";
import { jsonChunks } from "./formats/json.js";
import { junitChunks } from "./formats/junit.js";
import type { LintResult } from "./formats/result.js";
import { lintInput, streamedResult, wholeResult } from "./lint-result.js";
import { sarifChunks } from "./formats/sarif.js";
import { reportWithLog } from "./sarif-output.js";
import { stylishChunks } from "./formats/stylish.js";
import { style, useColour } from "./terminal.js";
import { reason, type Io } from "./io.js";
import { baselineTriage, triage, triageLines } from "./triage.js";
import { baselineErrorText } from "../core/analysis/baseline-text.js";

export const FORMATS = ["stylish", "json", "sarif", "junit", "github"] as const;
export type Format = (typeof FORMATS)[number];

export interface LintOptions {
  paths: string[];
  format: Format;
  today?: string;
  locale?: Locale;
  maxWarnings?: number;
  config?: string;
  /** Apply the safe fixes and write the files (the only way lint writes). */
  fix?: boolean;
  /** `--baseline FILE` (also where `--write-baseline` writes), `--no-baseline`. */
  baseline?: string;
  noBaseline?: boolean;
  /** Record the findings in the baseline instead of reporting them. */
  writeBaseline?: boolean;
  /** Report only the findings that did not exist at this git revision. */
  newSince?: string;
  /** Write the SARIF log to this file as well, from the same findings as the report. */
  sarifOutput?: string;
}

/** Reads, checks and reports a workspace; returns the exit status (README, `entente lint`). */
export function lint(opts: LintOptions, io: Io): number {
  const read = readWorkspace({ ...opts, incremental: opts.newSince !== undefined, bounded: opts.newSince === undefined }, io);
  const { analysis } = read;
  const locale = analysis.config.locale;
  const w = words(locale).cli;
  let ioError = read.ioError;
  if (opts.fix) {
    let total = 0;
    let files = 0;
    for (const [id, count] of analysis.fix()) {
      try {
        analysis.write(id);
        total += count;
        files++;
      } catch (e) {
        io.stderr(`entente: ${w.cannotWrite(shownPath(id, io.cwd), reason(e, w))}\n`);
        ioError = true;
      }
    }
    if (total > 0) io.stderr(w.applied(total, files) + "\n");
  }
  const input = lintInput(analysis, io.cwd);
  const configError = input.configResults.length > 0;
  let result: LintResult;
  // Of the formats, only SARIF shows a finding's related places and fingerprint.
  const sarifDetail = opts.format === "sarif" || opts.sarifOutput !== undefined;
  // A baseline is written from each file's findings as the file is checked: none are kept beyond their file.
  if (opts.writeBaseline) return writeBaseline(analysis, opts, configError || ioError, io);
  if (streams(analysis, opts)) {
    const baseline = { tally: analysis.baseline.tally(), triage: (outcome: BaselineOutcome) => baselineTriage(outcome, io.cwd) };
    result = streamedResult(input, baseline, { detail: sarifDetail, fingerprints: sarifDetail });
  } else {
    const checked = analysis.checkAll(sarifDetail);
    const triaged = triage(analysis, checked, opts.newSince, io, words(locale).baseline, sarifDetail);
    if ("error" in triaged) {
      io.stderr(`entente: ${triaged.error}\n`);
      return 2;
    }
    result = wholeResult(input, checked, triaged.held, triaged.triage);
  }
  const report = (view: LintResult) => formatResult(view, opts.format, locale, io);
  if (opts.sarifOutput === undefined) writeInPieces(io, report(result));
  else if (!reportWithLog(result, report, opts.sarifOutput, locale, io, (pieces) => writeInPieces(io, pieces))) ioError = true;
  // The stylish output says what was held back itself; with a machine format, the log says it.
  if (opts.format !== "stylish") for (const line of triageLines(result.triage, words(locale).baseline)) io.stderr(`entente: ${line}\n`);
  if (configError || ioError) return 2;
  const overWarnings = opts.maxWarnings !== undefined && result.warnings > opts.maxWarnings;
  return result.errors > 0 || overWarnings ? 1 : 0;
}

/** `--write-baseline`: records the findings instead of reporting them; refuses when a file or the configuration could not be read. */
function writeBaseline(analysis: Analysis, opts: LintOptions, failed: boolean, io: Io): number {
  const w = words(analysis.config.locale);
  if (failed) {
    io.stderr(`entente: ${w.baseline.notWritten}\n`);
    return 2;
  }
  const target = opts.baseline !== undefined ? resolve(io.cwd, opts.baseline) : analysis.baseline.target();
  let written;
  try {
    written = analysis.baseline.write(target);
  } catch (e) {
    io.stderr(`entente: ${w.cli.cannotWrite(displayPath(target, io.cwd), reason(e, w.cli))}\n`);
    return 2;
  }
  if ("problem" in written) {
    io.stderr(`entente: ${baselineErrorText(written, w.baseline, (p) => displayPath(p, io.cwd))}\n`);
    return 2;
  }
  for (const other of written.elsewhere) io.stderr(`entente: ${w.baseline.elsewhere(displayPath(other, io.cwd))}\n`);
  io.stderr(w.baseline.written(displayPath(written.path, io.cwd), written.findings, written.entries, written.reasons) + "\n");
  return 0;
}

/**
 * Whether the report can be made file by file as each is checked (`streamedResult`): not with
 * --new-since, which needs every finding before any is shown, nor with a baseline that cannot be read,
 * which must stop the lint before anything is reported.
 */
function streams(analysis: Analysis, opts: LintOptions): boolean {
  if (opts.newSince !== undefined) return false;
  for (const id of analysis.ws.files.keys()) {
    const b = analysis.baseline.of(id);
    if (b !== undefined && "problem" in b) return false;
  }
  return true;
}

/** Writes text made in small pieces in writes of about a megabyte: neither the whole text nor a write per piece. */
function writeInPieces(io: Io, pieces: Iterable<string | Uint8Array>): void {
  if (io.stdoutPieces) return io.stdoutPieces(pieces);
  // An Io that takes text only (the tests'): the same batches, as text. A batch ends between pieces, never inside a character.
  for (const bytes of utf8Batches(pieces)) io.stdout(Buffer.from(bytes).toString("utf8"));
}

/** The report in the chosen format, in pieces: JSON and the stylish text, the formats of the largest reports, are made as they are written. */
function formatResult(result: LintResult, format: Format, locale: Locale, io: Io): Iterable<string | Uint8Array> {
  switch (format) {
    case "json": return jsonChunks(result);
    case "sarif": return sarifChunks(result, locale);
    case "junit": return junitChunks(result);
    case "github": return githubLines(result);
    case "stylish": return stylishChunks(result, style(useColour(io.stdoutIsTerminal, io.env)), locale);
  }
}
