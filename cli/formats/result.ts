// The outcome of a lint run as the output formats see it.
import type { Diagnostic } from "../../core/model/diagnostic.js";

export interface FileResult {
  /** Path relative to the current directory, with '/' separators. */
  path: string;
  diagnostics: Diagnostic[];
}

export interface LintResult {
  /** Every linted file, sorted by path, also those without findings (and entente.json when it has errors). */
  files: FileResult[];
  /** How many .entente files were linted. */
  linted: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Output path of every file by its workspace identity, for related locations in other files. */
  paths?: Map<string, string>;
}

/** Diagnostics in output order: by file, line, column, rule. */
export function* ordered(result: LintResult): Generator<{ file: FileResult; d: Diagnostic }> {
  for (const file of result.files) for (const d of file.diagnostics) yield { file, d };
}
