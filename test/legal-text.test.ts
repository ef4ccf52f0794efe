// The legal text of a clause as paragraphs and lists: blank lines, wrapped lines, the four kinds of marker, nesting, and what is not a list.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { ListBlock } from "../core/features/render/document.js";
import { textBlocks } from "../core/features/render/legal-text.js";

test("a blank line separates paragraphs; a wrapped line joins its paragraph", () => {
  assert.deepEqual(textBlocks("The Participants exchange\nintelligence.\n\nEach keeps a log."), [
    { type: "paragraph", text: "The Participants exchange intelligence." },
    { type: "paragraph", text: "Each keeps a log." },
  ]);
});

test("bullets, numbers, letters and roman numerals make lists; an introducing line stays a paragraph", () => {
  const blocks = textBlocks("The Parties shall:\n(a) keep a log;\n(b) destroy what is not\n    needed; and\n(c) report.\n\n- one\n* two\n\n3. third\n4. fourth\n\n(i) first\n(ii) second");
  assert.equal(blocks[0]!.type, "paragraph");
  const [letters, bullets, numbers, roman] = blocks.slice(1) as ListBlock[];
  assert.deepEqual([letters!.style, letters!.start, letters!.items.map((i) => i.label)], ["alpha", 1, ["(a)", "(b)", "(c)"]]);
  assert.equal(letters!.items[1]!.text, "destroy what is not needed; and", "a wrapped item joins");
  assert.deepEqual(bullets!.items.map((i) => i.text), ["one", "two"]);
  assert.deepEqual([numbers!.style, numbers!.start, numbers!.consecutive], ["decimal", 3, true]);
  assert.deepEqual([roman!.style, roman!.items.map((i) => i.label)], ["roman", ["(i)", "(ii)"]]);
});

test("indented items nest under the item above; a paragraph after the list ends it", () => {
  const blocks = textBlocks("1. Either Participant may:\n   (a) ask; or\n   (b) refuse.\n2. Nothing else.\nClosing words.");
  const top = blocks[0] as ListBlock;
  assert.deepEqual(top.items.map((i) => i.label), ["1.", "2."]);
  const nested = top.items[0]!.children[0] as ListBlock;
  assert.deepEqual([nested.style, nested.items.map((i) => i.text)], ["alpha", ["ask; or", "refuse."]]);
  assert.equal(top.items[1]!.text, "Nothing else. Closing words.", "a line without a marker continues the item until a blank line");
  const after = textBlocks("1. One.\n\nClosing words.");
  assert.deepEqual(after[1], { type: "paragraph", text: "Closing words." });
});

test("numbers that skip are kept as written; what only looks like a marker is text", () => {
  const skip = textBlocks("1. one\n2. two\n5. five")[0] as ListBlock;
  assert.equal(skip.consecutive, false);
  assert.deepEqual(textBlocks("2026 was the year.\n-5 degrees.\n(see annex 1) below."), [{ type: "paragraph", text: "2026 was the year. -5 degrees. (see annex 1) below." }]);
  assert.deepEqual(textBlocks(""), []);
  assert.deepEqual(textBlocks("  \n\n  "), []);
});
