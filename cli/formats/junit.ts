// `--format junit`: one test suite per file, one failing test case per finding, for CI test reports.
import { visible } from "../../grammar/excerpt.js";
import type { LintResult } from "./result.js";

/** Escapes text for XML and replaces the characters XML 1.0 cannot hold at all. */
function xml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "\uFFFD")
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A file's path for XML: made visible first, since XML would keep a tab, a carriage return or a direction character as it is. */
const path = (p: string) => xml(visible(p));

export function junit(result: LintResult): string {
  const files = [...result.files];
  const total = files.reduce((n, f) => n + Math.max(1, f.diagnostics.length), 0);
  const failures = result.errors + result.warnings + result.infos;
  let out = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="entente" tests="${total}" failures="${failures}" errors="0">\n`;
  for (const file of files) {
    const n = file.diagnostics.length;
    out += `  <testsuite name="${path(file.path)}" tests="${Math.max(1, n)}" failures="${n}" errors="0">\n`;
    if (n === 0) out += `    <testcase name="entente lint" classname="${path(file.path)}"/>\n`;
    for (const d of file.diagnostics) {
      const at = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
      out += `    <testcase name="${xml(`${d.rule} at ${at}`)}" classname="${path(file.path)}">\n`;
      out += `      <failure type="${d.severity}" message="${xml(d.message)}">${path(file.path)}${xml(`:${at} ${d.severity} ${d.message} (${d.rule})`)}</failure>\n`;
      out += `    </testcase>\n`;
    }
    out += `  </testsuite>\n`;
  }
  return out + `</testsuites>\n`;
}
