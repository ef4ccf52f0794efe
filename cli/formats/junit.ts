// `--format junit`: one test suite per file, one failing test case per finding, for CI test reports.
import { visible } from "../../grammar/excerpt.js";
import type { FileResult, LintResult } from "./result.js";

const EMPTY = new Uint8Array(0);

/**
 * Whether a text may need `xml`'s work: a character XML escapes, one it cannot hold, or a surrogate (of which only
 * a lone one is replaced). One test, not the five replacements, for the message of almost every finding.
 */
const SPECIAL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** Escapes text for XML and replaces the characters XML 1.0 cannot hold at all. */
export function xml(s: string): string {
  if (!SPECIAL.test(s)) return s;
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "\uFFFD")
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A file's path for XML: made visible first, since XML would keep a tab, a carriage return or a direction character as it is. */
const path = (p: string) => xml(visible(p));

/**
 * One file's test suite: a failing test case per finding, or one passing case when it has none. Made as one
 * flat string, joined once: it is kept until the report's end, and a string grown piece by piece keeps every piece.
 */
function suite(file: FileResult): string {
  const n = file.diagnostics.length;
  const name = path(file.path);
  const out = [`  <testsuite name="${name}" tests="${Math.max(1, n)}" failures="${n}" errors="0">\n`];
  if (n === 0) out.push(`    <testcase name="entente lint" classname="${name}"/>\n`);
  for (const d of file.diagnostics) {
    const at = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
    out.push(
      `    <testcase name="${xml(`${d.rule} at ${at}`)}" classname="${name}">\n`,
      `      <failure type="${d.severity}" message="${xml(d.message)}">${name}${xml(`:${at} ${d.severity} ${d.message} (${d.rule})`)}</failure>\n`,
      `    </testcase>\n`,
    );
  }
  out.push(`  </testsuite>\n`);
  return out.join("");
}

/**
 * The report: its first line gives the totals, so every suite is made before any is written. What is kept
 * until then is each file's text, not its findings (an old register's run: 250 MB less at its peak), and
 * as UTF-8: a string holding one character beyond Latin-1 (an excerpt's '…') takes two bytes for each.
 */
export function* junitChunks(result: LintResult): Generator<string | Uint8Array> {
  const suites: Uint8Array[] = [];
  let total = 0;
  for (const file of result.files) {
    total += Math.max(1, file.diagnostics.length);
    suites.push(Buffer.from(suite(file), "utf8"));
  }
  // Final once the files have been gone through (the report may be made as they are checked).
  const failures = result.errors + result.warnings + result.infos;
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="entente" tests="${total}" failures="${failures}" errors="0">\n`;
  // Each suite let go once written.
  for (let i = 0; i < suites.length; i++) {
    yield suites[i]!;
    suites[i] = EMPTY;
  }
  yield `</testsuites>\n`;
}
