// `--format json`: the object the README documents under `entente lint`, with 1-based lines and columns.
import type { Diagnostic } from "../../core/model/diagnostic.js";
import { deeper } from "../../core/json-layout.js";
import type { LintResult } from "./result.js";

/**
 * One finding as `JSON.stringify(entry, null, 2)` lays it out inside the list, where `entry` is
 * `{ file, line, column, endLine, endColumn, severity, rule, message }` with 1-based positions; `path` is the
 * file's path, already in JSON. Written directly: given indentation, JSON.stringify leaves V8's fast path, and a
 * first run over an old register writes 70,000 of these (made the slow way, a tenth of that lint's time).
 */
function entryText(path: string, d: Diagnostic): string {
  const { start, end } = d.range;
  return `{\n      "file": ${path},\n      "line": ${start.line + 1},\n      "column": ${start.character + 1},`
    + `\n      "endLine": ${end.line + 1},\n      "endColumn": ${end.character + 1},\n      "severity": ${JSON.stringify(d.severity)},`
    + `\n      "rule": ${JSON.stringify(d.rule)},\n      "message": ${JSON.stringify(d.message)}\n    }`;
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

/**
 * The report in pieces, exactly as `JSON.stringify({ diagnostics, summary }, null, 2)` writes it whole: a
 * first run over an old register has 70,000 findings, and neither they nor the report are then held at once.
 */
export function* jsonChunks(result: LintResult): Generator<string> {
  yield '{\n  "diagnostics": [';
  let first = true;
  for (const file of result.files) {
    const path = JSON.stringify(file.path);
    for (const d of file.diagnostics) {
      yield (first ? "\n    " : ",\n    ") + entryText(path, d);
      first = false;
    }
  }
  yield first ? "],\n" : "\n  ],\n";
  yield `  "summary": ${deeper(JSON.stringify(summary(result), null, 2), "  ")}\n}\n`;
}
