// Property tests: on 11,000 generated, mutated and random inputs the parser never throws, every range lies in the
// document, the fast path and the grammar agree, and binding and the rules run without failing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { parse } from "../grammar/parse.js";
import { itemAtoms, itemEnd, itemStart, keyEnd, valuesOf, type Block, type SyntaxTree, type Value } from "../grammar/syntax-tree.js";
import { DEFAULT_CONFIG } from "../core/model/config.js";
import { Workspace } from "../core/model/workspace.js";
import { checkFile } from "../core/rules/run.js";
import { mutatedDocument, noise, validDocument } from "./support/generators.js";

/**
 * Every range in a tree; a key's carries the name the tree gives it, which must be the text there. Each is
 * read through `start` and `end`, not copied from its node: a node need not keep its end as its own property.
 */
function ranges(t: SyntaxTree): { start: number; end: number; what: string; name?: string }[] {
  const out: { start: number; end: number; what: string; name?: string }[] = [];
  const add = (n: { start: number; end: number }, what: string) => out.push({ start: n.start, end: n.end, what });
  const value = (v: Value) => {
    add(v, "value");
    if (v.kind === "list") {
      for (const i of v.items) { out.push({ start: itemStart(i), end: itemEnd(i), what: "item" }); for (const a of itemAtoms(i)) add(a, "atom"); }
    }
  };
  const block = (b: Block) => {
    add(b, "block");
    add(b.keyword, "keyword");
    if (b.label) add(b.label, "label");
    if (b.title) add(b.title, "title");
    for (const m of b.members) {
      if (m.type === "block") block(m);
      else { add(m, "field"); out.push({ start: m.start, end: keyEnd(m), what: "key", name: m.name }); valuesOf(m).forEach(value); }
    }
  };
  t.declarations.forEach(block);
  for (const c of t.comments) add(c, "comment");
  for (const e of t.errors) add(e, `error ${e.id}`);
  return out;
}

/** Every key written in the tree, at any depth. */
function keysOf(t: SyntaxTree): Set<string> {
  const keys = new Set<string>();
  const block = (b: Block): void => {
    for (const m of b.members) if (m.type === "block") block(m); else keys.add(m.name);
  };
  t.declarations.forEach(block);
  return keys;
}

/**
 * Which fields a skimming parse is asked to build in these tests: about half of the keys the text writes, by
 * their names, and beside each a name one character shorter and one longer, which must build nothing of their own.
 */
function someFields(whole: SyntaxTree): (keyword: string) => string[] {
  const names = [...keysOf(whole)].flatMap((k) => [k, k.slice(0, -1), `${k}x`]);
  return (keyword) => names.filter((name) => (keyword.length + name.length) % 2 === 0);
}

/**
 * A parse that builds only some fields (`ParseOptions.fields`) finds the same declarations, places and errors as
 * the whole parse; each declaration holds just the fields asked for, or, once the fast path has given up (never
 * for `wellFormed` text), every member, as the grammar builds them.
 */
function checkSkim(text: string, whole: SyntaxTree, wellFormed: boolean): void {
  const fields = someFields(whole);
  const skim = parse(text, { fields });
  assert.deepEqual(skim.errors, whole.errors, "a skimming parse reports different errors");
  const head = (b: Block) => ({ ...b, members: [] });
  assert.deepEqual(skim.declarations.map(head), whole.declarations.map(head), "a skimming parse finds different declarations");
  let past = false;
  skim.declarations.forEach((b, i) => {
    const all = whole.declarations[i]!.members;
    const some = all.filter((m) => m.type === "field" && fields(b.keyword.text).includes(m.name));
    const skimmed = isDeepStrictEqual(b.members, some);
    assert.ok(skimmed || (!wellFormed && isDeepStrictEqual(b.members, all)), `declaration ${i} holds neither the fields asked for nor every member`);
    if (!skimmed) past = true;
    else assert.ok(!past || isDeepStrictEqual(b.members, all), `declaration ${i} is skimmed after one that was not`);
  });
}

/** The invariants every input must keep; returns the tree for further checks. */
function checkInvariants(text: string, wellFormed = false): SyntaxTree {
  const t = parse(text);
  for (const r of ranges(t)) {
    assert.ok(r.start >= 0 && r.start <= r.end && r.end <= text.length, `${r.what} [${r.start}, ${r.end}) outside 0..${text.length}`);
    if (r.what === "key") assert.equal(text.slice(r.start, r.end), r.name, "a key's name is not its text");
  }
  assert.ok(!t.errors.some((e) => e.id === "internal-error" || e.id === "parser-exception"), JSON.stringify(t.errors));
  const g = parse(text, { grammarOnly: true });
  assert.deepEqual(t.errors, g.errors, "the fast path and the grammar report different errors");
  assert.deepEqual(t.declarations, g.declarations, "the fast path and the grammar build different trees");
  checkSkim(text, t, wellFormed);
  const ws = new Workspace();
  const file = ws.setFile("p.entente", text);
  checkFile(ws, file, { config: DEFAULT_CONFIG, today: 20600, locale: "en" });
  return t;
}

test("well-formed documents parse without errors, identically on both paths (3,000 runs)", () => {
  fc.assert(fc.property(validDocument, (text) => {
    const t = checkInvariants(text, true);
    assert.deepEqual(t.errors, [], text);
  }), { numRuns: 3000 });
});

test("mutated documents never make the parser throw or leave the document (5,000 runs)", () => {
  fc.assert(fc.property(mutatedDocument, (text) => void checkInvariants(text)), { numRuns: 5000 });
});

test("random text never makes the parser throw or leave the document (3,000 runs)", () => {
  fc.assert(fc.property(noise, (text) => void checkInvariants(text)), { numRuns: 3000 });
});
