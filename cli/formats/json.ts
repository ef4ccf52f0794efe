// `--format json`: the object the README documents under `entente lint`, with 1-based lines and columns.
import type { Diagnostic } from "../../core/model/diagnostic.js";
import { deeper } from "../../core/json-layout.js";
import { ascii, ByteBatches, madeOnce, writeRange, type RangeLabels } from "./bytes.js";
import type { LintResult } from "./result.js";

// The layout of one finding inside the list, as `JSON.stringify(entry, null, 2)` writes it.
const FIRST = ascii("\n    {\n      \"file\": ");
const NEXT = ascii(",\n    {\n      \"file\": ");
const RANGE: RangeLabels = [ascii(",\n      \"line\": "), ascii(",\n      \"column\": "), ascii(",\n      \"endLine\": "), ascii(",\n      \"endColumn\": ")];
const SEVERITY = ascii(",\n      \"severity\": ");
const RULE = ascii(",\n      \"rule\": ");
const MESSAGE = ascii(",\n      \"message\": ");
const CLOSE = ascii("\n    }");

/**
 * One finding, `{ file, line, column, endLine, endColumn, severity, rule, message }` with 1-based positions, after
 * the separator before it; `path` is the file's path as JSON, in UTF-8. Written as bytes (`ByteBatches`): a first
 * run over an old register writes 70,000 of these.
 */
function writeEntry(out: ByteBatches, first: boolean, path: Uint8Array, d: Diagnostic, names: (s: string) => Uint8Array): void {
  out.bytes(first ? FIRST : NEXT);
  out.bytes(path);
  writeRange(out, d.range, RANGE);
  out.bytes(SEVERITY);
  out.bytes(names(d.severity));
  out.bytes(RULE);
  out.bytes(names(d.rule));
  out.bytes(MESSAGE);
  out.json(d.message);
  out.bytes(CLOSE);
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
export function* jsonChunks(result: LintResult): Generator<string | Uint8Array> {
  yield '{\n  "diagnostics": [';
  const out = new ByteBatches();
  const names = madeOnce((s) => JSON.stringify(s));
  let first = true;
  for (const file of result.files) {
    if (file.diagnostics.length === 0) continue;
    const path = Buffer.from(JSON.stringify(file.path), "utf8");
    for (const d of file.diagnostics) {
      writeEntry(out, first, path, d, names);
      first = false;
    }
    yield* out.full();
  }
  yield* out.all();
  yield first ? "],\n" : "\n  ],\n";
  yield `  "summary": ${deeper(JSON.stringify(summary(result), null, 2), "  ")}\n}\n`;
}
