// Entente's SARIF passes Microsoft's own validator (Sarif.Multitool, a devDependency) with no error and no warning: plain, with a baseline, and with --new-since.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { examplesRoot, projectRoot } from "./support/paths.js";
import { run } from "./support/cli.js";
import { tempDir } from "./support/temp.js";

const VALIDATOR = join(projectRoot(), "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");

interface Finding { ruleId: string; level: string; message: { text: string }; locations?: unknown[] }

/** Runs the validator on a log; returns what it found (its own SARIF log's results). */
function validate(log: string): Finding[] {
  const dir = tempDir("sarif");
  const file = join(dir, "entente.sarif");
  const out = join(dir, "validation.sarif");
  writeFileSync(file, log);
  const r = spawnSync(VALIDATOR, ["validate", file, "-o", out], {
    encoding: "utf8", timeout: 120_000,
    // The validator is a .NET program: no telemetry, no first-run work, and no globalisation data it would look for.
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: "1", DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: "1", DOTNET_NOLOGO: "1" },
  });
  assert.equal(r.status, 0, `the validator failed (${r.status}): ${r.stdout}\n${r.stderr}`);
  return JSON.parse(readFileSync(out, "utf8")).runs[0].results ?? [];
}

const problems = (results: Finding[]) => results.filter((x) => ["error", "warning"].includes(x.level ?? "warning")).map((x) => `${x.ruleId} ${x.level ?? "warning"}: ${x.message.text}`);

test("the validator is installed (npm ci installs it as a devDependency)", () => {
  assert.ok(existsSync(VALIDATOR), `${VALIDATOR} is missing: run 'npm ci'`);
});

test("SARIF of examples/violations: no error and no warning from Sarif.Multitool", () => {
  const r = run(["lint", join(examplesRoot(), "violations"), "--format", "sarif", "--today", "2026-06-30"], projectRoot());
  assert.equal(r.status, 1, r.stderr);
  assert.ok(JSON.parse(r.stdout).runs[0].results.length >= 10);
  assert.match(JSON.parse(r.stdout).runs[0].tool.driver.informationUri, /^(file|https?):/);
  assert.deepEqual(problems(validate(r.stdout)), []);
});

test("SARIF with suppressed (baselined) and new and unchanged (--new-since) results: no error and no warning", () => {
  const dir = join(tempDir("sarif-ws"), "violations");
  cpSync(join(examplesRoot(), "violations"), dir, { recursive: true });
  const git = (...args: string[]) => spawnSync("git", ["-c", "user.name=T", "-c", "user.email=t@example.invalid", ...args], { cwd: dir, encoding: "utf8" });
  assert.equal(git("init", "-q").status, 0);
  assert.equal(run(["lint", "--write-baseline", "--today", "2026-06-30"], dir).status, 0);
  const b = JSON.parse(readFileSync(join(dir, "entente-baseline.json"), "utf8"));
  b.findings = b.findings.slice(0, 5).map((f: object) => ({ ...f, reason: "Accepted on adoption (DIR/2026/51)." }));
  writeFileSync(join(dir, "entente-baseline.json"), JSON.stringify(b, null, 2));
  assert.equal(git("add", "-A").status, 0);
  assert.equal(git("commit", "-qm", "adopted").status, 0);
  writeFileSync(join(dir, "operations.entente"), readFileSync(join(dir, "operations.entente"), "utf8") + "\nservice ZULU { country: XZ type: intelligence colour: red }\n");
  const r = run(["lint", "--new-since", "HEAD", "--format", "sarif", "--today", "2026-06-30"], dir);
  const results = JSON.parse(r.stdout).runs[0].results as { suppressions?: unknown[]; baselineState?: string }[];
  assert.equal(results.filter((x) => x.suppressions).length, 5);
  assert.ok(results.some((x) => x.baselineState === "new") && results.some((x) => x.baselineState === "unchanged"));
  assert.deepEqual(problems(validate(r.stdout)), []);
});
