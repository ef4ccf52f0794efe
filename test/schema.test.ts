// Facts the code relies on about the schema table as a whole, beyond what each kind's entry says.
import assert from "node:assert/strict";
import { test } from "node:test";
import { allBlocks, fieldPositions, fieldSpec, KINDS } from "../core/model/schema/index.js";

test("no block has more than 64 fields: the binder marks the fields a block writes in two 32-bit words", () => {
  const blocks = allBlocks();
  assert.ok(blocks.length > KINDS.length, "nested blocks are walked too");
  for (const { key, spec } of blocks) assert.ok(spec.fields.length <= 64, `${key} has ${spec.fields.length} fields (core/model/binder.ts, bindMembers)`);
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
