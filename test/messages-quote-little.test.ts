// Messages quote little: control and direction characters from file names and file text never reach the terminal or a CI log raw, and quotes stay short.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { syntaxMessage } from "../grammar/messages.js";
import { parse } from "../grammar/parse.js";
import { folders, runBounded } from "./support/hostile-files.js";

/** What would act rather than show: C0 and C1 controls but the line feed, DEL, and the direction and line-separating characters. */
const ACTING = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const shown = (s: string) => JSON.stringify(s.match(new RegExp(ACTING.source, "g"))) + "\n" + s.slice(0, 2000);

/** File names a hostile repository can hold: an escape sequence that clears the screen, a right-to-left override, a bell, a carriage return. */
const NAMES = ["\u001b[2J\u001b[31mred.entente", "txt.\u202eetnetne.entente", "bell\u0007.entente", "cr\rturn.entente", "tab\tname.entente"];

/** File text with the same characters where messages quote text: values, titles, unexpected characters and escapes. */
const TEXT = [
  "service ALPHA \"Alpha\u001b]8;;https://x.example\u0007 link\" { country: XA type: \"\u001b[31mbogus\u202e\" }",
  "service BRAVO { country: XB type: intel\u0000ligence relationship: \u001b[2J }",
  "service CHARLIE { country: XC type: \u2066bogus\u2069 note: \"\\\u001b\" }",
  "disclosure D-1 { to: \u202eALPHA date: 2026-13-01\u0007 }",
  "",
].join("\n");

test("file names and file text with control characters reach stylish, GitHub and JUnit output (and the notes) only made visible", () => {
  const { ws } = folders();
  for (const name of NAMES) writeFileSync(join(ws, name), TEXT.replace(/ALPHA|BRAVO|CHARLIE|D-1/g, (n) => `${n}${NAMES.indexOf(name)}`));
  let findings = 0;
  for (const format of ["stylish", "github", "junit"]) {
    const r = runBounded(["lint", "--format", format], ws);
    assert.equal(r.status, 1, r.stderr);
    assert.doesNotMatch(r.stdout, ACTING, `${format}: ${shown(r.stdout)}`);
    assert.doesNotMatch(r.stderr, ACTING, `${format} (stderr): ${shown(r.stderr)}`);
    findings = Math.max(findings, (r.stdout.match(/invalid-value/g) ?? []).length);
  }
  assert.ok(findings >= NAMES.length * 2, "the hostile files were linted and reported");
  // The same names in what the other commands print on their own account.
  for (const args of [["fmt", "--check"], ["fmt"], ["lint", "--fix"]]) {
    const r = runBounded(args, ws);
    assert.doesNotMatch(r.stdout + r.stderr, ACTING, `${args.join(" ")}: ${shown(r.stdout + r.stderr)}`);
  }
});

test("the check can fail: a raw escape in the output is seen", () => {
  assert.match("a \u001b[31m b", ACTING);
  assert.match("\u202e", ACTING);
  assert.doesNotMatch("line\nline \\u{1b}[31m", ACTING);
});

test("notes about files that are left out show their names made visible", async () => {
  const { ws } = folders();
  const { symlinkSync } = await import("node:fs");
  symlinkSync("/etc/hostname", join(ws, "\u001b[2Jlink.entente"));
  const r = runBounded(["lint"], ws);
  assert.match(r.stderr, /link\.entente is a link to a file outside/);
  assert.doesNotMatch(r.stderr, ACTING, shown(r.stderr));
});

test("a syntax error quoting a 10,000-character token quotes a short excerpt", () => {
  const long = "x".repeat(10_000);
  for (const text of [`service A { type: intelligence } ${long}`, `service A { ${long} }`, `service A { x: [a ${long} }`, `${long} {`, `service A "${long}`]) {
    const tree = parse(text);
    assert.ok(tree.errors.length > 0, text.slice(0, 40));
    for (const e of tree.errors) {
      for (const locale of ["en", "nl"] as const) {
        const m = syntaxMessage(e, locale);
        assert.ok(m.length < 300, `${m.length} characters: ${m.slice(0, 120)}…`);
      }
    }
  }
  const { ws } = folders();
  writeFileSync(join(ws, "long.entente"), `service A { type: intelligence } ${long}\u001b[31m\n`);
  const out = JSON.parse(runBounded(["lint", "--format", "json"], ws).stdout) as { diagnostics: { rule: string; message: string }[] };
  const syntax = out.diagnostics.filter((d) => d.rule === "syntax-error");
  assert.ok(syntax.length > 0);
  for (const d of syntax) assert.ok(d.message.length < 300 && !d.message.includes("\u001b"), d.message.slice(0, 200));
  // Other rules quote a name as a name, bounded too (an unknown kind of 10,000 letters is shown in part).
  for (const format of ["stylish", "json", "sarif", "junit", "github"]) {
    const r = runBounded(["lint", "--format", format], ws);
    assert.ok(!r.stdout.includes("x".repeat(1000)), `${format} quotes the long token at length`);
  }
  const fmt = runBounded(["fmt"], ws);
  assert.match(fmt.stderr, /cannot format a file with syntax errors/);
  assert.ok(!fmt.stderr.includes("x".repeat(100)) && !ACTING.test(fmt.stderr), shown(fmt.stderr));
});
