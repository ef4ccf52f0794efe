// The record of which files' checks read which dependency keys: what an edit sends back to be checked.
import assert from "node:assert/strict";
import { test } from "node:test";
import { Dependencies } from "../core/analysis/dependencies.js";

const sorted = (s: Set<string>) => [...s].sort();

test("a key leads to every file whose last check read it, and only while that check stands", () => {
  const d = new Dependencies();
  d.record("a", new Set(["n:X", "s:S"]));
  d.record("b", new Set(["n:X"]));
  d.record("c", new Set(["n:Y"]));
  assert.deepEqual(sorted(d.affected(["n:X"])), ["a", "b"]);
  assert.deepEqual(sorted(d.affected(["s:S", "n:Y", "n:Z"])), ["a", "c"]);
  // A new check of a file replaces what its previous one read.
  d.record("a", new Set(["n:Y"]));
  assert.deepEqual(sorted(d.affected(["n:X"])), ["b"]);
  assert.deepEqual(sorted(d.affected(["s:S"])), []);
  assert.deepEqual(sorted(d.affected(["n:Y"])), ["a", "c"]);
  // Checked twice with the same keys, a file is still named once, and forgotten once.
  d.record("b", new Set(["n:Y", "n:X"]));
  d.record("b", new Set(["n:Y", "n:X"]));
  assert.deepEqual(sorted(d.affected(["n:Y", "n:X"])), ["a", "b", "c"]);
  d.forget("b");
  d.forget("b");
  assert.deepEqual(sorted(d.affected(["n:Y", "n:X"])), ["a", "c"]);
  d.forget("a");
  d.forget("c");
  assert.deepEqual(sorted(d.affected(["n:X", "n:Y", "s:S"])), []);
});

test("the files of a key shrink back to one and to none as checks change", () => {
  const d = new Dependencies();
  for (const id of ["a", "b", "c"]) d.record(id, new Set(["k"]));
  d.forget("a");
  d.forget("c");
  assert.deepEqual(sorted(d.affected(["k"])), ["b"]);
  d.record("a", new Set(["k"]));
  assert.deepEqual(sorted(d.affected(["k"])), ["a", "b"]);
  d.record("b", new Set());
  d.record("a", new Set());
  assert.deepEqual(sorted(d.affected(["k"])), []);
  d.record("c", new Set(["k"]));
  assert.deepEqual(sorted(d.affected(["k"])), ["c"]);
});
