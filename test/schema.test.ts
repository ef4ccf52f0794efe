// Facts the code relies on about the schema table as a whole, beyond what each kind's entry says.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fieldPositions, fieldSpec, KINDS, type BlockSpec } from "../core/model/schema/index.js";

/** Every block of the schema: the kinds and, within them, their nested blocks at any depth. */
function allBlocks(): { path: string; spec: BlockSpec }[] {
  const out: { path: string; spec: BlockSpec }[] = [];
  const walk = (spec: BlockSpec, path: string, seen: Set<BlockSpec>) => {
    if (seen.has(spec)) return;
    seen.add(spec);
    out.push({ path, spec });
    for (const b of spec.blocks) walk(b, `${path} > ${b.name}`, seen);
  };
  for (const k of KINDS) walk(k, k.name, new Set());
  return out;
}

test("no block has more than 64 fields: the binder marks the fields a block writes in two 32-bit words", () => {
  const blocks = allBlocks();
  assert.ok(blocks.length > KINDS.length, "nested blocks are walked too");
  for (const { path, spec } of blocks) assert.ok(spec.fields.length <= 64, `${path} has ${spec.fields.length} fields (core/model/binder.ts, bindMembers)`);
});

test("a field's position names the field fieldSpec gives, and a name the block does not have has none", () => {
  for (const { spec } of allBlocks()) {
    const positions = fieldPositions(spec);
    assert.equal(positions.size, spec.fields.length, "field names are unique within a block");
    spec.fields.forEach((f, i) => {
      assert.equal(positions.get(f.name), i);
      assert.equal(fieldSpec(spec, f.name), f);
    });
    assert.equal(positions.get("no-such-field"), undefined);
    assert.equal(fieldSpec(spec, "no-such-field"), undefined);
  }
});
