// CLI tests: the real `entente` binary, each format, exit statuses, bad paths and configuration, and that it never writes.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { RULES } from "../core/rules/catalogue.js";
import { run, workspace } from "./support/cli.js";
import { tempDir } from "./support/temp.js";

/** A file with no findings; `n` keeps names unique when a workspace holds several. */
const clean = (n = "") => `service ALPHA${n} { country: XA type: intelligence }\n`;
/** A file with two errors: a misspelt enum value (line 1) and an unknown field whose value needs escaping (line 2). */
const broken = (n = "") => `service BRAVO${n} { country: XA type: inteligence }\nservice CHARLIE${n} { country: XB type: security colour: "<red> & \u0001" }\n`;
const WARN_ONLY = `// entente-ignore: unknown-field -- Nothing to silence here.\nservice ALPHA { country: XA type: intelligence }\n`;

test("a clean workspace: exit 0 and a summary line", () => {
  const dir = workspace({ "a.entente": clean() });
  const r = run(["lint", "."], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, "No problems found in 2 files.\nConfiguration: none (the defaults).\n");
});

test("stylish groups findings per file, without colour when not on a terminal", () => {
  const dir = workspace({ "b.entente": broken(), "sub/a.entente": clean() });
  const r = run(["lint"], dir);
  assert.equal(r.status, 1);
  assert.doesNotMatch(r.stdout, /\u001b\[/);
  assert.match(r.stdout, /^\nb\.entente\n {2}1:35 {2}error {4}'inteligence' is not a value of 'type'\. Did you mean 'intelligence'\?.* {2}invalid-value\n/);
  assert.match(r.stdout, /\n✖ 2 problems \(2 errors, 0 warnings, 0 infos\) in 3 files\.\nConfiguration: none \(the defaults\)\.\n$/);
  assert.doesNotMatch(r.stdout, /sub\/a\.entente/, "files without findings are not listed");
  const coloured = run(["lint"], dir, { FORCE_COLOR: "1" });
  assert.match(coloured.stdout, /\u001b\[31merror/);
  const noColour = run(["lint"], dir, { FORCE_COLOR: "1", NO_COLOR: "1" });
  assert.doesNotMatch(noColour.stdout, /\u001b\[/);
});

test("--format json prints exactly the specified object, sorted, with 1-based positions", () => {
  const dir = workspace({ "z.entente": broken("Z"), "a.entente": broken("A") });
  const r = run(["lint", "--format", "json"], dir);
  assert.equal(r.status, 1);
  const out = JSON.parse(r.stdout);
  // Written in pieces, the report is still exactly JSON.stringify's layout of the object.
  assert.equal(r.stdout, JSON.stringify(out, null, 2) + "\n");
  assert.deepEqual(Object.keys(out), ["diagnostics", "summary"]);
  assert.deepEqual(out.summary, { files: 3, errors: 4, warnings: 0, infos: 0, config: [] });
  for (const d of out.diagnostics) {
    assert.deepEqual(Object.keys(d), ["file", "line", "column", "endLine", "endColumn", "severity", "rule", "message"]);
  }
  assert.deepEqual(out.diagnostics.map((d: { file: string; line: number; column: number }) => `${d.file}:${d.line}:${d.column}`),
    ["a.entente:1:36", "a.entente:2:47", "z.entente:1:36", "z.entente:2:47"]);
  assert.deepEqual(out.diagnostics[0], {
    file: "a.entente", line: 1, column: 36, endLine: 1, endColumn: 47, severity: "error", rule: "invalid-value",
    message: "'inteligence' is not a value of 'type'. Did you mean 'intelligence'? Write 'military-intelligence', 'intelligence', 'security', 'intelligence-and-security', 'law-enforcement', 'international-organisation' or 'other'.",
  });
});

test("--format json of no findings, and of a report over a megabyte, is JSON.stringify's layout exactly", () => {
  const none = run(["lint", "--format", "json"], workspace({ "a.entente": clean() }));
  assert.equal(none.status, 0);
  assert.equal(none.stdout, JSON.stringify(JSON.parse(none.stdout), null, 2) + "\n");
  assert.deepEqual(JSON.parse(none.stdout).diagnostics, []);
  // 4,000 findings with quotes, a backslash and non-Latin text in their messages: written in several pieces.
  const many = Array.from({ length: 4000 }, (_, i) => `service S${i} { country: XA type: "dienst \\ «${i}»" }\n`).join("");
  const big = run(["lint", "--format", "json"], workspace({ "many.entente": many }));
  assert.equal(big.status, 1);
  assert.ok(big.stdout.length > 1 << 20, `${big.stdout.length} characters`);
  const parsed = JSON.parse(big.stdout) as { diagnostics: unknown[] };
  assert.equal(big.stdout, JSON.stringify(parsed, null, 2) + "\n");
  assert.ok(parsed.diagnostics.length >= 4000);
});

test("--format sarif is SARIF 2.1.0 with one reporting descriptor per rule", () => {
  const dir = workspace({ "b.entente": broken() });
  const r = run(["lint", "--format", "sarif"], dir);
  assert.equal(r.status, 1);
  const log = JSON.parse(r.stdout);
  assert.equal(log.version, "2.1.0");
  assert.match(log.$schema, /sarif-2\.1\.0/);
  const run0 = log.runs[0];
  assert.equal(run0.tool.driver.name, "Entente");
  const rules = run0.tool.driver.rules as { id: string; shortDescription: { text: string }; helpUri: string }[];
  assert.deepEqual(rules.map((x) => x.id), RULES.map((x) => x.id));
  for (const rule of rules) {
    assert.ok(rule.shortDescription.text.length > 10, rule.id);
    assert.ok(new URL(rule.helpUri).pathname.endsWith(`/docs/rules/${rule.id}.md`), rule.helpUri);
  }
  assert.equal(run0.results.length, 2);
  for (const res of run0.results) {
    assert.equal(rules[res.ruleIndex]!.id, res.ruleId);
    assert.ok(["error", "warning", "note"].includes(res.level));
    const loc = res.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uri, "b.entente");
    assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1 && loc.region.endColumn >= loc.region.startColumn);
  }
});

test("--format junit is well-formed XML, one suite per file, with unsafe characters escaped", () => {
  const dir = workspace({ "b.entente": broken(), "c.entente": clean() });
  const r = run(["lint", "--format", "junit"], dir);
  assert.equal(r.status, 1);
  assert.ok(r.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites'));
  assert.doesNotMatch(r.stdout, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/, "no character XML 1.0 forbids");
  assertWellFormed(r.stdout);
  assert.equal((r.stdout.match(/<testsuite /g) ?? []).length, 3);
  assert.equal((r.stdout.match(/<failure /g) ?? []).length, 2);
});

/** A small well-formedness check: tags nest, attributes are quoted, and no bare '<' or '&' appears in text. */
function assertWellFormed(xmlText: string): void {
  const body = xmlText.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = token.exec(body))) {
    consumed = token.lastIndex;
    if (m[5] !== undefined) {
      assert.doesNotMatch(m[5], /&(?!(amp|lt|gt|quot|apos);)/, "bare '&' in text");
      continue;
    }
    if (m[1]) assert.equal(stack.pop(), m[2], "closing tag matches");
    else if (!m[4]) stack.push(m[2]!);
  }
  assert.equal(consumed, body.length, `unparsable XML at ${body.slice(consumed, consumed + 40)}`);
  assert.deepEqual(stack, []);
}

test("--format github prints one workflow command per finding, escaped", () => {
  const dir = workspace({ "b.entente": broken() });
  const r = run(["lint", "--format", "github"], dir);
  const lines = r.stdout.trimEnd().split("\n");
  assert.equal(lines.length, 2);
  assert.match(lines[0]!, /^::error file=b\.entente,line=1,col=35,endLine=1,endColumn=46,title=Entente \(invalid-value\)::'inteligence' is not a value/);
  const dir2 = workspace({ "w.entente": WARN_ONLY });
  assert.match(run(["lint", "--format", "github"], dir2).stdout, /^::warning file=w\.entente,line=1,/);
});

test("--max-warnings: warnings alone pass, unless there are more than allowed", () => {
  const dir = workspace({ "w.entente": WARN_ONLY });
  assert.equal(run(["lint"], dir).status, 0);
  assert.equal(run(["lint", "--max-warnings", "1"], dir).status, 0);
  assert.equal(run(["lint", "--max-warnings", "0"], dir).status, 1);
  const bad = run(["lint", "--max-warnings=-1"], dir);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--max-warnings must be a whole number/);
});

test("--locale nl prints the messages in Dutch; entente.json can set the locale too", () => {
  const dir = workspace({ "b.entente": broken() });
  assert.match(run(["lint", "--locale", "nl"], dir).stdout, /'inteligence' is geen waarde van 'type'\. Bedoelt u 'intelligence'\?/);
  writeFileSync(join(dir, "entente.json"), `{ "locale": "nl" }`);
  assert.match(run(["lint"], dir).stdout, /is geen waarde van/);
  assert.match(run(["lint", "--locale", "en"], dir).stdout, /is not a value of/);
});

test("usage errors exit 2 with a message on stderr", () => {
  const dir = workspace({ "a.entente": clean() });
  for (const [args, message] of [
    [["lint", "--format", "xml"], /--format must be one of stylish, json, sarif, junit, github, not 'xml'/],
    [["lint", "--today", "2026-02-30"], /--today must be a real date/],
    [["lint", "--locale", "de"], /--locale must be one of en, nl/],
    [["lint", "--bogus"], /Unknown option '--bogus'/],
    [["lint", "missing-folder"], /cannot read missing-folder \(ENOENT\)/],
    [["frobnicate"], /unknown command 'frobnicate'/],
    [["lint", "--config", "nowhere.json"], /cannot read the configuration nowhere\.json: ENOENT/],
  ] as const) {
    const r = run([...args], dir);
    assert.equal(r.status, 2, `${args.join(" ")}: ${r.stdout}${r.stderr}`);
    assert.match(r.stderr, message);
  }
  // A path that cannot be read is no clean result: stdout does not say "no problems".
  const missing = run(["lint", "missing-folder"], dir);
  assert.equal(missing.stdout, "No file was linted.\nConfiguration: none (the defaults).\n");
  const empty = tempDir("cli");
  writeFileSync(join(empty, "notes.txt"), "x");
  const r = run(["lint"], empty);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no \.entente files found/);
});

test("an unreadable file is an I/O error (exit 2), and the other files are still linted", () => {
  const dir = workspace({ "b.entente": broken() });
  symlinkSync(join(dir, "gone.txt"), join(dir, "dangling.entente"));
  const r = run(["lint", "--format", "json"], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /cannot read dangling\.entente \(ENOENT\)/);
  assert.equal(JSON.parse(r.stdout).summary.errors, 2);
});

test("an invalid entente.json is reported on that file with exit 2; its valid settings still apply", () => {
  const dir = workspace({ "b.entente": broken() });
  writeFileSync(join(dir, "entente.json"), `{\n  "rules": { "invalid-value": "off", "no-such-rule": "error" },\n  "reviewIntervalMonth": 12\n}\n`);
  const r = run(["lint", "--format", "json"], dir);
  assert.equal(r.status, 2);
  const out = JSON.parse(r.stdout);
  const config = out.diagnostics.filter((d: { file: string }) => d.file === "entente.json");
  assert.deepEqual(config.map((d: { line: number; column: number; rule: string }) => `${d.line}:${d.column} ${d.rule}`), ["2:38 config-error", "3:3 config-error"]);
  assert.match(config[1].message, /"reviewIntervalMonth" is not a setting\. Did you mean "reviewIntervalMonths"\?/);
  assert.ok(!out.diagnostics.some((d: { rule: string }) => d.rule === "invalid-value"), "invalid-value is off");
  writeFileSync(join(dir, "entente.json"), `{ "rules": `);
  const syntax = run(["lint"], dir);
  assert.equal(syntax.status, 2);
  assert.match(syntax.stdout, /entente\.json\n.*The file entente\.json is not valid JSON here: a value was expected\./);
});

test("files and folders can be mixed, and exclude patterns apply from entente.json", () => {
  const dir = workspace({ "keep/a.entente": broken("A"), "drafts/b.entente": broken("B"), "c.entente": clean(), "entente.json": `{ "exclude": ["drafts/**"] }` });
  const all = JSON.parse(run(["lint", "--format", "json", "."], dir).stdout);
  assert.deepEqual([...new Set(all.diagnostics.map((d: { file: string }) => d.file))], ["keep/a.entente"]);
  const some = JSON.parse(run(["lint", "--format", "json", "c.entente", "keep"], dir).stdout);
  assert.equal(some.summary.files, 2);
});

test("linting never writes: the workspace is byte-for-byte unchanged, and no file is added", () => {
  const dir = workspace({ "b.entente": broken(), "c.entente": clean(), "entente.json": `{ "locale": "nl" }` });
  const snapshot = () => readdirSync(dir, { recursive: true }).map(String).sort()
    .map((f) => `${f}:${statSync(join(dir, f)).mtimeMs}:${statSync(join(dir, f)).isFile() ? readFileSync(join(dir, f), "utf8") : "dir"}`);
  const before = snapshot();
  for (const format of ["stylish", "json", "sarif", "junit", "github"]) run(["lint", "--format", format], dir);
  assert.deepEqual(snapshot(), before);
});

const UNFIXED = `service ALPHA { country: XA type: intelligence relationship: trusted }
assessment ALPHA-2026 {
  service: ALPHA
  date: 2026-01-15
  approval: director 2026-01-20 "DIR/1"
  criteria { human-rights: met "a" professionalism: met "b" international-obligations: met "c" task-performance: met "d" reciprocity: met "e" }
  permits: [general-data, personal-data]
}
agreement MOU-ALPHA { parties: [MIVD, ALPHA] status: signed ministry-review: 2025-04-10 signed: 2025-06-01 covers: [information-requests]
  clause 7 "Onward" { concerns: third-party-rule text: "Not to a third party without consent." } }
disclosure D-1 {
  to: ALPHA
  date: 2026-03-02
  basis: own-task
  investigation: "Piracy"
  data: [personal]
  reliability: B2
  legal-affairs: 2026-03-01
}
`;

test("--fix applies the safe fixes, leaves placeholders for facts, and never asserts a fact itself", () => {
  const dir = workspace({ "d.entente": UNFIXED.replace(/\n/g, "\r\n") });
  const r = run(["lint", "--fix", "--format", "json", "--today", "2026-06-01"], dir);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^Applied 2 fixes in 1 file\.\n$/);
  const text = readFileSync(join(dir, "d.entente"), "utf8");
  assert.match(text, /legal-affairs: 2026-03-01\r\n {2}approval: director YYYY-MM-DD "TODO: reference"\r\n {2}onward: none\r\n\}/, "added inside the block, with the file's line ends");
  assert.doesNotMatch(text, /recorded: yes/, "recording the art. 42 record is a fact only a person may state");
  const rules = JSON.parse(r.stdout).diagnostics.map((d: { rule: string }) => d.rule);
  assert.ok(rules.includes("personal-data-unrecorded"), "the unsafe fix is not applied");
  assert.ok(rules.includes("invalid-value"), "the placeholder is reported until it is filled in");
  assert.ok(!rules.includes("third-party-rule-missing") && !rules.includes("mandate-personal-data"));
  const again = run(["lint", "--fix", "--today", "2026-06-01"], dir);
  assert.doesNotMatch(again.stderr, /Applied/, "a second run has nothing left to apply");
  assert.equal(readFileSync(join(dir, "d.entente"), "utf8"), text);
});

test("--fix keeps a byte-order mark, and never rewrites a file that is not valid UTF-8", () => {
  const dir = workspace({});
  writeFileSync(join(dir, "bom.entente"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(UNFIXED)]));
  const invalid = Buffer.concat([Buffer.from(UNFIXED.replace("D-1", "D-2").replace("ALPHA {", "ALPHA2 {").replace(/ALPHA-2026/g, "ALPHA2-2026").replace("MOU-ALPHA", "MOU-ALPHA2")), Buffer.from([0xff])]);
  writeFileSync(join(dir, "bad.entente"), invalid);
  run(["lint", "--fix", "--today", "2026-06-01"], dir);
  const bom = readFileSync(join(dir, "bom.entente"));
  assert.deepEqual([...bom.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.match(bom.toString("utf8"), /onward: none/);
  assert.deepEqual(readFileSync(join(dir, "bad.entente")), invalid);
});

test("entente explain prints a rule's page, lists the rules, and suggests the nearest id", () => {
  const dir = workspace({});
  const page = run(["explain", "third-party-rule-missing"], dir);
  assert.equal(page.status, 0);
  assert.match(page.stdout, /^third-party-rule-missing\n/);
  assert.match(page.stdout, /Article 37/);
  const list = run(["explain"], dir);
  assert.equal(list.stdout.split("\n").filter((l) => /^[a-z-]+ +(error|warning|info) /.test(l)).length, RULES.length);
  const typo = run(["explain", "third-party-rule-mising"], dir);
  assert.equal(typo.status, 2);
  assert.match(typo.stderr, /Did you mean 'third-party-rule-missing'\?/);
});
