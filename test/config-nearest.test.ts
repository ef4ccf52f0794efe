// The nearest entente.json governs each file, alike on the command line and in the editor (nested registers).
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { run } from "./support/cli.js";
import { uriOf, withServer } from "./support/lsp-client.js";
import { tempDir } from "./support/temp.js";

const PARTNERS = `service MIVD { country: NL type: military-intelligence own: yes }
service ALPHA { country: XA type: intelligence }
receipt R-1 { from: ALPHA date: 2026-01-05 }
`;
const NESTED = "receipt R-2 { from: ALPHA date: 2026-01-06 }\n";

/** A register whose folder `sub/` has its own entente.json: Dutch, and receipts unevaluated are warnings there. */
function nestedRegister(): string {
  const dir = tempDir("nested");
  mkdirSync(join(dir, ".git"));
  mkdirSync(join(dir, "sub"));
  mkdirSync(join(dir, "drafts"));
  writeFileSync(join(dir, "entente.json"), JSON.stringify({ exclude: ["drafts/**"] }));
  writeFileSync(join(dir, "sub", "entente.json"), JSON.stringify({ locale: "nl", rules: { "receipt-not-evaluated": "warning" } }));
  writeFileSync(join(dir, "a.entente"), PARTNERS);
  writeFileSync(join(dir, "sub", "b.entente"), NESTED);
  writeFileSync(join(dir, "drafts", "c.entente"), "this is not even valid");
  return dir;
}

test("the command line applies to each file the nearest entente.json above it, and each one's exclusions", () => {
  const dir = nestedRegister();
  const r = run(["lint", ".", "--format", "json", "--today", "2026-06-01"], dir);
  const out = JSON.parse(r.stdout) as { diagnostics: { file: string; rule: string; severity: string; message: string }[]; summary: { files: number } };
  assert.equal(out.summary.files, 2, "drafts/ is excluded by the root's entente.json");
  const a = out.diagnostics.filter((d) => d.file === "a.entente");
  const b = out.diagnostics.filter((d) => d.file === "sub/b.entente");
  assert.deepEqual(a.map((d) => [d.rule, d.severity]), [["receipt-not-evaluated", "info"]]);
  assert.deepEqual(b.map((d) => [d.rule, d.severity]), [["receipt-not-evaluated", "warning"]]);
  assert.match(a[0]!.message, /evaluat/i);
  assert.match(b[0]!.message, /geëvalueerd|beoordeeld/i, "sub/ speaks Dutch");
  // Linting the nested folder alone gives its files the same findings.
  const alone = JSON.parse(run(["lint", "sub", "--format", "json", "--today", "2026-06-01"], dir).stdout) as typeof out;
  assert.deepEqual(alone.diagnostics.filter((d) => d.rule === "receipt-not-evaluated").map((d) => [d.severity, d.message]), b.map((d) => [d.severity, d.message]));
});

test("the editor applies the same configuration to each file as the command line", async () => {
  const dir = nestedRegister();
  const cli = JSON.parse(run(["lint", ".", "--format", "json", "--today", "2026-06-01"], dir).stdout) as { diagnostics: { file: string; rule: string; message: string }[] };
  await withServer(async (s) => {
    await s.initialize(dir, { today: "2026-06-01" });
    for (const file of ["a.entente", "sub/b.entente"]) {
      const p = await s.waitFor(uriOf(join(dir, file)), (x) => x.diagnostics.length > 0);
      assert.deepEqual(p.diagnostics.map((d) => d.message), cli.diagnostics.filter((d) => d.file === file).map((d) => d.message), file);
    }
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(!s.published.some((p) => p.uri.includes("/drafts/")), "the excluded draft is not analysed");
  });
});
