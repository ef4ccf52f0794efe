// Findings' keys within a file, looked up by a hash of their parts, find what the keys written as JSON find.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { fullKey, keyed, type FindingKey } from "../core/analysis/finding-key.js";
import { KeyIndex, type LocalKeyParts } from "../core/analysis/key-index.js";

type Entry = LocalKeyParts & { count: number; id: number };

/** Keys that differ a little: a rule with arguments that only say what surrounds the finding (duplicate-name's count), presentation arguments, null or odd declarations. */
const key: fc.Arbitrary<LocalKeyParts> = fc.record({
  rule: fc.constantFrom("reliability-missing", "duplicate-name", "unknown-field"),
  declaration: fc.option(fc.constantFrom("disclosure D-1", "service X", "null", "\u0000null", ""), { nil: null }),
  path: fc.constantFrom("", "to", "clause 7/onward", "clause 7"),
  args: fc.dictionary(fc.constantFrom("act", "field", "count", "suggestion", "today", "2", "10"), fc.constantFrom("a", "b", "", "é", '"'), { maxKeys: 3 }),
});

/** What the keys written as strings say (the key a SARIF fingerprint is made from): one entry per key, in first-seen order. */
function byStrings(entries: readonly Entry[]): Map<string, Entry> {
  const m = new Map<string, Entry>();
  for (const e of entries) {
    const k = fullKey({ ...e, file: "f" } as FindingKey);
    const there = m.get(k);
    m.set(k, there ? { ...there, count: there.count + e.count } : e);
  }
  return m;
}

for (const [label, hash] of [["its hash", undefined], ["one hash for every key", () => 7]] as const) {
  test(`a key index finds what keys written as JSON find, merging as they do (${label})`, () => {
    fc.assert(fc.property(fc.array(key, { maxLength: 25 }), fc.array(key, { maxLength: 10 }), (keys, probes) => {
      const entries = keys.map((k, id) => ({ ...k, count: 1, id }));
      const index = new KeyIndex<Entry>(hash);
      for (const e of entries) index.put(e, (there, v) => ({ ...there, count: there.count + v.count }));
      const expected = byStrings(entries);
      assert.deepEqual(index.values().map((e) => [e.id, e.count]), [...expected.values()].map((e) => [e.id, e.count]));
      for (const p of [...probes, ...keys]) {
        assert.equal(index.get(p)?.id, expected.get(fullKey({ ...p, file: "f" } as FindingKey))?.id, JSON.stringify(p));
      }
    }), { numRuns: 500 });
  });
}

/** The key as it was first written, with JSON.stringify over arrays: fingerprints in code scanning and baselines' matching depend on every byte of it. */
function jsonKey(k: FindingKey): string {
  const args = Object.entries(k.args).filter(([name]) => keyed(k.rule, name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([k.file, JSON.stringify([k.rule, k.declaration, k.path, args])]);
}

test("a key written as one string is, byte for byte, the key JSON.stringify writes of its parts", () => {
  const text = fc.string({ unit: "binary", maxLength: 12 });
  const anyKey = fc.record({
    rule: fc.oneof(fc.constantFrom("duplicate-name", "unknown-field"), text),
    file: fc.oneof(fc.constant("a/b.entente"), text),
    declaration: fc.option(text, { nil: null }),
    path: text,
    args: fc.dictionary(fc.oneof(fc.constantFrom("count", "suggestion", "2", "10", "__proto__x"), text), text, { maxKeys: 5 }),
  });
  fc.assert(fc.property(fc.oneof(anyKey, key.map((k) => ({ ...k, file: "f" }))), (k) => {
    assert.equal(fullKey(k as FindingKey), jsonKey(k as FindingKey));
  }), { numRuns: 2000 });
});
