// A lint that writes each file's findings as it checks it says exactly what a lint that checks everything first says, in every format that streams.
import assert from "node:assert/strict";
import { test } from "node:test";
import { githubLines } from "../cli/formats/github.js";
import { jsonChunks } from "../cli/formats/json.js";
import { junitChunks } from "../cli/formats/junit.js";
import type { LintResult } from "../cli/formats/result.js";
import { sarifChunks } from "../cli/formats/sarif.js";
import { stylishChunks } from "../cli/formats/stylish.js";
import type { Io } from "../cli/io.js";
import { lintInput, streamedResult, wholeResult } from "../cli/lint-result.js";
import { style } from "../cli/terminal.js";
import { baselineTriage, triage } from "../cli/triage.js";
import { readWorkspace } from "../cli/workspace.js";
import { words } from "../core/words/index.js";
import { workspace } from "./support/cli.js";
import { piecesText } from "./support/pieces.js";
import { register } from "./support/register.js";

const io = (cwd: string): Io => ({
  stdout: () => undefined, stderr: () => undefined, stdoutIsTerminal: false, cwd, env: {}, readStdin: () => new Uint8Array(),
});
const open = (dir: string) => readWorkspace({ paths: [dir], today: "2026-06-01" }, io(dir)).analysis;
/** The outcome made after every check and triage; `sarif`: with related places and fingerprints, as SARIF wants. */
function whole(dir: string, sarif = false): LintResult {
  const analysis = open(dir);
  const checked = analysis.checkAll(sarif);
  const triaged = triage(analysis, checked, undefined, io(dir), words("en").baseline, sarif);
  assert.ok(!("error" in triaged));
  return wholeResult(lintInput(analysis, dir), checked, triaged.held, triaged.triage);
}

/** The outcome made file by file as the report reaches each file, baseline applied as it goes. */
function streamed(dir: string, sarif = false): LintResult {
  const analysis = open(dir);
  const baseline = { tally: analysis.baseline.tally(), triage: (o: Parameters<typeof baselineTriage>[0]) => baselineTriage(o, dir) };
  return streamedResult(lintInput(analysis, dir), baseline, { detail: sarif, fingerprints: sarif });
}

const outputs = (r: () => LintResult) => ({
  json: piecesText(jsonChunks(r())),
  stylish: [...stylishChunks(r(), style(false), "nl")].join(""),
  junit: piecesText(junitChunks(r())),
});

test("the report made file by file as each is checked is the report made after every check, baseline and all", () => {
  const dir = register();
  const w = outputs(() => whole(dir));
  const s = outputs(() => streamed(dir));
  const summary = JSON.parse(s.json).summary;
  assert.ok(summary.errors + summary.warnings + summary.infos > 300, JSON.stringify(summary));
  assert.ok(summary.baselined > 50 && summary.stale > 0, `the baseline must hold findings back and have stale entries: ${JSON.stringify(summary)}`);
  assert.match(s.json, /"file": "entente.json"/);
  assert.equal(s.json, w.json);
  assert.equal(s.stylish, w.stylish);
  assert.match(s.junit, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="entente" tests="\d+" failures="[1-9]\d*" errors="0">\n/);
  assert.equal(s.junit, w.junit);
});

test("SARIF (related places, fingerprints, baselined results) and GitHub annotations made file by file are those made after every check", () => {
  const dir = register();
  const sarif = (r: LintResult) => piecesText(sarifChunks(r, "en"));
  const s = sarif(streamed(dir, true));
  type Result = { ruleId: string; relatedLocations?: unknown[]; partialFingerprints?: unknown; suppressions?: unknown[] };
  const log = JSON.parse(s) as { runs: { results: Result[] }[] };
  const results = log.runs[0]!.results;
  assert.ok(results.length > 300, `${results.length} results`);
  // entente.json's own findings are about no declaration, and have none.
  const ofFiles = results.filter((r) => r.ruleId !== "config-error");
  assert.ok(ofFiles.length > 300 && ofFiles.every((r) => r.partialFingerprints !== undefined), "every finding in a file has its fingerprint");
  assert.ok(results.some((r) => (r.relatedLocations?.length ?? 0) > 0), "related places are kept");
  assert.ok(results.filter((r) => r.suppressions).length > 50, "baselined findings are listed as suppressed");
  assert.equal(s, JSON.stringify(log, null, 2) + "\n", "the pieces make JSON.stringify's layout");
  assert.equal(s, sarif(whole(dir, true)));
  const annotations = piecesText(githubLines(streamed(dir)));
  assert.match(annotations, /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=Entente \([a-z-]+\)::/);
  assert.equal(annotations, piecesText(githubLines(whole(dir))));
});

test("a SARIF log without results is JSON.stringify's layout", () => {
  const dir = workspace({ "a.entente": "// Nothing recorded yet.\n" });
  const analysis = open(dir);
  const written = piecesText(sarifChunks(streamedResult(lintInput(analysis, dir), undefined, { detail: true, fingerprints: true }), "nl"));
  const log = JSON.parse(written) as { runs: { results: unknown[] }[] };
  assert.deepEqual(log.runs[0]!.results, []);
  assert.equal(written, JSON.stringify(log, null, 2) + "\n");
});
