// The fixture runner: every file under test/fixtures must produce exactly the diagnostics annotated in it (features/ and fixes/ have runners of their own).
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { test } from "node:test";
import { compare, fixturePaths, readFixture, runFixture, updatedText } from "./support/fixtures.js";
import { fixtureRoot } from "./support/paths.js";

const update = process.env.UPDATE === "1";

for (const path of fixturePaths()) {
  test(`fixture ${path.slice(fixtureRoot().length + 1)}`, () => {
    const fx = readFixture(path);
    const run = runFixture(fx);
    const { expected, actual } = compare(fx, run);
    if (update && expected.join("\n") !== actual.join("\n")) {
      writeFileSync(path, updatedText(fx, run));
      return;
    }
    assert.deepEqual(actual, expected, "diagnostics differ from the annotations (run with UPDATE=1 to rewrite them, then review the diff)");
  });
}
