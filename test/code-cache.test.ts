// The CLI's code cache: the build makes one that V8 takes, and a cache that is stale, damaged or missing never keeps a command from running.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { test } from "node:test";
import { examplesRoot, projectRoot } from "./support/paths.js";
import { tempDir } from "./support/temp.js";

interface CodeCache {
  compile(file: string, cache: string | undefined): { script: unknown; accepted: boolean };
  run(script: unknown, file: string): Record<string, unknown>;
}
const { compile, run } = createRequire(import.meta.url)(join(projectRoot(), "bin", "code-cache.js")) as CodeCache;
const bundle = join(projectRoot(), "dist", "cli.cjs");
const cache = `${bundle}.cache`;
/** The hash that opens a cache file, then V8's data. */
const HASH_BYTES = 20;

/** bin/ and dist/ copied, so that a test may spoil the copy's cache; returns the copy's `entente` command. */
function copyOfTheCommand(): string {
  const root = tempDir("code-cache");
  cpSync(join(projectRoot(), "bin"), join(root, "bin"), { recursive: true });
  cpSync(join(projectRoot(), "dist"), join(root, "dist"), { recursive: true });
  cpSync(join(projectRoot(), "package.json"), join(root, "package.json"));
  return join(root, "bin", "entente.js");
}

const lintExamples = (command: string) => spawnSync(process.execPath, [command, "lint", join(examplesRoot(), "violations"), "--format", "json", "--today", "2026-06-01"], { encoding: "utf8" });

test("the build leaves a cache of the CLI bundle that this Node takes", () => {
  assert.equal(compile(bundle, cache).accepted, true, "V8 rejected dist/cli.cjs.cache: was the build made by another Node?");
});

test("a cache made for another text of the same length is not given to V8", () => {
  // V8 itself compares only the length of the text; the hash before the cache is what keeps a stale one out.
  const text = readFileSync(bundle, "utf8");
  const at = text.indexOf("lint");
  const other = join(tempDir("code-cache-stale"), "cli.cjs");
  writeFileSync(other, text.slice(0, at) + "LINT" + text.slice(at + 4));
  assert.equal(readFileSync(other).length, readFileSync(bundle).length);
  assert.equal(compile(other, cache).accepted, false);
});

test("a damaged cache is passed over, and the bundle still runs", () => {
  const damaged = join(tempDir("code-cache-damaged"), "cli.cjs.cache");
  const stored = readFileSync(cache);
  const data = Buffer.from(stored.subarray(HASH_BYTES));
  for (let i = 0; i < data.length; i += 7) data[i] = (data[i]! ^ 0x5a) & 0xff;
  writeFileSync(damaged, Buffer.concat([stored.subarray(0, HASH_BYTES), data]));
  const { script, accepted } = compile(bundle, damaged);
  assert.equal(accepted, false);
  assert.equal(typeof run(script, bundle).main, "function");
});

test("the command's findings are the same with its cache, with a damaged one, a cut one, and without one", () => {
  const reference = lintExamples(join(projectRoot(), "bin", "entente.js"));
  assert.equal(reference.status, 1, reference.stderr);
  assert.ok(JSON.parse(reference.stdout).diagnostics.length > 0, "the examples' violations have findings");
  const command = copyOfTheCommand();
  const copied = join(command, "..", "..", "dist", "cli.cjs.cache");
  const spoil: Record<string, () => void> = {
    "its own": () => undefined,
    "damaged": () => writeFileSync(copied, Buffer.alloc(readFileSync(copied).length, 0x41)),
    "cut short": () => writeFileSync(copied, readFileSync(cache).subarray(0, 1000)),
    "none": () => rmSync(copied, { force: true }),
  };
  for (const [what, make] of Object.entries(spoil)) {
    make();
    const r = lintExamples(command);
    assert.equal(r.stderr, reference.stderr, what);
    assert.equal(r.status, reference.status, what);
    assert.equal(r.stdout, reference.stdout, what);
  }
});
