// The fix fixtures: each rule's fixes turn the file before into the file after, and every rule that offers a fix has one.
import assert from "node:assert/strict";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { Diagnostic } from "../core/model/diagnostic.js";
import { RULES, RULES_BY_ID } from "../core/rules/catalogue.js";
import { lintExample, ruleExamples } from "./support/docs-examples.js";
import { applyFixes, fixableFindings, fixFixtureFiles, readFixFixture, remainingFindings } from "./support/fix-fixtures.js";
import { readFixture, runFixture } from "./support/fixtures.js";
import { fixtureRoot } from "./support/paths.js";

const fixesDir = join(fixtureRoot(), "fixes");
const update = process.env.UPDATE === "1";

const where = (d: Diagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1}`;

for (const path of fixFixtureFiles()) {
  const name = path.slice(fixesDir.length + 1);

  test(`fix fixture ${name}: the fixes give the file after, and the findings they fix are gone`, () => {
    const ff = readFixFixture(path);
    const run = applyFixes(ff);
    assert.ok(run.fixed.length > 0, `the file before has no finding of ${ff.rule} that offers a fix`);
    let after = ff.after;
    if (update && run.after !== after) {
      writeFileSync(path, ff.above + run.after);
      after = run.after;
    }
    assert.equal(run.after, after, "the fixed file differs from the text after '//- after' (run with UPDATE=1 to rewrite it, then read the diff)");
    const left = remainingFindings(ff, after, run.fixed);
    assert.deepEqual(left.map((d) => `${where(d)} ${d.message}`), [], `the fixes of ${ff.rule} leave these findings in the file after`);
  });

  test(`fix fixture ${name}: the fix titles read in English and Dutch`, () => {
    const ff = readFixFixture(path);
    const en = fixableFindings(ff, "en");
    const nl = fixableFindings(ff, "nl");
    assert.equal(en.length, nl.length);
    en.forEach((d, i) => {
      const titles = [d.fix!.title, nl[i]!.fix!.title];
      for (const title of titles) {
        assert.ok(title.trim().length > 8, `${where(d)}: the title '${title}' is (nearly) empty`);
        assert.doesNotMatch(title, /undefined|NaN|\[object|\$\{/, `${where(d)}: ${title}`);
      }
      assert.notEqual(titles[0], titles[1], `${where(d)}: the title is not translated`);
    });
  });
}

/** The ids of the rules whose findings carry a fix somewhere in the rule fixtures, and in the docs examples. */
function rulesOfferingFixes(): { fixtures: Set<string>; docs: Set<string> } {
  const offering = (ds: Iterable<Diagnostic>, into: Set<string>) => {
    for (const d of ds) if (d.fix) into.add(d.rule);
  };
  const fixtures = new Set<string>();
  const rulesDir = join(fixtureRoot(), "rules");
  for (const f of readdirSync(rulesDir).filter((f) => f.endsWith(".entente"))) {
    offering([...runFixture(readFixture(join(rulesDir, f))).diagnostics.values()].flat(), fixtures);
  }
  const docs = new Set<string>();
  for (const r of RULES) for (const ex of ruleExamples(r.id)) offering(lintExample(r.id, ex.code, ex.which), docs);
  return { fixtures, docs };
}

test("every rule that offers a fix, in a rule fixture or a docs example, has a fix fixture", () => {
  const { fixtures, docs } = rulesOfferingFixes();
  // Both sources must yield something, or a broken collection would pass for "nothing to cover".
  assert.ok(fixtures.size > 0 && docs.size > 0, "no fix found in the rule fixtures or in the docs examples");
  const missing = [...new Set([...fixtures, ...docs])].filter((id) => !existsSync(join(fixesDir, `${id}.entente`))).sort();
  assert.deepEqual(missing, [], "rules that offer a fix but have no test/fixtures/fixes/<id>.entente");
});

test("every fix fixture is named after a rule", () => {
  const strays = fixFixtureFiles().map((p) => readFixFixture(p).rule).filter((id) => !RULES_BY_ID.has(id));
  assert.deepEqual(strays, [], "fix fixtures whose name is no rule id");
});
