// `--format json`: the object the README documents under `entente lint`, with 1-based lines and columns.
import type { Diagnostic } from "../../core/model/diagnostic.js";
import { ordered, type FileResult, type LintResult } from "./result.js";

function entry(file: FileResult, d: Diagnostic) {
  return {
    file: file.path,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: d.severity,
    rule: d.rule,
    message: d.message,
  };
}

function summary(result: LintResult) {
  const t = result.triage;
  return {
    files: result.linted, errors: result.errors, warnings: result.warnings, infos: result.infos,
    // Which entente.json files were used (several where registers nest; none means the defaults).
    config: result.configs ?? [],
    // Only when a baseline is in force, or with --new-since: what they held back.
    ...(t?.baseline ? { baselined: t.baseline.baselined, stale: t.baseline.stale + t.baseline.staleRules.reduce((n, [, c]) => n + c, 0) } : {}),
    ...(t?.newSince ? { new: t.newSince.added, existing: t.newSince.existing } : {}),
  };
}

/** Text as JSON.stringify writes it one level deeper: every line after the first moved right by `by`. */
const deeper = (text: string, by: string) => text.replaceAll("\n", "\n" + by);

/**
 * The report in pieces, exactly as `JSON.stringify({ diagnostics, summary }, null, 2)` writes it whole: a
 * first run over an old register has 70,000 findings, and neither they nor the report are then held at once.
 */
export function* jsonChunks(result: LintResult): Generator<string> {
  yield '{\n  "diagnostics": [';
  let first = true;
  for (const { file, d } of ordered(result)) {
    yield (first ? "\n    " : ",\n    ") + deeper(JSON.stringify(entry(file, d), null, 2), "    ");
    first = false;
  }
  yield first ? "],\n" : "\n  ],\n";
  yield `  "summary": ${deeper(JSON.stringify(summary(result), null, 2), "  ")}\n}\n`;
}
