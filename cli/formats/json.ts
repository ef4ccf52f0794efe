// `--format json`: the object the README documents under `entente lint`, with 1-based lines and columns.
import { ordered, type LintResult } from "./result.js";

export function json(result: LintResult): string {
  const diagnostics = [...ordered(result)].map(({ file, d }) => ({
    file: file.path,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: d.severity,
    rule: d.rule,
    message: d.message,
  }));
  const t = result.triage;
  const summary = {
    files: result.linted, errors: result.errors, warnings: result.warnings, infos: result.infos,
    // Which entente.json files were used (several where registers nest; none means the defaults).
    config: result.configs ?? [],
    // Only when a baseline is in force, or with --new-since: what they held back.
    ...(t?.baseline ? { baselined: t.baseline.baselined, stale: t.baseline.stale + t.baseline.staleRules.reduce((n, [, c]) => n + c, 0) } : {}),
    ...(t?.newSince ? { new: t.newSince.added, existing: t.newSince.existing } : {}),
  };
  return JSON.stringify({ diagnostics, summary }, null, 2) + "\n";
}
