// The language reference (docs/language.md and its Dutch twin): tables generated from the schema, examples that parse and lint clean.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import { fillSchemaTables, markerKeys, schemaKeys, schemaSection } from "../core/features/schema-docs.js";
import { KINDS } from "../core/model/schema/index.js";
import type { Locale } from "../grammar/messages.js";
import { parse } from "../grammar/parse.js";
import { readFixtureText, runFixture } from "./support/fixtures.js";
import { codeBlocks, readPage } from "./support/markdown.js";
import { projectRoot } from "./support/paths.js";

const root = projectRoot();
const PAGES: { locale: Locale; file: string; complete: string }[] = [
  { locale: "en", file: "docs/language.md", complete: "A complete example" },
  { locale: "nl", file: "docs/language.nl.md", complete: "Een volledig voorbeeld" },
];
/** The day the complete example is checked as of; the pages say so. */
const TODAY = "2026-06-01";

const read = (file: string) => readFileSync(join(root, file), "utf8");

for (const { locale, file, complete } of PAGES) {
  test(`${file}: the tables of fields and values are the schema's`, () => {
    const text = read(file);
    const expected = fillSchemaTables(text, locale);
    if (process.env.UPDATE === "1" && expected !== text) writeFileSync(join(root, file), expected);
    assert.equal(read(file), expected, `the tables differ from the schema: run UPDATE=1 npm test to regenerate ${file}`);
  });

  test(`${file}: every kind and nested block of the schema has its table, once`, () => {
    const keys = markerKeys(read(file));
    assert.deepEqual([...keys].sort(), schemaKeys().sort());
  });

  test(`${file}: every example in the language parses without errors and uses only what the schema knows`, () => {
    const blocks = codeBlocks(read(file)).filter((b) => b.lang === "entente");
    assert.ok(blocks.length >= 5, `only ${blocks.length} examples`);
    const structural = new Set(["syntax-error", "unknown-kind", "unknown-field", "invalid-value", "invalid-date", "duplicate-field"]);
    for (const b of blocks) {
      assert.deepEqual(parse(b.code).errors.map((e) => e.id), [], b.code);
      const found = lint(b.code).filter((d) => structural.has(d.rule));
      assert.deepEqual(found.map((d) => `${d.rule}: ${d.message}`), [], b.code);
    }
  });

  test(`${file}: the complete example is free of findings as of ${TODAY}`, () => {
    const section = readPage(read(file)).sections.get(complete);
    assert.ok(section, `no section '${complete}'`);
    const blocks = codeBlocks(section).filter((b) => b.lang === "entente");
    assert.equal(blocks.length, 1, "one example");
    const findings = lint(blocks[0]!.code);
    assert.deepEqual(findings.map((d) => `${d.range.start.line + 1}: ${d.rule}: ${d.message}`), []);
    // It shows the whole language: every kind of declaration.
    const kinds = new Set(parse(blocks[0]!.code).declarations.map((d) => d.keyword.text));
    assert.deepEqual(KINDS.map((k) => k.name).filter((k) => !kinds.has(k)), []);
  });
}

function lint(code: string) {
  const fx = readFixtureText("language example", `//- today: ${TODAY}\n${code}`);
  return [...runFixture(fx).diagnostics.values()].flat();
}

test("a field added to the schema changes the tables, so the pages must be regenerated", () => {
  const disclosure = KINDS.find((k) => k.name === "disclosure")!;
  const before = schemaSection("disclosure", "en");
  disclosure.fields.push({ name: "handled-by", value: { type: "string" }, doc: { en: "Who handled it.", nl: "Wie het behandelde." } });
  try {
    const after = schemaSection("disclosure", "nl");
    assert.match(after, /^\| `handled-by` \| tekst tussen aanhalingstekens \| nee \| Wie het behandelde\. \|$/m);
    assert.notEqual(fillSchemaTables(read("docs/language.md"), "en"), read("docs/language.md"));
  } finally {
    disclosure.fields.pop();
  }
  assert.equal(schemaSection("disclosure", "en"), before);
});

test("the tables say in words what each field holds, whether it is required, and what its values mean", () => {
  const service = schemaSection("service", "en");
  assert.match(service, /^\| `country` \| country code \| unless `own: yes` or `type: international-organisation` \| /m);
  assert.match(service, /^\| `members` \| list of services \| no \| /m);
  assert.match(service, /^\| `approval` \| authority, date and reference; may be repeated \| no \| /m);
  assert.match(service, /^\| `law-enforcement` \| law-enforcement service \| /m);
  const agreement = schemaSection("agreement", "nl");
  assert.match(agreement, /^\| `ministry-review` \| datum en kenmerk \| nee \| /m);
  assert.match(agreement, /^\| `terminated` \| datum \| bij `status: terminated` \| /m);
  assert.match(agreement, /^\| `clause` \| blok met een nummer en een titel; mag herhaald worden \| nee \| /m);
  const disclosure = schemaSection("disclosure", "en");
  assert.match(disclosure, /^\| `to` \| service, or a list of services \| yes \| /m);
  assert.match(disclosure, /^\| `onward` \| service, or a list of services, or `none` \| no \| /m);
  assert.match(disclosure, /^\| `caveats` \| list of the values below \| no \| /m);
  const authorities = schemaSection("authorities", "en");
  assert.match(authorities, /^\| `deputy-department-head` \| the deputy head of department \| as the head of department \(4\) \| /m);
  assert.match(authorities, /^\| `director` \| the director \| 6 \| /m);
  assert.match(authorities, /^\| `secretary-general` \| the Secretary-General of Defence \| outside the ladder \| /m);
  assert.throws(() => fillSchemaTables("<!-- schema:treaty -->\n<!-- /schema -->", "en"), /no kind or nested block 'treaty'/);
});

test("values shared by several fields are listed once, where they first appear", () => {
  const page = fillSchemaTables("<!-- schema:disclosure -->\n<!-- /schema -->\n<!-- schema:receipt -->\n<!-- /schema -->\n", "en");
  assert.equal(page.match(/^\| `threat-warning` \|/gm)?.length, 1);
  assert.match(page, /`data` takes the values of `data` in `disclosure`, above\./);
});

/** The files the repository holds: git's list where there is one, else every file outside the build folders. */
function trackedFiles(): string[] {
  try {
    return execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" }).split("\0").filter((f) => f !== "");
  } catch {
    const skip = new Set([".git", "node_modules", "out", "dist", "test-results", ".cache"]);
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      skip.has(e.name) ? [] : e.isDirectory() ? walk(join(dir, e.name)) : [relative(root, join(dir, e.name))]);
    return walk(root);
  }
}

test("no file refers to design documents outside the repository: the language reference is docs/language.md", () => {
  const self = "test/language-docs.test.ts";
  const outside = /LANGUAGE\.md|RULES\.md|CHANGES-2|shared\/(design|seed)/;
  const offenders = trackedFiles().filter((f) => f !== self && existsSync(join(root, f)) && outside.test(readFileSync(join(root, f), "utf8")));
  assert.deepEqual(offenders, []);
});
