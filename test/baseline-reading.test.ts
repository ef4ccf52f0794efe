// Reading a baseline the quick way (JSON.parse) gives exactly the entries the located reading gives, and leaves every problem to it.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { locatedEntries, quickEntries } from "../core/analysis/baseline-file.js";

/** A value of any JSON type, mostly the right one for an entry's key. */
const anyValue = (right: fc.Arbitrary<unknown>) => fc.oneof({ weight: 40, arbitrary: right }, fc.constant(null), fc.integer({ min: -1, max: 3 }), fc.constant([]), fc.constant({}), fc.boolean());
const args = fc.dictionary(fc.oneof(fc.constantFrom("act", "service", "date", "__proto__", "1", "02", "a b"), fc.string({ maxLength: 4 })), anyValue(fc.string({ maxLength: 6 })), { maxKeys: 4 });
const entry = fc.record({
  rule: anyValue(fc.constantFrom("reliability-missing", "duplicate-name")),
  file: anyValue(fc.constantFrom("a.entente", "x/é.entente")),
  declaration: anyValue(fc.constantFrom("disclosure D-1", "service X")),
  path: anyValue(fc.constantFrom("", "to", "criteria.trust")),
  args: fc.oneof({ weight: 5, arbitrary: args }, anyValue(fc.string())),
  count: anyValue(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double())),
  reason: anyValue(fc.string({ maxLength: 8 })),
}, { requiredKeys: [] });
/** Now and then a key an entry does not have. */
const withStray = <T extends object>(a: fc.Arbitrary<T>) => fc.tuple(a, fc.nat(30)).map(([v, n]) => (n === 0 ? { ...v, stray: 1 } : v));
const baseline = fc.record({
  version: fc.oneof({ weight: 8, arbitrary: fc.constant(1) }, fc.constantFrom(2, "1", 1.0)),
  findings: fc.oneof({ weight: 20, arbitrary: fc.array(withStray(entry), { maxLength: 4 }) }, fc.constant({})),
}, { requiredKeys: ["version"] });

test("on 3,000 generated baselines, the quick reading reads every valid one as the located reading does, and no other", () => {
  let read = 0;
  fc.assert(fc.property(withStray(baseline), fc.constantFrom(0, 2), (value, indent) => {
    const text = JSON.stringify(value, null, indent);
    const quick = quickEntries(text);
    const located = locatedEntries("entente-baseline.json", text);
    if (quick) {
      read++;
      assert.deepEqual(quick, located);
    } else {
      assert.ok(!Array.isArray(located), `a valid baseline was left to the located reading: ${text}`);
    }
  }), { numRuns: 3000 });
  assert.ok(read > 300, `only ${read} baselines were read the quick way`);
});

test("text JSON.parse refuses or a strict reader would not take is left to the located reading", () => {
  for (const text of ['{ "version": 1, "findings": [], }', '// note\n{ "version": 1, "findings": [] }', '{ "version": 1 }', "[]"]) {
    assert.equal(quickEntries(text), undefined, text);
    assert.ok(!Array.isArray(locatedEntries("b.json", text)), text);
  }
});
