// A register of every rule fixture with a baseline in force, for the tests of what a lint reports and how.
import assert from "node:assert/strict";
import { appendFileSync, copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run, workspace } from "./cli.js";
import { projectRoot } from "./paths.js";

const fixtures = join(projectRoot(), "test", "fixtures", "rules");

/**
 * A register of every rule fixture (about 900 findings across 77 files, in folders that sort around an
 * entente.json with an error), with a baseline written when it held a third of them, one of which has
 * since been fixed (a stale entry).
 */
export function register(): string {
  const dir = workspace({});
  const files = readdirSync(fixtures).filter((f) => f.endsWith(".entente"));
  const place = (f: string, i: number) => {
    const folder = join(dir, ["", "a", "z"][i % 3]!);
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(fixtures, f), join(folder, f));
  };
  files.forEach((f, i) => i % 3 === 0 && place(f, i));
  assert.equal(run(["lint", ".", "--write-baseline", "--today", "2026-06-01"], dir).status, 0);
  files.forEach((f, i) => i % 3 !== 0 && place(f, i));
  writeFileSync(join(dir, files[0]!), "service MIVD-2 { country: NL type: intelligence }\n");
  appendFileSync(join(dir, files[3]!), "\n// edited since the baseline was written\n");
  writeFileSync(join(dir, "entente.json"), `{ "rules": { "no-such-rule": "error" } }\n`);
  return dir;
}
