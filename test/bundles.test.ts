// The bundles in dist/ are plain ASCII, so that V8 holds the source of each one byte per character.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { projectRoot } from "./support/paths.js";

test("every bundle is ASCII: a single other character would make V8 keep its whole source as two-byte text", () => {
  const dist = join(projectRoot(), "dist");
  const bundles = readdirSync(dist).filter((f) => f.endsWith(".cjs"));
  assert.ok(bundles.includes("cli.cjs") && bundles.includes("server.cjs"), `the build left no bundles in ${dist}`);
  for (const name of bundles) {
    const bytes = readFileSync(join(dist, name));
    const at = bytes.findIndex((b) => b > 0x7f);
    assert.equal(at, -1, `${name} holds a character outside ASCII near "${bytes.subarray(Math.max(0, at - 40), at + 8).toString("utf8")}": write it as an escape in the source`);
  }
});
