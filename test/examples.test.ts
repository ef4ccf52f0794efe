// The bundled examples: examples/ is free of findings, and examples/violations/ fires exactly what its annotations say.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { compare, runFixture, updatedText, workspaceFixture, type Fixture } from "./support/fixtures.js";
import { examplesRoot } from "./support/paths.js";

/** A folder of the examples as a fixture workspace, with its own entente.json (which must be free of problems). */
function exampleFixture(dir: string, today: string, skip: string[] = []): Fixture {
  const { fixture, problems } = workspaceFixture(dir, today, skip);
  assert.deepEqual(problems, []);
  return fixture;
}

test("examples/ is a realistic workspace without a single finding", () => {
  const fx = exampleFixture(examplesRoot(), "2026-12-01", ["violations"]);
  assert.ok(fx.parts.length >= 10);
  const all = [...runFixture(fx).diagnostics.values()].flat();
  assert.deepEqual(all.map((d) => `${d.uri}:${d.range.start.line + 1} ${d.rule}: ${d.message}`), []);
});

test("examples/ holds what the quick start promises", () => {
  const fx = exampleFixture(examplesRoot(), "2026-12-01", ["violations"]);
  const ws = runFixture(fx).workspace;
  const count = (kind: string) => [...ws.files.values()].flatMap((f) => f.decls).filter((d) => d.kind === kind).length;
  assert.ok(count("service") >= 5, "own service and at least four partners");
  assert.ok(count("agreement") >= 3);
  assert.ok(count("disclosure") >= 10);
  for (const kind of ["assessment", "request", "support", "operation", "meeting", "receipt", "liaison"]) assert.ok(count(kind) >= 1, kind);
});

test("examples/violations/ fires exactly the findings annotated in it", () => {
  const dir = join(examplesRoot(), "violations");
  const fx = exampleFixture(dir, "2026-06-30");
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
