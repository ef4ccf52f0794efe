// A lint that writes each file's findings as it checks it says exactly what a lint that checks everything first says.
import assert from "node:assert/strict";
import { test } from "node:test";
import { appendFileSync, copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { jsonChunks } from "../cli/formats/json.js";
import type { LintResult } from "../cli/formats/result.js";
import { stylishChunks } from "../cli/formats/stylish.js";
import type { Io } from "../cli/io.js";
import { lintInput, streamedResult, wholeResult } from "../cli/lint-result.js";
import { style } from "../cli/terminal.js";
import { baselineTriage, triage } from "../cli/triage.js";
import { readWorkspace } from "../cli/workspace.js";
import { words } from "../core/words/index.js";
import { run, workspace } from "./support/cli.js";
import { projectRoot } from "./support/paths.js";

const fixtures = join(projectRoot(), "test", "fixtures", "rules");

/**
 * A register of every rule fixture (about 900 findings across 77 files, in folders that sort around an
 * entente.json with an error), with a baseline written when it held a third of them, one of which has
 * since been fixed (a stale entry).
 */
function register(): string {
  const dir = workspace({});
  const files = readdirSync(fixtures).filter((f) => f.endsWith(".entente"));
  const place = (f: string, i: number) => {
    const folder = join(dir, ["", "a", "z"][i % 3]!);
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(fixtures, f), join(folder, f));
  };
  files.forEach((f, i) => i % 3 === 0 && place(f, i));
  assert.equal(run(["lint", ".", "--write-baseline", "--today", "2026-06-01"], dir).status, 0);
  files.forEach((f, i) => i % 3 !== 0 && place(f, i));
  writeFileSync(join(dir, files[0]!), "service MIVD-2 { country: NL type: intelligence }\n");
  appendFileSync(join(dir, files[3]!), "\n// edited since the baseline was written\n");
  writeFileSync(join(dir, "entente.json"), `{ "rules": { "no-such-rule": "error" } }\n`);
  return dir;
}

const io = (cwd: string): Io => ({
  stdout: () => undefined, stderr: () => undefined, stdoutStream: process.stdout, cwd, env: {}, readStdin: () => new Uint8Array(),
});
const open = (dir: string) => readWorkspace({ paths: [dir], today: "2026-06-01" }, io(dir)).analysis;
const outputs = (r: () => LintResult) => ({
  json: [...jsonChunks(r())].join(""),
  stylish: [...stylishChunks(r(), style(false), "nl")].join(""),
});

test("the report made file by file as each is checked is the report made after every check, baseline and all", () => {
  const dir = register();
  const whole = () => {
    const analysis = open(dir);
    const checked = analysis.checkAll(false);
    const triaged = triage(analysis, checked, undefined, io(dir), words("en").baseline, false);
    assert.ok(!("error" in triaged));
    return wholeResult(lintInput(analysis, dir), checked, triaged.held, triaged.triage);
  };
  const streamed = () => {
    const analysis = open(dir);
    return streamedResult(lintInput(analysis, dir), { tally: analysis.baselineTally(), triage: (o) => baselineTriage(o, dir) });
  };
  const w = outputs(whole);
  const s = outputs(streamed);
  const summary = JSON.parse(s.json).summary;
  assert.ok(summary.errors + summary.warnings + summary.infos > 300, JSON.stringify(summary));
  assert.ok(summary.baselined > 50 && summary.stale > 0, `the baseline must hold findings back and have stale entries: ${JSON.stringify(summary)}`);
  assert.match(s.json, /"file": "entente.json"/);
  assert.equal(s.json, w.json);
  assert.equal(s.stylish, w.stylish);
});
