// Reading a baseline the quick way (JSON.parse, entry by entry where the layout is Entente's) gives exactly the entries the located reading gives, and leaves every problem to it.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { locatedEntries, quickEntries, sortedEntries, wholeEntries, type BaselineEntry } from "../core/analysis/baseline-file.js";
import { baselineChunks, eachEntryAsWritten } from "../core/analysis/baseline-layout.js";

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

/** Valid entries, as a baseline written by Entente holds them. */
const validEntry: fc.Arbitrary<BaselineEntry> = fc.record({
  rule: fc.constantFrom("reliability-missing", "duplicate-name"),
  file: fc.constantFrom("a.entente", "x/é.entente", "../b.entente"),
  declaration: fc.option(fc.constantFrom("disclosure D-1", "service X"), { nil: null }),
  path: fc.constantFrom("", "to", "criteria.trust"),
  args: fc.dictionary(fc.constantFrom("act", "service", "2", "a b"), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
  count: fc.integer({ min: 1, max: 3 }),
  reason: fc.option(fc.string({ maxLength: 8 }), { nil: null }),
});
/** A change of one character, where a layout breaks most easily: spaces, line breaks, commas, brackets, quotes, a no-break space. */
const change = fc.record({ at: fc.nat(), remove: fc.nat(2), insert: fc.constantFrom("", " ", "\n", "\r", "\t", ",", "{", "}", "]", '"', "\u00a0", "x", "\n    }") });

test("a baseline laid out as Entente writes it is read entry by entry; changed anywhere, it is read as a whole parse reads it", () => {
  let whole = 0;
  fc.assert(fc.property(fc.array(validEntry, { maxLength: 5 }), fc.array(change, { maxLength: 2 }), (entries, changes) => {
    const written = [...baselineChunks(sortedEntries(entries))].join("");
    assert.ok(eachEntryAsWritten(written, () => true), "Entente's own layout is read entry by entry");
    assert.deepEqual(quickEntries(written), wholeEntries(written));
    let text = written;
    for (const c of changes) {
      const at = c.at % (text.length + 1);
      text = text.slice(0, at) + c.insert + text.slice(at + c.remove);
    }
    const quick = quickEntries(text);
    assert.deepEqual(quick, wholeEntries(text), text);
    if (quick) assert.deepEqual(quick, locatedEntries("entente-baseline.json", text), text);
    else assert.ok(!Array.isArray(locatedEntries("entente-baseline.json", text)), `a valid baseline was left to the located reading: ${text}`);
    if (!eachEntryAsWritten(text, () => true)) whole++;
  }), { numRuns: 3000 });
  assert.ok(whole > 500, `only ${whole} changed texts were read whole`);
});

test("after a baseline laid out as Entente writes it, only what JSON allows may follow: spaces, tabs and line breaks", () => {
  const entry: BaselineEntry = { rule: "duplicate-name", file: "a.entente", declaration: "service X", path: "", args: {}, count: 1, reason: null };
  for (const entries of [[entry], []]) {
    const written = [...baselineChunks(entries)].join("");
    for (const [text, read] of [[written, true], [written.slice(0, -1), true], [written + " \r\n\t", true], [written + "\u00a0", false], [written + "\ufeff", false], [written + "x", false]] as const) {
      assert.equal(eachEntryAsWritten(text, () => true), read, JSON.stringify(text));
      assert.deepEqual(quickEntries(text), read ? entries : undefined, JSON.stringify(text));
    }
  }
});
