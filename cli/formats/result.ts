// The outcome of a lint run as the output formats see it.
import type { Diagnostic } from "../../core/model/diagnostic.js";

export interface FileResult {
  /** Path relative to the current directory, with '/' separators. */
  path: string;
  /** The findings reported. */
  diagnostics: Diagnostic[];
  /** Findings held back: accepted by a baseline (`d.baseline`), or there already at --new-since's revision. SARIF lists them; the other formats do not. */
  held?: Diagnostic[];
  /** The fingerprints of this file's findings (SARIF), where the report is made file by file; `Triage.fingerprints` otherwise. */
  fingerprints?: ReadonlyMap<Diagnostic, string>;
}

/** What a baseline and --new-since held back, for the summary lines and the JSON summary. */
export interface Triage {
  baseline?: { files: string[]; baselined: number; stale: number; staleRules: [rule: string, count: number][] };
  newSince?: { rev: string; added: number; existing: number };
  /** The findings that existed at --new-since's revision (SARIF: `baselineState` unchanged). */
  existing?: ReadonlySet<Diagnostic>;
  /** Every finding's fingerprint (SARIF's `partialFingerprints`). */
  fingerprints?: ReadonlyMap<Diagnostic, string>;
}

export interface LintResult {
  /**
   * Every linted file, sorted by path, also those without findings (and entente.json when it has errors).
   * Made as it is gone through when the report is streamed (cli/lint-result.ts): then once only, and the
   * counts below are final after it.
   */
  files: Iterable<FileResult>;
  /** How many .entente files were linted. */
  linted: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Output path of every file by its workspace identity, for related locations in other files. */
  paths?: Map<string, string>;
  triage?: Triage;
  /** The entente.json files that governed the files linted, as printed (empty: the defaults); not said where not given. */
  configs?: string[];
}

