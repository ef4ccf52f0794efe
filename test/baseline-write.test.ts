// A baseline is written in pieces: its text is JSON.stringify's layout of the whole file, sorted, and the pieces reach the disk whole, in UTF-8, whichever way the file is written.
import assert from "node:assert/strict";
import { linkSync, mkdtempSync, readFileSync, statSync, writeFileSync, chmodSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { sortedEntries, type BaselineEntry } from "../core/analysis/baseline-file.js";
import { baselineChunks, BASELINE_VERSION } from "../core/analysis/baseline-layout.js";
import { utf8Batches, writeOrCreateAtomically } from "../core/analysis/write.js";

/** Text of every kind a finding's key may carry: quotes, line breaks, control characters, accents, emoji and lone surrogates. */
const text = fc.string({ unit: fc.oneof(fc.constantFrom('"', "\\", "\n", "\u0000", "é", "€", "😀", "\ud800", "\udc00", "/"), fc.string({ minLength: 1, maxLength: 1 })), maxLength: 12 });
const entry: fc.Arbitrary<BaselineEntry> = fc.record({
  rule: fc.constantFrom("reliability-missing", "duplicate-name", "form-not-permitted"),
  file: fc.constantFrom("a.entente", "x/é.entente", "b/c.entente"),
  declaration: fc.option(fc.constantFrom("disclosure D-1", "service X", "agreement MOU-1"), { nil: null }),
  path: fc.constantFrom("", "to", "clause 7/onward"),
  // Names that are array indices, which a hand-edited file may hold, come first in any object's own order.
  args: fc.dictionary(fc.constantFrom("service", "act", "date", "field", "a b", "2", "10"), text, { maxKeys: 4 }),
  count: fc.integer({ min: 1, max: 4 }),
  reason: fc.option(text, { nil: null }),
});

const joined = (entries: readonly BaselineEntry[]) => [...baselineChunks(sortedEntries(entries))].join("");

test("a baseline written in pieces is JSON.stringify's layout of the whole file, its entries sorted and complete", () => {
  fc.assert(fc.property(fc.array(entry, { maxLength: 8 }), (entries) => {
    const out = joined(entries);
    const parsed = JSON.parse(out) as { version: number; findings: Record<string, unknown>[] };
    assert.equal(out, JSON.stringify(parsed, null, 2) + "\n");
    assert.equal(parsed.version, BASELINE_VERSION);
    assert.equal(parsed.findings.length, entries.length);
    for (const f of parsed.findings) {
      // Keys in the file's order; a count only above one, a reason only when written; arguments sorted by name.
      assert.deepEqual(Object.keys(f), ["file", "declaration", "path", "rule", "args", ...(f.count !== undefined ? ["count"] : []), ...(f.reason !== undefined ? ["reason"] : [])]);
      assert.notEqual(f.count, 1);
      const sorted = Object.keys(f.args as object).sort();
      assert.deepEqual(Object.keys(f.args as object), Object.keys(Object.fromEntries(sorted.map((k) => [k, k]))));
    }
    const order = (f: Record<string, unknown>) => [f.file, f.declaration ?? "", f.path, f.rule] as string[];
    for (let i = 1; i < parsed.findings.length; i++) {
      const [a, b] = [order(parsed.findings[i - 1]!), order(parsed.findings[i]!)];
      const first = a.findIndex((x, k) => x !== b[k]);
      assert.ok(first < 0 || a[first]! < b[first]!, `entries in order: ${JSON.stringify(a)} before ${JSON.stringify(b)}`);
    }
    const asWritten = (e: BaselineEntry) => JSON.stringify([e.file, e.declaration, e.path, e.rule, Object.entries(e.args).sort(), e.count, e.reason]);
    const back = parsed.findings.map((f) => asWritten({ ...(f as unknown as BaselineEntry), count: (f.count as number | undefined) ?? 1, reason: (f.reason as string | undefined) ?? null }));
    assert.deepEqual(back.sort(), entries.map(asWritten).sort());
  }), { numRuns: 300 });
});

test("an empty baseline is JSON.stringify's too", () => {
  assert.equal(joined([]), JSON.stringify({ version: BASELINE_VERSION, findings: [] }, null, 2) + "\n");
});

test("text in pieces, some of them UTF-8 already, becomes the UTF-8 of each piece in order, in batches no larger than asked unless a piece is", () => {
  const piece = fc.oneof(text, text.map((t) => Buffer.from(t, "utf8")));
  fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 4, max: 64 }), (pieces, size) => {
    const bytes = pieces.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : p));
    // Each batch is copied as it comes: the buffer behind it is filled again for the next.
    const batches: Buffer[] = [];
    for (const b of utf8Batches(pieces, size)) batches.push(Buffer.from(b));
    assert.deepEqual(Buffer.concat(batches), Buffer.concat(bytes));
    for (const b of batches) assert.ok(b.length > 0);
    const longest = Math.max(0, ...bytes.map((b) => b.length));
    for (const b of batches) assert.ok(b.length <= Math.max(size, longest), `a batch of ${b.length} bytes`);
  }), { numRuns: 500 });
});

/** Pieces of more than a megabyte in all, with characters of two, three and four bytes, so that they are written in several parts. */
function* pieces(): Generator<string> {
  for (let i = 0; i < 40_000; i++) yield `{"n": ${i}, "t": "é€😀 ${"x".repeat(i % 50)}"}\n`;
}
const whole = [...pieces()].join("");

test("pieces reach the disk whole: a new file, a file written over (its mode kept), and a file with a second name (written in place)", () => {
  const dir = mkdtempSync(join(tmpdir(), "entente-baseline-write-"));
  const fresh = join(dir, "new.json");
  writeOrCreateAtomically(fresh, pieces());
  assert.equal(readFileSync(fresh, "utf8"), whole);

  const existing = join(dir, "old.json");
  writeFileSync(existing, "old");
  chmodSync(existing, 0o640);
  writeOrCreateAtomically(existing, pieces());
  assert.equal(readFileSync(existing, "utf8"), whole);
  assert.equal(statSync(existing).mode & 0o777, 0o640);

  const linked = join(dir, "linked.json");
  const other = join(dir, "other-name.json");
  writeFileSync(linked, "old");
  linkSync(linked, other);
  const inode = statSync(linked).ino;
  writeOrCreateAtomically(linked, pieces());
  assert.equal(readFileSync(linked, "utf8"), whole);
  assert.equal(readFileSync(other, "utf8"), whole, "the file's other name sees the new text");
  assert.equal(statSync(linked).ino, inode);
  assert.deepEqual(readdirSync(dir).sort(), ["linked.json", "new.json", "old.json", "other-name.json"], "no temporary file is left");
});
