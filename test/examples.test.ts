// The bundled examples: examples/ is free of findings, and examples/violations/ fires exactly what its annotations say.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import { parseConfig } from "../core/model/config.js";
import { parseDate } from "../core/model/dates.js";
import { RULES_BY_ID } from "../core/rules/catalogue.js";
import { compare, runFixture, updatedText, type Fixture } from "./support/fixtures.js";
import { examplesRoot } from "./support/paths.js";

function files(dir: string, skip: string[] = []): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() && !skip.includes(e.name)) out.push(...files(p, skip));
    else if (e.isFile() && e.name.endsWith(".entente")) out.push(p);
  }
  return out.sort();
}

/** A folder of the examples as a fixture workspace, with its own entente.json. */
function workspaceFixture(dir: string, today: string, skip: string[] = []): Fixture {
  const { config, problems } = parseConfig(readFileSync(join(dir, "entente.json"), "utf8"), RULES_BY_ID);
  assert.deepEqual(problems, []);
  const day = parseDate(today);
  if (typeof day === "string") throw new Error(today);
  return { path: dir, today: day.day, config, parts: files(dir, skip).map((p) => ({ name: relative(dir, p), text: readFileSync(p, "utf8") })) };
}

test("examples/ is a realistic workspace without a single finding", () => {
  const fx = workspaceFixture(examplesRoot(), "2026-12-01", ["violations"]);
  assert.ok(fx.parts.length >= 10);
  const all = [...runFixture(fx).diagnostics.values()].flat();
  assert.deepEqual(all.map((d) => `${d.uri}:${d.range.start.line + 1} ${d.rule}: ${d.message}`), []);
});

test("examples/ holds what the quick start promises", () => {
  const fx = workspaceFixture(examplesRoot(), "2026-12-01", ["violations"]);
  const ws = runFixture(fx).workspace;
  const count = (kind: string) => [...ws.files.values()].flatMap((f) => f.decls).filter((d) => d.kind === kind).length;
  assert.ok(count("service") >= 5, "own service and at least four partners");
  assert.ok(count("agreement") >= 3);
  assert.ok(count("disclosure") >= 10);
  for (const kind of ["assessment", "request", "support", "operation", "meeting", "receipt", "liaison"]) assert.ok(count(kind) >= 1, kind);
});

test("examples/violations/ fires exactly the findings annotated in it", () => {
  const dir = join(examplesRoot(), "violations");
  const fx = workspaceFixture(dir, "2026-06-30");
  const run = runFixture(fx);
  const { expected, actual } = compare(fx, run);
  if (process.env.UPDATE === "1" && expected.join("\n") !== actual.join("\n")) {
    for (const p of fx.parts) writeFileSync(join(dir, p.name), updatedText({ ...fx, parts: [p] }, run));
    return;
  }
  assert.deepEqual(actual, expected);
  const fired = new Set(actual.map((a) => a.split(" ").pop()));
  assert.ok(fired.size >= 40, `violations demonstrate ${fired.size} rules`);
});
