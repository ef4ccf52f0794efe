// Documentation tests: a page per rule with its basis and examples; Avoid fires the rule, Prefer is clean.
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { parseConfig } from "../core/model/config.js";
import { RULES, RULES_BY_ID } from "../core/rules/catalogue.js";
import { docsIndex } from "../core/rules/docs-index.js";
import { lintExample } from "./support/docs-examples.js";
import { codeBlocks, readPage } from "./support/markdown.js";
import { docsRoot } from "./support/paths.js";

const docs = docsRoot();

for (const rule of RULES) {
  test(`docs/rules/${rule.id}.md documents the rule, and its examples behave`, () => {
    const path = join(docs, `${rule.id}.md`);
    assert.ok(existsSync(path), `missing ${path}`);
    const page = readPage(readFileSync(path, "utf8"));
    assert.equal(page.title, rule.id);
    for (const s of ["Why", "What triggers it", "Avoid", "Prefer"]) assert.ok(page.sections.has(s), `section '${s}' missing`);
    // The structural rules rest on the language itself: their source is a section of the language reference.
    assert.match(page.sections.get("Why")!, /(art\.|article|Article|Wiv 2002|policy|CTIVD|§|\]\(\.\.\/language\.md)/, "the basis names its source");
    const avoid = codeBlocks(page.sections.get("Avoid")!);
    const prefer = codeBlocks(page.sections.get("Prefer")!);
    assert.equal(avoid.length, 1, "one Avoid example");
    assert.equal(prefer.length, 1, "one Prefer example");
    if (rule.id === "config-error") {
      assert.ok(parseConfig(avoid[0]!.code, RULES_BY_ID).problems.length > 0, "Avoid is an invalid entente.json");
      assert.deepEqual(parseConfig(prefer[0]!.code, RULES_BY_ID).problems, [], "Prefer is a valid entente.json");
      return;
    }
    const bad = lintExample(rule.id, avoid[0]!.code, "Avoid");
    assert.ok(bad.some((d) => d.rule === rule.id), `Avoid does not fire ${rule.id}: ${bad.map((d) => d.rule).join(", ") || "no findings"}`);
    const good = lintExample(rule.id, prefer[0]!.code, "Prefer");
    assert.deepEqual(good.map((d) => `${d.rule}: ${d.message}`), [], "Prefer has no findings at all");
  });
}

test("docs/rules/README.md is the index generated from the catalogue", () => {
  const path = join(docs, "README.md");
  const expected = docsIndex();
  if (process.env.UPDATE === "1" && (!existsSync(path) || readFileSync(path, "utf8") !== expected)) writeFileSync(path, expected);
  assert.equal(readFileSync(path, "utf8"), expected, "run UPDATE=1 npm test to regenerate it");
});
