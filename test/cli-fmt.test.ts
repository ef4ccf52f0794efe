// `entente fmt`: rewrites into the canonical layout, --check lists what is not, --stdin pipes; broken files are never touched.
import assert from "node:assert/strict";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { run, workspace } from "./support/cli.js";

const MESSY = "service ALPHA {country: XA   type: intelligence} // partner\n";
const TIDY = "service ALPHA {\n  country: XA\n  type: intelligence\n} // partner\n";
const BROKEN = "service BRAVO {\n  country XB\n}\n";

test("fmt --check lists the files not formatted (exit 1) and writes nothing", () => {
  const dir = workspace({ "a.entente": MESSY, "b.entente": TIDY });
  const r = run(["fmt", "--check"], dir);
  assert.equal(r.status, 1, r.stderr);
  assert.equal(r.stdout, "a.entente: not formatted\nown.entente: not formatted\n");
  assert.match(r.stderr, /2 of 3 files not formatted; run 'entente fmt'/);
  assert.equal(readFileSync(join(dir, "a.entente"), "utf8"), MESSY);
});

test("fmt rewrites the files in place, keeping permissions; then --check passes", () => {
  const dir = workspace({ "a.entente": MESSY, "sub/b.entente": TIDY });
  writeFileSync(join(dir, "own.entente"), "service MIVD {\n  country: NL\n  type: military-intelligence\n  own: yes\n}\n");
  const mode = statSync(join(dir, "a.entente")).mode;
  const r = run(["fmt"], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, "Formatted 1 file.\n");
  assert.equal(readFileSync(join(dir, "a.entente"), "utf8"), TIDY);
  assert.equal(statSync(join(dir, "a.entente")).mode, mode);
  const check = run(["fmt", "--check", "."], dir);
  assert.equal(check.status, 0, check.stdout);
  assert.equal(check.stderr, "All 3 files are formatted.\n");
});

test("fmt leaves a file with syntax errors unchanged, says where, and formats the others (exit 2)", () => {
  const dir = workspace({ "a.entente": MESSY, "broken.entente": BROKEN });
  const r = run(["fmt", "--locale", "nl"], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^broken\.entente:2:3: een bestand met syntaxfouten wordt niet opgemaakt: /m);
  assert.equal(readFileSync(join(dir, "broken.entente"), "utf8"), BROKEN);
  assert.equal(readFileSync(join(dir, "a.entente"), "utf8"), TIDY);
});

test("fmt keeps a byte-order mark and Windows line ends, and never rewrites a file that is not valid UTF-8", () => {
  const dir = workspace({});
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(MESSY.replace(/\n/g, "\r\n"))]);
  const bad = Buffer.concat([Buffer.from('service ALPHA { country: XA type: intelligence title: "caf'), Buffer.from([0xe9]), Buffer.from('" }\n')]);
  writeFileSync(join(dir, "bom.entente"), bom);
  writeFileSync(join(dir, "bad.entente"), bad);
  const r = run(["fmt", "bom.entente", "bad.entente"], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /bad\.entente: cannot format a file that is not valid UTF-8; it is unchanged\./);
  assert.deepEqual(readFileSync(join(dir, "bad.entente")), bad);
  const out = readFileSync(join(dir, "bom.entente"));
  assert.deepEqual([...out.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.equal(out.subarray(3).toString("utf8"), TIDY.replace(/\n/g, "\r\n"));
});

test("fmt --stdin formats standard input to standard output, and refuses broken input with exit 2", () => {
  const dir = workspace({});
  const r = run(["fmt", "--stdin"], dir, {}, MESSY);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, TIDY);
  const broken = run(["fmt", "--stdin"], dir, {}, BROKEN);
  assert.equal(broken.status, 2);
  assert.equal(broken.stdout, "");
  assert.match(broken.stderr, /^<stdin>:2:3: cannot format a file with syntax errors: /);
  assert.equal(run(["fmt", "--stdin", "a.entente"], dir).status, 2, "--stdin takes no paths");
});

test("fmt respects the exclusions of entente.json and reports a missing path", () => {
  const dir = workspace({ "a.entente": TIDY, "drafts/x.entente": MESSY, "entente.json": '{ "exclude": ["drafts/**"] }' });
  writeFileSync(join(dir, "own.entente"), "service MIVD {\n  country: NL\n  type: military-intelligence\n  own: yes\n}\n");
  assert.equal(run(["fmt", "--check"], dir).status, 0);
  const missing = run(["fmt", "nowhere.entente"], dir);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read nowhere\.entente/);
});
