// The outcome of a lint as the formats read it: made whole after every check, or file by file as the report is written.
import type { Analysis } from "../core/analysis/analysis.js";
import type { BaselineOutcome, BaselineTally } from "../core/analysis/baseline-workspace.js";
import type { Diagnostic } from "../core/model/diagnostic.js";
import type { FileResult, LintResult, Triage } from "./formats/result.js";
import { holdBack } from "./triage.js";
import { displayPath } from "./workspace.js";

/** What every lint's outcome starts from: the files' output paths, entente.json's own findings, and the configurations in use. */
export interface LintInput {
  analysis: Analysis;
  /** Output path of every file by its workspace identity. */
  paths: Map<string, string>;
  /** entente.json files with errors, each with its findings. */
  configResults: FileResult[];
  /** The entente.json files that govern the files linted, as printed. */
  configs: string[];
}

/** The output path of every file, and entente.json's own findings, for a lint of the analysis's workspace. */
export function lintInput(analysis: Analysis, cwd: string): LintInput {
  const paths = new Map<string, string>();
  for (const id of analysis.ws.files.keys()) paths.set(id, displayPath(id, cwd));
  const configResults: FileResult[] = [];
  for (const c of analysis.config.files()) {
    if (c.diagnostics.length === 0) continue;
    paths.set(c.path, displayPath(c.path, cwd));
    configResults.push({ path: paths.get(c.path)!, diagnostics: c.diagnostics });
  }
  return { analysis, paths, configResults, configs: analysis.config.inUse().map((c) => displayPath(c, cwd)) };
}

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Adds a file's findings to the outcome's counts. */
function count(result: LintResult, file: FileResult): FileResult {
  for (const d of file.diagnostics) {
    if (d.severity === "error") result.errors++;
    else if (d.severity === "warning") result.warnings++;
    else if (d.severity === "info") result.infos++;
  }
  return file;
}

const emptyResult = (input: LintInput, triage: Triage): LintResult => ({
  files: [], linted: input.analysis.ws.files.size, errors: 0, warnings: 0, infos: 0, paths: input.paths, triage, configs: input.configs,
});

/** The outcome from findings already checked and triaged (baseline, --new-since); files in path order. */
export function wholeResult(input: LintInput, checked: Map<string, Diagnostic[]>, held: Map<string, Diagnostic[]>, triage: Triage): LintResult {
  const files = [...input.configResults];
  for (const [id, diagnostics] of checked) {
    const back = held.get(id);
    files.push({ path: input.paths.get(id)!, diagnostics, ...(back ? { held: back } : {}) });
  }
  files.sort(byPath);
  const result = emptyResult(input, triage);
  for (const f of files) count(result, f);
  result.files = files;
  return result;
}

/** A baseline applied as the files are checked, and what its outcome says in the summary. */
export interface StreamedBaseline {
  tally: BaselineTally;
  triage(outcome: BaselineOutcome): Triage["baseline"];
}

/** What a streamed outcome carries beside the findings, for the formats that show more of them (SARIF). */
export interface StreamedDetail {
  /** Related places, fixes and inlay texts on each finding. */
  detail: boolean;
  /** Each finding's fingerprint, on its file's result. */
  fingerprints: boolean;
}

/**
 * The outcome with each file checked only when the report reaches it, and its findings let go once
 * written: a first lint of an old register has 70,000 findings, and they are never all held at once.
 * For every format (JUnit, whose first line gives the totals, keeps each file's text until the end),
 * and a lint without --new-since (which needs every finding before any is shown). The counts, and what
 * the baseline held back, are final once `files` has been gone through.
 */
export function streamedResult(input: LintInput, baseline?: StreamedBaseline, more: StreamedDetail = { detail: false, fingerprints: false }): LintResult {
  const { analysis, paths } = input;
  const ids = [...analysis.ws.files.keys()].sort((a, b) => byPath({ path: paths.get(a)! }, { path: paths.get(b)! }));
  // entente.json's own findings, in their place among the files.
  const configs = [...input.configResults].sort(byPath);
  const result = emptyResult(input, {});
  const prints = more.fingerprints ? analysis.fingerprinter() : undefined;
  result.files = (function* () {
    for (const [id, diagnostics] of analysis.checkEach(ids, more.detail)) {
      const path = paths.get(id)!;
      while (configs.length > 0 && configs[0]!.path < path) yield count(result, configs.shift()!);
      if (baseline) baseline.tally.mark(id, diagnostics);
      const { keep, back } = holdBack(diagnostics);
      const file: FileResult = back.length === 0 ? { path, diagnostics } : { path, diagnostics: keep, held: back };
      if (prints) file.fingerprints = prints([[id, diagnostics]]);
      yield count(result, file);
    }
    for (const c of configs) yield count(result, c);
    const held = baseline?.triage(baseline.tally.outcome());
    if (held) result.triage = { baseline: held };
  })();
  return result;
}
