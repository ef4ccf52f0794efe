// A lint that shows no related places checks without them: the same findings, with only the detail left out.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { Analysis } from "../core/analysis/analysis.js";
import { projectRoot } from "./support/paths.js";

test("checking without detail gives the same findings, without related places, fixes and inlay texts", () => {
  const analysis = new Analysis({ roots: [join(projectRoot(), "examples", "violations")], today: 20605 });
  analysis.loadAll();
  const full = analysis.checkAll(true);
  const lean = analysis.checkAll(false);
  const all = [...full.values()].flat();
  assert.ok(all.some((d) => d.related.length > 0), "the examples have findings with related places");
  assert.ok(all.some((d) => d.fix !== undefined), "the examples have findings with fixes");
  assert.ok(all.some((d) => d.requires !== undefined), "the examples have findings with inlay texts");
  assert.deepEqual([...lean.keys()], [...full.keys()]);
  for (const [id, diagnostics] of full) {
    const stripped = diagnostics.map(({ related: _r, fix: _f, requires: _q, ...rest }) => ({ ...rest, related: [] }));
    assert.deepEqual(lean.get(id), stripped, id);
  }
});
