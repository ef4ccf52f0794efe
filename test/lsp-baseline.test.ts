// The editor agrees with the command line about the baseline: accepted findings as greyed hints saying "in baseline", hidden by a setting, a broken baseline shown on itself.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { disclosure, SERVICES } from "./support/adoption.js";
import { run, workspace } from "./support/cli.js";
import { uriOf, withServer } from "./support/lsp-client.js";

const ACTS = disclosure("D-1", "\n  colour: red");

/** A workspace whose findings are all in its baseline, with a reason on the unknown field. */
function adopted(): string {
  const dir = workspace({ "services.entente": SERVICES, "acts.entente": ACTS, "entente.json": "{}" });
  assert.equal(run(["lint", "--write-baseline"], dir).status, 0);
  const path = join(dir, "entente-baseline.json");
  const b = JSON.parse(readFileSync(path, "utf8"));
  for (const f of b.findings) if (f.rule === "unknown-field") f.reason = "Kept for the archive.";
  writeFileSync(path, JSON.stringify(b, null, 2));
  return dir;
}

test("findings in the baseline are hints, greyed, saying so; new ones keep their severity; the register lists them apart", async () => {
  const dir = adopted();
  const cli = JSON.parse(run(["lint", "--no-baseline", "--format", "json"], dir).stdout).diagnostics.filter((d: { file: string }) => d.file === "acts.entente");
  await withServer(async (s) => {
    await s.initialize(dir);
    const acts = uriOf(join(dir, "acts.entente"));
    const p = await s.waitFor(acts, (p) => p.diagnostics.length > 0);
    assert.equal(p.diagnostics.length, cli.length, "none is hidden");
    for (const d of p.diagnostics) {
      assert.equal(d.severity, 4, `${d.code} is a hint`);
      assert.deepEqual(d.tags, [1], "greyed (Unnecessary)");
      assert.match(d.message, /\(in baseline(: Kept for the archive\.)?\)$/);
    }
    assert.ok(p.diagnostics.some((d) => d.message.endsWith("(in baseline: Kept for the archive.)")));
    // A finding the drafter adds is a finding like any other.
    s.open(acts, ACTS.replace("colour: red", "colour: red\n  flavour: sweet"), 2);
    const q = await s.waitFor(acts, (q) => q.version === 2);
    const fresh = q.diagnostics.filter((d) => d.severity !== 4);
    assert.equal(fresh.length, 1);
    assert.equal(fresh[0]!.severity, 1);
    assert.match(fresh[0]!.message, /flavour/);
    assert.doesNotMatch(fresh[0]!.message, /baseline/);
    const report = JSON.parse(await s.request<string>("entente/report", { format: "json" }));
    assert.deepEqual(report.findings, { error: 1, warning: 0, info: 0 });
    assert.equal(report.baselined.length, cli.length);
  });
});

test("entente.baseline.show off hides the findings the baseline accepts; Dutch says 'in de baseline'", async () => {
  const dir = adopted();
  await withServer(async (s) => {
    await s.initialize(dir, { settings: { baseline: { show: false } } });
    const acts = uriOf(join(dir, "acts.entente"));
    s.open(acts, ACTS.replace("colour: red", "colour: red\n  flavour: sweet"), 3);
    const p = await s.waitFor(acts, (p) => p.version === 3);
    assert.deepEqual(p.diagnostics.map((d) => d.message.match(/flavour/) !== null), [true]);
  });
  await withServer(async (s) => {
    await s.initialize(dir, { locale: "nl" });
    const p = await s.waitFor(uriOf(join(dir, "acts.entente")), (p) => p.diagnostics.length > 0);
    assert.ok(p.diagnostics.every((d) => / \(in de baseline(: Kept for the archive\.)?\)$/.test(d.message)));
  });
});

test("a broken baseline accepts nothing, and the server says what is wrong on the baseline file", async () => {
  const dir = adopted();
  writeFileSync(join(dir, "entente-baseline.json"), `{\n  "version": 2,\n  "findings": []\n}\n`);
  await withServer(async (s) => {
    await s.initialize(dir);
    const acts = await s.waitFor(uriOf(join(dir, "acts.entente")), (p) => p.diagnostics.length > 0);
    assert.ok(acts.diagnostics.every((d) => d.severity !== 4));
    const b = await s.waitFor(uriOf(join(dir, "entente-baseline.json")), (p) => p.diagnostics.length > 0);
    assert.deepEqual(b.diagnostics[0]!.range.start, { line: 1, character: 13 });
    assert.match(b.diagnostics[0]!.message, /^entente-baseline\.json:2:14: this baseline has version 2, which this Entente does not know/);
  });
});
