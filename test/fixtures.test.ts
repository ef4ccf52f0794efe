// The fixture runner: every file under test/fixtures (but the fix fixtures) must produce exactly the diagnostics annotated in it.
import assert from "node:assert/strict";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { compare, readFixture, runFixture, updatedText } from "./support/fixtures.js";
import { fixtureRoot } from "./support/paths.js";

// The fix fixtures have a format and a runner of their own (fixes.test.ts).
const FIX_FIXTURES = join(fixtureRoot(), "fixes");

function fixtureFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (p !== FIX_FIXTURES) out.push(...fixtureFiles(p));
    } else if (e.name.endsWith(".entente")) out.push(p);
  }
  return out.sort();
}

const update = process.env.UPDATE === "1";

for (const path of fixtureFiles(fixtureRoot())) {
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
