// Meta-tests of the catalogue: a file, a fixture, a page and messages in both languages for every rule.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { KINDS } from "../core/model/schema/index.js";
import { RULES } from "../core/rules/catalogue.js";
import type { Rule } from "../core/rules/rule.js";
import { readAnnotations } from "./support/annotations.js";
import { readFixture, runFixture } from "./support/fixtures.js";
import { fixtureRoot, projectRoot } from "./support/paths.js";

/** Files in core/rules that are infrastructure, not rules. */
const NOT_RULES = new Set(["add-lines", "catalogue", "docs", "docs-index", "edits", "helpers", "problems", "related-values", "rule", "run", "terms"]);

test("every rule lives in a file named after its id, and every rule file is registered once", () => {
  const dir = join(projectRoot(), "core", "rules");
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -3)).filter((f) => !NOT_RULES.has(f));
  assert.deepEqual([...files].sort(), RULES.map((r) => r.id).sort());
  assert.equal(new Set(RULES.map((r) => r.id)).size, RULES.length);
  for (const r of RULES) assert.match(readFileSync(join(dir, `${r.id}.ts`), "utf8"), new RegExp(`id: "${r.id}"`));
});

test("every rule has a fixture that fires it (config-error is reported on entente.json, tested in cli.test)", () => {
  for (const r of RULES) {
    if (r.id === "config-error") {
      assert.match(readFileSync(join(projectRoot(), "test", "cli.test.ts"), "utf8"), /config-error/);
      continue;
    }
    const path = join(fixtureRoot(), "rules", `${r.id}.entente`);
    assert.ok(existsSync(path), `no fixture for ${r.id}`);
    assert.ok(readAnnotations(readFileSync(path, "utf8")).some((e) => e.rule === r.id), `${r.id}'s fixture does not fire it`);
  }
});

/** Every (rule, message key) the fixtures and examples reach, with the arguments of one finding each. */
function reachedMessages(): Map<string, { rule: Rule; key: string; args: Record<string, string> }> {
  const reached = new Map<string, { rule: Rule; key: string; args: Record<string, string> }>();
  const note = (rule: Rule, key: string, args: Record<string, string> | undefined) => {
    if (!reached.has(`${rule.id}/${key}`)) reached.set(`${rule.id}/${key}`, { rule, key, args: args ?? {} });
  };
  const dir = join(fixtureRoot(), "rules");
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".entente"))) {
    runFixture(readFixture(join(dir, f)), "en", (rule, finding) => {
      note(rule, finding.message ?? "default", finding.args);
      for (const r of finding.related ?? []) note(rule, r.message, r.args);
      if (finding.fix) note(rule, finding.fix.title, finding.fix.args);
    });
  }
  return reached;
}

test("every message of every rule is reached by a fixture and reads well in English and Dutch", () => {
  const reached = reachedMessages();
  const missing: string[] = [];
  for (const r of RULES) {
    assert.ok(r.summary.en.length > 10 && r.summary.nl.length > 10 && r.summary.en !== r.summary.nl, `${r.id} summary`);
    for (const key of Object.keys(r.messages)) {
      const hit = reached.get(`${r.id}/${key}`);
      if (!hit) {
        if (!["unused-suppression", "config-error", "syntax-error"].includes(r.id)) missing.push(`${r.id}/${key}`);
        continue;
      }
      const en = r.messages[key]!.en(hit.args);
      const nl = r.messages[key]!.nl(hit.args);
      for (const [lang, text] of [["en", en], ["nl", nl]] as const) {
        assert.ok(text.length > 8, `${r.id}/${key} ${lang} is empty`);
        assert.doesNotMatch(text, /undefined|NaN|\[object|\$\{/, `${r.id}/${key} ${lang}: ${text}`);
        assert.match(text, /^[A-Z0-9'"(]/, `${r.id}/${key} ${lang} starts oddly: ${text}`);
      }
      assert.notEqual(en, nl, `${r.id}/${key} is not translated`);
    }
  }
  // No nested block of the current schema has a required field, so these cannot be reached yet.
  const nestedRequired = KINDS.flatMap((k) => k.blocks).flatMap((b) => b.fields).filter((f) => f.required);
  assert.deepEqual(nestedRequired, []);
  const unreachable = ["missing-field/nested", "missing-field/nested-many"];
  assert.deepEqual(missing.filter((m) => !unreachable.includes(m)), [], "message keys no fixture reaches");
});

test("every rule that names what a declaration requires renders it, briefly, in English and Dutch", () => {
  const findings = new Map<string, Record<string, string>[]>();
  const dir = join(fixtureRoot(), "rules");
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".entente"))) {
    runFixture(readFixture(join(dir, f)), "en", (rule, finding) => {
      if (rule.requires) findings.set(rule.id, [...(findings.get(rule.id) ?? []), finding.args ?? {}]);
    });
  }
  const withRequires = RULES.filter((r) => r.requires);
  assert.ok(withRequires.length >= 10, `${withRequires.length} rules name a requirement`);
  for (const r of withRequires) {
    const seen = findings.get(r.id);
    assert.ok(seen && seen.length > 0, `no fixture finding of ${r.id} renders its requirement`);
    for (const args of seen) {
      const en = r.requires!.en(args);
      const nl = r.requires!.nl(args);
      for (const text of [en, nl]) {
        assert.ok(text.length > 1 && text.length <= 60, `${r.id}: "${text}"`);
        assert.doesNotMatch(text, /undefined|NaN|\[object|\$\{|[.]$/, `${r.id}: "${text}"`);
      }
    }
  }
});

test("no code chooses words by comparing the locale inline: words live in core/words and in each rule's en/nl messages", () => {
  // Reading a locale from settings or entente.json compares it to the two names; that is parsing, not a choice of words.
  const parsing = /(value|raw\?\.locale) === "(en|nl)"/g;
  const choice = /\b(locale|lang|l) === "(en|nl)"|"(en|nl)" === (locale|lang)\b/;
  const offenders: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith(".ts")) {
        readFileSync(path, "utf8").split("\n").forEach((line, i) => {
          if (choice.test(line.replace(parsing, ""))) offenders.push(`${path.slice(projectRoot().length + 1)}:${i + 1}: ${line.trim()}`);
        });
      }
    }
  };
  for (const top of ["grammar", "core", "server", "cli", "client", "protocol"]) walk(join(projectRoot(), top));
  assert.deepEqual(offenders, []);
});
