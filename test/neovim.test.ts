// A second, real language client: headless Neovim (Debian's 0.7) opens an example with violations and must hold exactly its annotated diagnostics.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { readAnnotations } from "./support/annotations.js";
import { examplesRoot, projectRoot } from "./support/paths.js";
import { tempDir } from "./support/temp.js";

const SEVERITY: Record<number, string> = { 1: "error", 2: "warning", 3: "info", 4: "info" };

function neovim(): string | undefined {
  const r = spawnSync("nvim", ["--version"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.split("\n")[0] : undefined;
}

const version = neovim();
// A machine without Neovim cannot run this test: say so loudly; where editors are required (CI) it fails instead.
const missing = version === undefined ? "Neovim (nvim) is not installed: the Neovim client test DID NOT RUN. Install it with 'apt-get install -y neovim'." : undefined;
if (missing && process.env.ENTENTE_REQUIRE_EDITORS !== "1") process.stderr.write(`\n*** ${missing} ***\n\n`);

test("Neovim receives the annotated diagnostics of examples/violations, and hovers", { skip: process.env.ENTENTE_REQUIRE_EDITORS === "1" ? false : missing }, () => {
  assert.ok(version, missing);
  const dir = join(examplesRoot(), "violations");
  const file = join(dir, "disclosures.entente");
  const text = readFileSync(file, "utf8");
  const hoverLine = text.split("\n").findIndex((l) => /^\s+to: SIERRA/.test(l));
  const out = join(tempDir("nvim"), "result.json");
  const r = spawnSync("nvim", ["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", `luafile ${join(projectRoot(), "test", "neovim", "check.lua")}`], {
    encoding: "utf8", timeout: 90_000,
    env: {
      ...process.env, ENTENTE_SERVER: join(projectRoot(), "bin", "entente-language-server.js"), ENTENTE_ROOT: dir, ENTENTE_FILE: file,
      ENTENTE_OUT: out, ENTENTE_TODAY: "2026-06-30", ENTENTE_HOVER_LINE: String(hoverLine), ENTENTE_HOVER_COLUMN: "8",
    },
  });
  assert.equal(r.status, 0, `nvim exited with ${r.status}: ${r.stderr}`);
  const result = JSON.parse(readFileSync(out, "utf8")) as {
    error?: string; started: boolean; received: boolean; hover?: string;
    diagnostics: { line: number; column: number; endLine: number; endColumn: number; severity: number; code: string; source: string; message: string }[];
  };
  assert.equal(result.error, undefined);
  assert.ok(result.started && result.received, JSON.stringify(result));
  const key = (x: { line: number; column: number; endLine: number; endColumn: number; severity: string; rule: string }) =>
    `${x.line + 1}:${x.column + 1}-${x.endLine + 1}:${x.endColumn + 1} ${x.severity} ${x.rule}`;
  const held = result.diagnostics.map((d) => key({ ...d, severity: SEVERITY[d.severity]!, rule: d.code })).sort();
  const expected = readAnnotations(text).map(key).sort();
  assert.ok(expected.length >= 10, `the example has ${expected.length} annotated findings`);
  assert.deepEqual(held, expected);
  assert.ok(result.diagnostics.every((d) => d.source === "entente" && d.message.length > 10));
  assert.match(result.hover ?? "", /SIERRA/);
});
