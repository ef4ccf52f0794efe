// Re-parsing what an edit changed (its declaration, or the text between two) gives exactly the tree a parse of the whole text gives, or declines.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { parse } from "../grammar/parse.js";
import { reparse } from "../grammar/reparse.js";
import type { SyntaxTree } from "../grammar/syntax-tree.js";
import { mutate, mutation, validDocument, type Mutation } from "./support/generators.js";

/** What a tree holds, without its line index (built lazily, so two equal trees may differ in it). */
const content = (t: SyntaxTree) => ({ declarations: t.declarations, comments: t.comments, errors: t.errors, text: t.text });

/** A keystroke: one letter, digit, space or line break typed anywhere (most of what an editor sends). */
const keystroke = fc.tuple(fc.nat(), fc.constant(0), fc.constantFrom("a", "Z", "7", " ", "-", "\n"), fc.constant(1)) as fc.Arbitrary<Mutation>;

const splice = (text: string, at: number, cut: number, insert: string) => text.slice(0, at) + insert + text.slice(at + cut);

test("a chain of random edits re-parsed one declaration at a time equals a parse of each text (2,000 runs)", () => {
  let reparsed = 0;
  let edits = 0;
  fc.assert(fc.property(validDocument, fc.array(fc.oneof(mutation, keystroke), { minLength: 1, maxLength: 6 }), (doc, steps) => {
    let tree = parse(doc);
    for (const step of steps) {
      const text = mutate(tree.text, step);
      const whole = parse(text);
      const fresh = reparse(tree, text)?.tree;
      edits++;
      if (fresh) {
        reparsed++;
        assert.deepEqual(content(fresh), content(whole), `after ${JSON.stringify(step)} of ${JSON.stringify(tree.text)}`);
        assert.equal(fresh.lines.lineCount, whole.lines.lineCount);
      }
      tree = fresh ?? whole;
    }
  }), { numRuns: 2000 });
  // The property must exercise re-parsing, not only the cases where it declines.
  console.log(`${reparsed} of ${edits} edits re-parsed`);
  assert.ok(reparsed > edits / 8, `only ${reparsed} of ${edits} edits were re-parsed`);
});

const doc = [
  "// the register",
  "service ALPHA { country: XA type: intelligence }",
  "",
  "disclosure D-1 {",
  "  to: ALPHA // the partner",
  '  summary: "Two names"',
  "}",
  "/* between */",
  "disclosure D-2 { to: ALPHA summary: \"after\" }",
  "",
].join("\n");

test("typing inside a declaration re-parses it and moves the declarations and comments after it", () => {
  const at = doc.indexOf('names"') + 6;
  const text = splice(doc, at, 0, '\n  purpose: "more"');
  const fresh = reparse(parse(doc), text)?.tree;
  assert.ok(fresh);
  assert.deepEqual(content(fresh), content(parse(text)));
  assert.equal(fresh.declarations[2]!.label!.text, "D-2");
  assert.equal(text.slice(fresh.declarations[2]!.label!.start, fresh.declarations[2]!.label!.end), "D-2");
  assert.equal(text.slice(fresh.comments[2]!.start, fresh.comments[2]!.end), "/* between */");
});

test("a comment written inside a declaration is found, one removed is gone", () => {
  const at = doc.indexOf("  summary");
  const added = splice(doc, at, 0, "  // checked\n");
  const one = reparse(parse(doc), added)?.tree;
  assert.ok(one);
  assert.deepEqual(one.comments.map((c) => c.text), [" the register", " the partner", " checked", " between "]);
  const removed = reparse(parse(doc), doc.replace(" // the partner", ""))?.tree;
  assert.ok(removed);
  assert.deepEqual(removed.comments.map((c) => c.text), [" the register", " between "]);
});

test("it declines where only a whole parse can be sure, and widens the span where the edit reaches past it", () => {
  const inline = "service A { country: XA type: intelligence }  service B { country: XB type: intelligence }\n";
  const cases: [string, string, string, "declines" | "reads"][] = [
    ["on a closing brace", doc, splice(doc, doc.indexOf("}\n/*"), 1, ""), "declines"],
    ["an edit that leaves a block open", doc, splice(doc, doc.indexOf("  summary"), 0, "  criteria {\n"), "declines"],
    ["an edit that opens a comment past the declaration", doc, splice(doc, doc.indexOf("summary"), 0, "/* "), "declines"],
    ["an edit that opens a text block past the declaration", doc, splice(doc, doc.indexOf('"Two'), 0, '"""'), "declines"],
    ["no change", doc, doc, "declines"],
    ["an edit that splits a declaration in two", doc, splice(doc, doc.indexOf("  summary"), 0, "}\nservice C {"), "reads"],
    ["a name between declarations, which the next one continues", doc, splice(doc, doc.indexOf("/* between"), 0, "service\n"), "reads"],
    ["a line comment that hides the declaration after it on its line", inline, splice(inline, inline.indexOf(" service B"), 0, "//"), "reads"],
  ];
  for (const [what, before, text, expected] of cases) {
    const fresh = reparse(parse(before), text);
    if (expected === "declines") assert.equal(fresh, undefined, what);
    else {
      assert.ok(fresh, what);
      assert.deepEqual(content(fresh.tree), content(parse(text)), what);
    }
  }
  assert.equal(parse(cases[7]![2]).declarations.length, 1, "in the whole text the comment hides B");
  const broken = parse(doc.replace("type: intelligence", "type:"));
  assert.ok(broken.errors.length > 0);
  assert.equal(reparse(broken, broken.text.replace("Two", "Three")), undefined, "a text that had errors");
});

test("an error inside the declaration is read by the grammar, as a whole parse reads it, and typing on mends it", () => {
  const at = doc.indexOf("  summary");
  const broken = splice(doc, at, 0, "  purpose:\n");
  const one = reparse(parse(doc), broken);
  assert.ok(one);
  assert.deepEqual(content(one.tree), content(parse(broken)));
  assert.deepEqual(one.tree.errors.map((e) => e.id), ["expected-value"]);
  const mended = splice(broken, at + "  purpose:".length, 0, ' "liaison"');
  const two = reparse(one.tree, mended);
  assert.ok(two);
  assert.deepEqual(content(two.tree), content(parse(mended)));
  assert.deepEqual(two.tree.errors, []);
});

test("between declarations, the text from the one before to the one after is parsed again: one written, one deleted, one renamed", () => {
  const cases: [string, string, number][] = [
    ["a declaration written between two", splice(doc, doc.indexOf("/* between"), 0, "service B { country: XB type: intelligence }\n"), 4],
    ["one written at the end", doc + "meeting M-1 { with: ALPHA date: 2026-01-02 }\n", 4],
    ["one still being written at the end", doc + "meeting M-1 { with: ALPHA date: }\n", 4],
    ["a declaration deleted", doc.slice(0, doc.indexOf("disclosure D-1")) + doc.slice(doc.indexOf("/* between")), 2],
    ["a keyword changed at its first letter", splice(doc, doc.indexOf("disclosure D-1"), 1, "D"), 3],
  ];
  for (const [what, text, count] of cases) {
    const fresh = reparse(parse(doc), text);
    assert.ok(fresh, what);
    assert.deepEqual(content(fresh.tree), content(parse(text)), what);
    assert.equal(fresh.tree.declarations.length, count, what);
  }
});

test("a file that starts with a byte-order mark keeps its offsets", () => {
  const bom = "\uFEFF" + doc;
  const text = bom.replace("Two", "Three");
  const fresh = reparse(parse(bom), text)?.tree;
  assert.ok(fresh);
  assert.deepEqual(content(fresh), content(parse(text)));
});
