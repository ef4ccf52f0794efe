// A lint that writes each file's findings as it checks it says exactly what a lint that checks everything first says.
import assert from "node:assert/strict";
import { test } from "node:test";
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run, workspace } from "./support/cli.js";
import { projectRoot } from "./support/paths.js";

/**
 * A folder with every rule fixture (about 900 findings across 77 files, in nested folders, sorting
 * around an entente.json with errors) and a baseline that accepts nothing. With the baseline, lint
 * checks every file before it writes anything; with --no-baseline, it writes file by file.
 */
function register(): string {
  const dir = workspace({});
  const r = run(["lint", ".", "--write-baseline"], dir);
  assert.equal(r.status, 0, r.stderr);
  const fixtures = join(projectRoot(), "test", "fixtures", "rules");
  readdirSync(fixtures).filter((f) => f.endsWith(".entente")).forEach((f, i) => {
    const folder = join(dir, ["", "a", "z"][i % 3]!);
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(fixtures, f), join(folder, f));
  });
  writeFileSync(join(dir, "entente.json"), `{ "rules": { "no-such-rule": "error" } }\n`);
  return dir;
}

test("the JSON report made file by file equals the one made after every check, finding for finding", () => {
  const dir = register();
  const whole = run(["lint", ".", "--format", "json", "--today", "2026-06-01"], dir);
  const streamed = run(["lint", ".", "--format", "json", "--today", "2026-06-01", "--no-baseline"], dir);
  assert.equal(streamed.status, whole.status);
  const w = JSON.parse(whole.stdout);
  const s = JSON.parse(streamed.stdout);
  assert.ok(s.diagnostics.length > 500, `only ${s.diagnostics.length} findings`);
  assert.ok(s.diagnostics.some((d: { file: string }) => d.file === "entente.json"), "entente.json's own finding is among them");
  assert.deepEqual(s.diagnostics, w.diagnostics);
  // The baseline in force adds what it held back (nothing) to the summary; the rest is the same.
  assert.deepEqual({ ...w.summary, baselined: undefined, stale: undefined }, { ...s.summary, baselined: undefined, stale: undefined });
  assert.deepEqual([w.summary.baselined, w.summary.stale], [0, 0]);
});

test("the stylish report made file by file is the same text, summary and exit status included", () => {
  const dir = register();
  const whole = run(["lint", ".", "--today", "2026-06-01", "--locale", "nl"], dir);
  const streamed = run(["lint", ".", "--today", "2026-06-01", "--locale", "nl", "--no-baseline"], dir);
  assert.equal(streamed.status, 2, "entente.json has an error");
  assert.equal(streamed.status, whole.status);
  assert.ok(streamed.stdout.length > 100_000);
  assert.equal(streamed.stdout, whole.stdout);
});
