// The feature fixture runner: every case under test/fixtures/features must give exactly the output written beside it.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { featureCases, featureRoot, FEATURES, readFeatureCase } from "./support/feature-fixtures.js";
import { featureOutput } from "./support/feature-output.js";

const update = process.env.UPDATE === "1";
// Hovers link rule pages under ENTENTE_DOCS_URL when it is set; the expected files hold the links Entente ships with.
delete process.env.ENTENTE_DOCS_URL;

for (const feature of FEATURES) {
  for (const path of featureCases(feature)) {
    const name = path.slice(featureRoot().length + 1);
    test(`feature ${name}`, () => {
      const actual = featureOutput(feature, readFeatureCase(path));
      const expectedPath = path.replace(/\.entente$/, ".txt");
      const expected = existsSync(expectedPath) ? readFileSync(expectedPath, "utf8") : undefined;
      if (update && actual !== expected) {
        writeFileSync(expectedPath, actual);
        return;
      }
      assert.ok(expected !== undefined, `${expectedPath} is missing (run with UPDATE=1 to write it, then review it)`);
      assert.equal(actual, expected, "the output differs from the expected file (run with UPDATE=1 to rewrite it, then review the diff)");
    });
  }
}

// A folder or file the runner would pass over silently would be a test that never runs.
test("every feature fixture folder names a feature, and every expected file has its case", () => {
  for (const entry of readdirSync(featureRoot(), { withFileTypes: true })) {
    assert.ok(entry.isDirectory() && (FEATURES as readonly string[]).includes(entry.name), `unexpected ${entry.name} in ${featureRoot()}`);
    for (const file of readdirSync(join(featureRoot(), entry.name))) {
      const stem = file.replace(/\.(entente|txt)$/, "");
      assert.ok(file !== stem, `${entry.name}/${file}: only .entente cases and .txt expectations belong here`);
      assert.ok(existsSync(join(featureRoot(), entry.name, `${stem}.entente`)), `${entry.name}/${file} has no case`);
    }
  }
});

test("every feature has cases", () => {
  for (const feature of FEATURES) assert.ok(featureCases(feature).length > 0, `no cases for ${feature}`);
});
