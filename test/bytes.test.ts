// A report written as bytes says exactly what JSON.stringify and the decimal digits say, and no batch handed on is written again.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { ByteBatches } from "../cli/formats/bytes.js";

type Written = { json: string } | { natural: number } | { layout: unknown; depth: number };

/**
 * Writes each value through a fresh writer, taking the full batches after each as the formats do, and every
 * batch after the values `allAfter` picks; returns every batch handed on, all kept to the end.
 */
function written(values: readonly Written[], size: number, allAfter: (i: number) => boolean = () => false): Uint8Array[] {
  const out = new ByteBatches(size);
  const batches: Uint8Array[] = [];
  for (const [i, v] of values.entries()) {
    if ("json" in v) out.json(v.json);
    else if ("natural" in v) out.natural(v.natural);
    else out.layout(v.layout, v.depth);
    batches.push(...(allAfter(i) ? out.all() : out.full()));
  }
  batches.push(...out.all());
  return batches;
}

/** What `JSON.stringify` says of each value, its lines moved `depth` levels in. */
const expected = (values: readonly Written[]) =>
  values.map((v) => ("json" in v ? JSON.stringify(v.json) : "natural" in v ? String(v.natural)
    : JSON.stringify(v.layout, null, 2).replaceAll("\n", `\n${"  ".repeat(v.depth)}`))).join("");

/** Strings of every kind JSON escapes or encodes in more than one byte: quotes, backslashes, controls, lone and paired surrogates. */
const awkward = fc.array(fc.oneof(
  fc.constantFrom('"', "\\", "\n", "\t", "\u0000", "\u001f", "\u007f", "é", "«", "€", "\u2028", "\ud800", "\udfff", "😀", "a", " "),
  fc.string({ unit: "binary", maxLength: 4 }),
), { maxLength: 12 }).map((parts) => parts.join(""));

/** Plain data as the formats make it: nested lists and objects, numbers of every sort, keys whose value is undefined. */
const data = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" },
    awkward, fc.nat(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(awkward, fc.oneof(tie("value"), fc.constant(undefined)), { maxKeys: 4 })),
})).value;

const writes: fc.Arbitrary<Written> = fc.oneof(
  awkward.map((json) => ({ json })),
  fc.oneof(fc.nat(), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })).map((natural) => ({ natural })),
  fc.record({ layout: data, depth: fc.nat(6) }),
);

test("strings, numbers and plain data are JSON.stringify's text in UTF-8, whole across batches, each batch kept as handed on (2,000 runs)", () => {
  fc.assert(fc.property(fc.array(writes, { maxLength: 30 }), fc.integer({ min: 1, max: 256 }), fc.func(fc.boolean()), (values, size, allAfter) => {
    const batches = written(values, size, allAfter);
    assert.equal(Buffer.concat(batches).toString("utf8"), expected(values));
    assert.ok(batches.every((b) => b.length > 0), "no empty batch is handed on");
  }), { numRuns: 2000 });
});

test("a batch is handed on only when the next write does not fit, so batches fill up to their size", () => {
  const values = Array.from({ length: 1000 }, (_, i) => ({ json: `finding ${i}` }));
  const batches = written(values, 4096);
  assert.equal(Buffer.concat(batches).toString("utf8"), expected(values));
  assert.ok(batches.length >= 3 && batches.length <= 6, `${batches.length} batches`);
  // A write reserves six bytes for each character of its string, so a batch ends at most that far from full.
  for (const b of batches.slice(0, -1)) assert.ok(b.length > 4096 - 6 * "finding 999".length - 2, `a batch of ${b.length} bytes`);
});
