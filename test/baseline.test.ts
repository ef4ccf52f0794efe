// The baseline on the command line: writing it, what it accepts across edits, stale entries, reasons, bad baselines, and the register listing it apart.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { baselineSchema } from "../core/features/baseline-schema.js";
import { disclosure, SERVICES } from "./support/adoption.js";
import { run, workspace } from "./support/cli.js";

/** Two disclosures to a service that is not weighed, and an unknown field: findings with names, a field path and arguments. */
const ACTS = disclosure("D-1", "\n  colour: red") + "\n" + disclosure("D-2");

function baselineOf(dir: string): { version: number; findings: Record<string, unknown>[] } {
  return JSON.parse(readFileSync(join(dir, "entente-baseline.json"), "utf8"));
}

test("--write-baseline records today's findings, sorted and stable; lint then reports none of them and says so", () => {
  const dir = workspace({ "services.entente": SERVICES, "acts.entente": ACTS });
  const before = run(["lint", "--format", "json"], dir);
  assert.equal(before.status, 1);
  const count = JSON.parse(before.stdout).diagnostics.length;
  assert.ok(count >= 3, before.stdout);
  const w = run(["lint", "--write-baseline"], dir);
  assert.equal(w.status, 0, w.stderr);
  assert.equal(w.stdout, "");
  assert.match(w.stderr, new RegExp(`^Wrote entente-baseline\\.json: ${count} findings in \\d+ entries\\.\\n$`));
  const text = readFileSync(join(dir, "entente-baseline.json"), "utf8");
  const b = baselineOf(dir);
  assert.equal(b.version, 1);
  assert.deepEqual(Object.keys(b.findings[0]!), ["file", "declaration", "path", "rule", "args"]);
  const unknown = b.findings.find((f) => f.rule === "unknown-field")!;
  assert.deepEqual(unknown, { file: "acts.entente", declaration: "disclosure D-1", path: "colour", rule: "unknown-field", args: { field: "colour", kind: "disclosure" } });
  assert.doesNotMatch(text, /"line"|"column"/, "no line numbers");
  const sorted = [...b.findings].sort((x, y) => `${x.file} ${x.declaration} ${x.path} ${x.rule}`.localeCompare(`${y.file} ${y.declaration} ${y.path} ${y.rule}`));
  assert.deepEqual(b.findings.map((f) => f.rule), sorted.map((f) => f.rule));
  // The schema the extension gives editors for the file knows every key written.
  const schema = baselineSchema() as { properties: { findings: { items: { properties: object; required: string[] } } } };
  const known = Object.keys(schema.properties.findings.items.properties);
  for (const f of b.findings) {
    assert.deepEqual(Object.keys(f).filter((k) => !known.includes(k)), []);
    for (const k of schema.properties.findings.items.required) assert.ok(k in f);
  }
  // Writing again changes not a byte.
  assert.equal(run(["lint", "--write-baseline"], dir).status, 0);
  assert.equal(readFileSync(join(dir, "entente-baseline.json"), "utf8"), text);

  const after = run(["lint"], dir);
  assert.equal(after.status, 0, after.stdout);
  assert.equal(after.stdout, `No problems found in 3 files.\n${count} findings accepted in the baseline (entente-baseline.json) are not shown.\nConfiguration: none (the defaults).\n`);
  const json = JSON.parse(run(["lint", "--format", "json"], dir).stdout);
  assert.deepEqual(json.diagnostics, []);
  assert.deepEqual(json.summary, { files: 3, errors: 0, warnings: 0, infos: 0, config: [], baselined: count, stale: 0 });
  assert.equal(run(["lint", "--no-baseline", "--format", "json"], dir).stdout, before.stdout, "--no-baseline reports everything");
});

test("keys survive edits elsewhere; a renamed or moved declaration, and a new finding, are new; fixed entries are stale", () => {
  const dir = workspace({ "services.entente": SERVICES, "acts.entente": ACTS });
  assert.equal(run(["lint", "--write-baseline"], dir).status, 0);
  // Lines above, a comment inside, another clean declaration between: nothing new.
  writeFileSync(join(dir, "acts.entente"), `// Acts of March\n\n${SERVICES.replace("ALPHA", "BRAVO")}\n` + ACTS.replace("  to: ALPHA", "  // the partner\n  to: ALPHA"));
  let r = run(["lint"], dir);
  assert.equal(r.status, 0, r.stdout);
  // A new finding in an old declaration is reported, with its exit status; the old ones stay accepted.
  writeFileSync(join(dir, "acts.entente"), ACTS.replace("colour: red", "colour: red\n  flavour: sweet"));
  r = run(["lint", "--format", "json"], dir);
  assert.equal(r.status, 1);
  assert.deepEqual(JSON.parse(r.stdout).diagnostics.map((d: { rule: string; message: string }) => d.rule), ["unknown-field"]);
  assert.match(JSON.parse(r.stdout).diagnostics[0].message, /flavour/);
  // Renaming D-1 makes its findings new, and the entries for D-1 stale.
  writeFileSync(join(dir, "acts.entente"), ACTS.replace("D-1", "D-9"));
  r = run(["lint"], dir);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /D-9/);
  assert.match(r.stdout, /\d+ findings? in the baseline no longer occurs? \(fixed: remove (it|them) with --write-baseline\)\.\nConfiguration: [^\n]*\.\n$/);
  // Moving the declarations to another file makes them new as well.
  writeFileSync(join(dir, "acts.entente"), ACTS);
  renameSync(join(dir, "acts.entente"), join(dir, "moved.entente"));
  r = run(["lint", "--format", "json"], dir);
  assert.equal(r.status, 1);
  assert.ok(JSON.parse(r.stdout).diagnostics.every((d: { file: string }) => d.file === "moved.entente"));
  assert.ok(JSON.parse(r.stdout).summary.stale > 0);
});

test("what surrounds a finding is not its identity: another copy of a name elsewhere leaves the accepted copies accepted", () => {
  const copy = (where: string) => `// ${where}\nservice BRAVO { country: XB type: intelligence }\n`;
  const dir = workspace({ "services.entente": SERVICES, "a.entente": copy("a"), "b.entente": copy("b") });
  assert.equal(run(["lint", "--write-baseline"], dir).status, 0);
  const entries = baselineOf(dir).findings.filter((f) => f.rule === "duplicate-name");
  assert.equal(entries.length, 2);
  // The count of copies is context: a key holds the name only.
  for (const e of entries) assert.deepEqual(e.args, { name: "BRAVO" });
  // A third copy: "declared 3 times" now, yet the two accepted findings stay accepted and only the new copy is reported.
  writeFileSync(join(dir, "c.entente"), copy("c"));
  const r = run(["lint", "--format", "json"], dir);
  assert.equal(r.status, 1);
  const found = JSON.parse(r.stdout) as { diagnostics: { file: string; message: string }[]; summary: { baselined: number; stale: number } };
  assert.deepEqual(found.diagnostics.map((d) => d.file), ["c.entente"]);
  assert.match(found.diagnostics[0]!.message, /declared 3 times/);
  assert.equal(found.summary.baselined, 2);
  assert.equal(found.summary.stale, 0);
  // A baseline written when the count was part of the key still accepts the same findings.
  const old = baselineOf(dir);
  for (const e of old.findings) if (e.rule === "duplicate-name") (e.args as Record<string, string>).count = "2";
  writeFileSync(join(dir, "entente-baseline.json"), JSON.stringify(old, null, 2));
  const again = JSON.parse(run(["lint", "--format", "json"], dir).stdout) as typeof found;
  assert.deepEqual(again.diagnostics.map((d) => d.file), ["c.entente"]);
  assert.equal(again.summary.baselined, 2);
});

test("counts: an entry accepts as many findings as it records, and a reason survives rewriting", () => {
  const dir = workspace({ "services.entente": SERVICES, "acts.entente": disclosure("D-1", "\n  colour: red\n  colour: blue") });
  assert.equal(run(["lint", "--write-baseline"], dir).status, 0);
  const b = baselineOf(dir);
  const entry = b.findings.find((f) => f.rule === "unknown-field" || f.rule === "duplicate-field")!;
  entry.reason = "Recorded before 2026; the field is kept for the archive (DIR/2026/51).";
  writeFileSync(join(dir, "entente-baseline.json"), JSON.stringify(b, null, 2));
  assert.equal(run(["lint"], dir).status, 0);
  const w = run(["lint", "--write-baseline"], dir);
  assert.match(w.stderr, /1 reason kept/);
  assert.equal(baselineOf(dir).findings.find((f) => f.rule === entry.rule && f.path === entry.path)!.reason, entry.reason);
  // SARIF carries the accepted findings as suppressed, with the reason as justification.
  const sarif = JSON.parse(run(["lint", "--format", "sarif"], dir).stdout);
  const suppressed = sarif.runs[0].results.filter((x: { suppressions?: unknown[] }) => x.suppressions);
  assert.ok(suppressed.length > 0);
  assert.ok(suppressed.some((x: { suppressions: { justification?: string }[] }) => x.suppressions[0]!.justification === entry.reason));
});

test("a bad baseline is exit 2 naming the file and line; an entry for a rule that no longer exists is stale", () => {
  const dir = workspace({ "services.entente": SERVICES, "acts.entente": ACTS });
  const path = join(dir, "entente-baseline.json");
  writeFileSync(path, `{\n  "version": 1,\n  "findings": [\n    { "rule": "x", }\n  ]\n}\n`);
  let r = run(["lint"], dir);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, "");
  assert.match(r.stderr, /^entente: entente-baseline\.json:4:\d+: this baseline is not valid JSON \(/);
  writeFileSync(path, `{\n  "version": 1,\n  "findings": [],\n  "extra": true\n}\n`);
  r = run(["lint"], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /entente-baseline\.json:4:3: "extra" is not a key of a baseline here/);
  writeFileSync(path, `{\n  "version": 7,\n  "findings": []\n}\n`);
  r = run(["lint"], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /entente-baseline\.json:2:14: this baseline has version 7, which this Entente does not know/);
  writeFileSync(path, `{ "version": 1, "findings": [ { "file": "acts.entente", "rule": "unknown-field", "declaration": "disclosure D-1", "path": "colour", "args": { "field": "colour" }, "colour": 1 } ] }`);
  r = run(["lint"], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /entente-baseline\.json:1:\d+: "colour" is not a key of a baseline here/);
  assert.equal(run(["lint", "--write-baseline"], dir).status, 2, "a broken baseline is not overwritten");
  writeFileSync(path, JSON.stringify({ version: 1, findings: [{ file: "acts.entente", declaration: "disclosure D-1", path: "", rule: "retired-rule", args: {} }] }));
  r = run(["lint", "--no-baseline"], dir);
  const all = r.status;
  r = run(["lint"], dir);
  assert.equal(r.status, all, "a stale entry changes nothing");
  assert.match(r.stdout, /The baseline accepts 1 finding of the rule 'retired-rule', which no longer exists: remove it with --write-baseline\.\nConfiguration: [^\n]*\.\n$/);
  r = run(["lint", "--baseline", "nowhere.json"], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /the baseline nowhere\.json does not exist/);
  r = run(["lint", "--write-baseline", "--new-since", "HEAD"], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--write-baseline and --new-since cannot be used together/);
});

test("--write-baseline=FILE and --baseline FILE; a narrower run keeps the entries of files it did not lint", () => {
  const dir = workspace({ "services.entente": SERVICES, "a/acts.entente": ACTS, "b/acts.entente": ACTS.replace(/D-/g, "E-") });
  const missing = run(["lint", "--write-baseline=ci/accepted.json"], dir);
  assert.equal(missing.status, 2, "a folder that does not exist is not made");
  assert.match(missing.stderr, /^entente: cannot write ci\/accepted\.json \(ENOENT\); it is unchanged\.\n$/);
  mkdirSync(join(dir, "ci"));
  assert.equal(run(["lint", "--write-baseline=ci/accepted.json"], dir).status, 0);
  const text = readFileSync(join(dir, "ci", "accepted.json"), "utf8");
  assert.match(text, /"file": "\.\.\/a\/acts\.entente"/);
  assert.equal(run(["lint"], dir).status, 1, "not the default place");
  assert.equal(run(["lint", "--baseline", "ci/accepted.json"], dir).status, 0);
  // Only a/ is linted and written: the entries for b/ stay.
  writeFileSync(join(dir, "a", "acts.entente"), ACTS.replace("colour: red", ""));
  assert.equal(run(["lint", "a", "services.entente", "own.entente", "--baseline", "ci/accepted.json"], dir).status, 0);
  assert.equal(run(["lint", "a", "services.entente", "own.entente", "--write-baseline=ci/accepted.json"], dir).status, 0);
  const after = readFileSync(join(dir, "ci", "accepted.json"), "utf8");
  assert.doesNotMatch(after, /"declaration": "disclosure D-1",\n\s+"path": "colour"/);
  assert.equal((after.match(/b\/acts\.entente/g) ?? []).length, (text.match(/b\/acts\.entente/g) ?? []).length);
  assert.equal(run(["lint", "--baseline", "ci/accepted.json"], dir).status, 0);
});

/** A baseline's text as JSON.stringify writes its findings sorted by file, declaration, path, rule and arguments (code-unit order). */
function sortedText(text: string): string {
  const b = JSON.parse(text) as { version: number; findings: Record<string, unknown>[] };
  const key = (f: Record<string, unknown>) => [f.file, f.declaration ?? "", f.path, f.rule, JSON.stringify(f.args)] as string[];
  const order = (x: Record<string, unknown>, y: Record<string, unknown>) => {
    const [a, c] = [key(x), key(y)];
    const i = a.findIndex((v, k) => v !== c[k]);
    return i < 0 ? 0 : a[i]! < c[i]! ? -1 : 1;
  };
  return JSON.stringify({ version: b.version, findings: [...b.findings].sort(order) }, null, 2) + "\n";
}

test("a baseline's entries are in the order of its file names, whatever order the files are found in, and a narrower run's kept entries go between the files it wrote", () => {
  // Found by path, a.entente comes before ci/-x.entente; named from ci/, "-x.entente" comes before "../a/acts.entente" ('-' < '.').
  const dir = workspace({ "services.entente": SERVICES, "a/acts.entente": disclosure("A-1"), "b/acts.entente": disclosure("B-1"), "c/acts.entente": disclosure("C-1"),
    "ci/-x.entente": disclosure("X-1") });
  const file = join(dir, "ci", "accepted.json");
  assert.equal(run(["lint", "--write-baseline=ci/accepted.json"], dir).status, 0);
  const text = readFileSync(file, "utf8");
  const files = (t: string) => [...new Set((JSON.parse(t) as { findings: { file: string }[] }).findings.map((f) => f.file))];
  assert.deepEqual(files(text), ["-x.entente", "../a/acts.entente", "../b/acts.entente", "../c/acts.entente"]);
  assert.equal(text, sortedText(text));
  // b/ keeps its entries, and their reason, in a run over the other files; a/ and c/ gain a finding each.
  const b = JSON.parse(text) as { findings: Record<string, unknown>[] };
  for (const f of b.findings) if (f.file === "../b/acts.entente") f.reason = "Recorded before 2026 (DIR/2026/51).";
  writeFileSync(file, JSON.stringify(b, null, 2) + "\n");
  writeFileSync(join(dir, "a", "acts.entente"), disclosure("A-1", "\n  colour: red"));
  writeFileSync(join(dir, "c", "acts.entente"), disclosure("C-1", "\n  colour: red"));
  const w = run(["lint", "a", "c", "ci", "services.entente", "own.entente", "--write-baseline=ci/accepted.json"], dir);
  assert.equal(w.status, 0, w.stderr);
  const after = readFileSync(file, "utf8");
  assert.equal(after, sortedText(after));
  assert.deepEqual(files(after), files(text));
  const findings = (JSON.parse(after) as { findings: Record<string, unknown>[] }).findings;
  assert.deepEqual(findings.filter((f) => f.file === "../b/acts.entente"), b.findings.filter((f) => f.file === "../b/acts.entente"));
  assert.deepEqual(findings.filter((f) => f.rule === "unknown-field").map((f) => f.file), ["../a/acts.entente", "../c/acts.entente"]);
});

test("the default baseline sits beside entente.json, and entente report lists the accepted findings apart", () => {
  const dir = workspace({ "register/entente.json": `{ "locale": "en" }`, "register/services.entente": SERVICES, "register/2026/acts.entente": ACTS });
  assert.equal(run(["lint", "register/2026", "register/services.entente", "--write-baseline"], dir).status, 0);
  const b = JSON.parse(readFileSync(join(dir, "register", "entente-baseline.json"), "utf8"));
  assert.equal(b.findings[0].file, "2026/acts.entente");
  const md = run(["report", "register", "--today", "2026-06-01"], dir);
  assert.equal(md.status, 0, md.stderr);
  assert.match(md.stdout, /## Findings accepted in the baseline\n\nRecorded in the baseline when Entente was adopted; not counted as open findings above\.\n\n\| Place \| Rule \| Finding \| Reason \|/);
  assert.match(md.stdout, /\| `register\/2026\/acts\.entente:\d+` \| unknown-field \| .*colour.* \| — \|/);
  assert.match(md.stdout, /findings: none/);
  const json = JSON.parse(run(["report", "register", "--format", "json", "--today", "2026-06-01"], dir).stdout);
  assert.deepEqual(json.findings, { error: 0, warning: 0, info: 0 });
  assert.ok(json.baselined.length >= 3);
  assert.ok(json.baselined.every((x: { file: string; reason: null }) => x.file === "register/2026/acts.entente" && x.reason === null));
  const nl = run(["lint", "register", "--locale", "nl"], dir);
  assert.match(nl.stdout, /bevindingen die in de baseline \(register\/entente-baseline\.json\) zijn geaccepteerd, worden niet getoond\./);
});
