// The outcome of a lint as the formats read it: made whole after every check, or file by file as the report is written.
import type { Analysis } from "../core/analysis/analysis.js";
import type { Diagnostic } from "../core/model/diagnostic.js";
import type { FileResult, LintResult, Triage } from "./formats/result.js";

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

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The outcome from findings already checked and triaged (baseline, --new-since); files in path order. */
export function wholeResult(input: LintInput, checked: Map<string, Diagnostic[]>, held: Map<string, Diagnostic[]>, triage: Triage): LintResult {
  const files = [...input.configResults];
  for (const [id, diagnostics] of checked) {
    const back = held.get(id);
    files.push({ path: input.paths.get(id)!, diagnostics, ...(back ? { held: back } : {}) });
  }
  files.sort(byPath);
  const count = (s: Diagnostic["severity"]) => files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === s).length, 0);
  return {
    files, linted: input.analysis.ws.files.size, errors: count("error"), warnings: count("warning"), infos: count("info"),
    paths: input.paths, triage, configs: input.configs,
  };
}

/**
 * The outcome with each file checked only when the report reaches it, and its findings let go once
 * written: a first lint of an old register has 70,000 findings, and they are never all held at once.
 * For a lint without a baseline or --new-since (which need every finding before any is shown) whose
 * format writes the files in order and the counts after them (JSON, stylish): the counts are final
 * once `files` has been gone through. Related places are left out, as those formats show none.
 */
export function streamedResult(input: LintInput): LintResult {
  const { analysis, paths } = input;
  const entries: { path: string; id?: string; ready?: FileResult }[] = input.configResults.map((ready) => ({ path: ready.path, ready }));
  for (const id of analysis.ws.files.keys()) entries.push({ path: paths.get(id)!, id });
  entries.sort(byPath);
  const result: LintResult = { files: [], linted: analysis.ws.files.size, errors: 0, warnings: 0, infos: 0, paths, triage: {}, configs: input.configs };
  const checks = analysis.checkEach(entries.flatMap((e) => (e.id !== undefined ? [e.id] : [])), false);
  result.files = (function* () {
    for (const e of entries) {
      const file = e.ready ?? { path: e.path, diagnostics: checks.next().value![1] };
      for (const d of file.diagnostics) {
        if (d.severity === "error") result.errors++;
        else if (d.severity === "warning") result.warnings++;
        else if (d.severity === "info") result.infos++;
      }
      yield file;
    }
    checks.return(undefined);
  })();
  return result;
}
