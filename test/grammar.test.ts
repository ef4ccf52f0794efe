// Grammar tests: the tree, values, ranges and comments, error recovery, and the fast path's agreement with the grammar.
import assert from "node:assert/strict";
import { test } from "node:test";
import { syntaxMessage, syntaxMessageIds } from "../grammar/messages.js";
import { parse } from "../grammar/parse.js";
import { firstValue, itemAtoms, itemEnd, itemStart, valuesOf, type Atom, type Block, type Field, type ListValue, type SyntaxTree } from "../grammar/syntax-tree.js";

const field = (b: Block, name: string) => b.members.find((m): m is Field => m.type === "field" && m.name === name)!;
const atoms = (f: Field) => valuesOf(f).map((v) => (v.kind === "list" ? v.items.map((i) => itemAtoms(i).map((a) => a.text).join(" ")) : v.text));
const ids = (t: SyntaxTree) => t.errors.map((e) => e.id);
const slice = (t: SyntaxTree, r: { start: number; end: number }) => t.text.slice(r.start, r.end);

test("parses a service, an agreement with a clause in a text block, and a disclosure without errors", () => {
  const t = parse(`service ALPHA "Alphaland DIA" {
  country: XA
  type: military-intelligence
}
agreement MOU-ALPHA-2025 "MoU" {
  parties: [MIVD, ALPHA]
  signed: 2025-06-01
  clause 7 "Onward disclosure" {
    concerns: third-party-rule
    text: """
      Information provided under this Memorandum shall not be disclosed
        to a third party without consent.
    """
  }
}
disclosure D-2026-014 { approval: director 2026-03-02 "DIR/2026/044" reliability: B2 }
`);
  assert.deepEqual(t.errors, []);
  assert.deepEqual(t.declarations.map((d) => `${d.keyword.text} ${d.label?.text} ${d.title?.text ?? ""}`), [
    "service ALPHA Alphaland DIA", "agreement MOU-ALPHA-2025 MoU", "disclosure D-2026-014 ",
  ]);
  const agreement = t.declarations[1]!;
  assert.deepEqual(atoms(field(agreement, "parties")), [["MIVD", "ALPHA"]]);
  const clause = agreement.members.find((m): m is Block => m.type === "block")!;
  assert.equal(clause.label?.kind, "number");
  assert.equal(clause.label?.text, "7");
  assert.equal(firstValue(field(clause, "text"))!.kind, "text");
  assert.equal((firstValue(field(clause, "text")) as Atom).text,
    "Information provided under this Memorandum shall not be disclosed\n  to a third party without consent.");
  const approval = field(t.declarations[2]!, "approval");
  assert.deepEqual(valuesOf(approval).map((v) => v.kind), ["ident", "date", "string"]);
  assert.deepEqual(atoms(field(t.declarations[2]!, "reliability")), ["B2"]);
});

test("every node's range covers exactly its text", () => {
  const t = parse(`service ALPHA "Title" {\n  country: XA\n  list: [a b, c]\n}\n`);
  const d = t.declarations[0]!;
  assert.equal(slice(t, d), `service ALPHA "Title" {\n  country: XA\n  list: [a b, c]\n}`);
  assert.equal(slice(t, d.keyword), "service");
  assert.equal(slice(t, d.title!), `"Title"`);
  const list = field(d, "list");
  assert.equal(slice(t, list), "list: [a b, c]");
  const lv = firstValue(list) as ListValue;
  assert.equal(slice(t, lv), "[a b, c]");
  assert.equal(slice(t, { start: itemStart(lv.items[0]!), end: itemEnd(lv.items[0]!) }), "a b");
  // An entry of one atom is held as that atom, on both paths.
  assert.equal(slice(t, lv.items[1] as Atom), "c");
  assert.equal(t.text[d.open], "{");
  assert.equal(t.text[d.close], "}");
});

test("strings decode their escapes; bad escapes are errors that keep the text", () => {
  const t = parse(`x X { s: "a\\"b\\\\c\\nd\\te\\u{1F600}" bad: "q\\qr" u: "\\u{D800}" }`);
  const d = t.declarations[0]!;
  assert.equal((firstValue(field(d, "s")) as Atom).text, 'a"b\\c\nd\te\u{1F600}');
  assert.equal((firstValue(field(d, "bad")) as Atom).text, "qqr");
  assert.deepEqual(ids(t), ["invalid-escape", "invalid-unicode-escape"]);
});

test("a backslash before a lone surrogate is one bad escape of two code units, even at the end of the text", () => {
  // Found by the property test in CI: the escape took the surrogate's missing partner and ended past the text.
  const atEnd = `x X { s: "a\\\uD800`;
  const t = parse(atEnd);
  const bad = t.errors.find((e) => e.id === "invalid-escape")!;
  assert.deepEqual([bad.start, bad.end], [atEnd.length - 2, atEnd.length]);
  assert.ok(t.declarations.every((d) => d.end <= atEnd.length));
  const inside = parse(`x X { s: "\\\uD800b" t: "\\\uD83D\uDE00" }`);
  assert.deepEqual(inside.errors.map((e) => slice(inside, e)), ["\\\uD800", "\\\uD83D\uDE00"]);
  assert.equal((firstValue(field(inside.declarations[0]!, "s")) as Atom).text, "\uD800b");
});

test("a lone surrogate outside a string is one unknown character, and the name after it is still read", () => {
  const t = parse(`\uD800service A { }`);
  assert.deepEqual(t.errors.map((e) => [e.start, e.end]), [[0, 1]]);
  assert.equal(t.declarations[0]?.keyword.text, "service");
});

test("text blocks drop the blank first and last line and the common indentation", () => {
  const t = parse(`x X {\n  a: """\n      one\n        two\n\n      three\n    """\n  b: """inline"""\n  c: """\n  """\n}`);
  const d = t.declarations[0]!;
  assert.equal((firstValue(field(d, "a")) as Atom).text, "one\n  two\n\nthree");
  assert.equal((firstValue(field(d, "b")) as Atom).text, "inline");
  assert.equal((firstValue(field(d, "c")) as Atom).text, "");
  assert.deepEqual(t.errors, []);
});

test("dates, numbers and names are told apart", () => {
  const t = parse(`x X { a: 2026-03-02 b: 4.2 c: D-2026-014 d: 2026-3-2 e: 7 }`);
  const kinds = t.declarations[0]!.members.map((m) => (firstValue(m as Field) as Atom).kind);
  assert.deepEqual(kinds, ["date", "number", "ident", "date", "number"]);
});

test("comments are kept with their ranges, and do not disturb the tree", () => {
  const t = parse(`// top\nservice A { /* inside */ type: x // after\n}\n`);
  assert.deepEqual(t.comments.map((c) => [c.text, c.block]), [[" top", false], [" inside ", true], [" after", false]]);
  assert.equal(slice(t, t.comments[1]!), "/* inside */");
  assert.equal(t.declarations.length, 1);
  assert.deepEqual(t.errors, []);
});

test("a field's values end where the next member starts", () => {
  const t = parse(`x X {\n  approval: director 2026-03-02 "DIR"\n  next: value\n  clause 7 "T" { a: b }\n  concerns: c\n  source S1 { }\n}`);
  const d = t.declarations[0]!;
  assert.deepEqual(d.members.map((m) => (m.type === "field" ? m.name : `block ${m.keyword.text}`)),
    ["approval", "next", "block clause", "concerns", "block source"]);
  assert.deepEqual(atoms(field(d, "approval")), ["director", "2026-03-02", "DIR"]);
  assert.deepEqual(t.errors, []);
});

test("keywords are contextual: 'service' is a kind at the top and a field inside", () => {
  const t = parse(`assessment A { service: ALPHA }\nservice ALPHA { }`);
  assert.equal(field(t.declarations[0]!, "service").name, "service");
  assert.equal(t.declarations[1]!.keyword.text, "service");
  assert.deepEqual(t.errors, []);
});

test("recovery: a missing ':' is reported with the field's name, and the value is kept", () => {
  const t = parse(`disclosure D { to ALPHA\n date: 2026-01-01 }`);
  assert.deepEqual(ids(t), ["expected-colon"]);
  assert.equal(syntaxMessage(t.errors[0]!), "Expected ':' after the field name 'to'.");
  assert.deepEqual(atoms(field(t.declarations[0]!, "to")), ["ALPHA"]);
  assert.deepEqual(atoms(field(t.declarations[0]!, "date")), ["2026-01-01"]);
});

test("recovery: an unclosed block ends at the next declaration at its column", () => {
  const t = parse(`service A {\n  type: x\n\nservice B {\n  type: y\n}\n`);
  assert.deepEqual(t.declarations.map((d) => d.label?.text), ["A", "B"]);
  assert.deepEqual(ids(t), ["expected-close-brace"]);
  assert.equal(syntaxMessage(t.errors[0]!), "Expected '}' to close the block 'service A' opened on line 1.");
  assert.equal(t.declarations[1]!.members.length, 1);
});

test("balanced files at column 0 are not split: the boundary heuristic needs a missing '}'", () => {
  const t = parse(`operation O {\nsource S1 {\ntasked: 2026-01-01\n}\n}\n`);
  assert.deepEqual(t.errors, []);
  assert.equal(t.declarations.length, 1);
  assert.equal((t.declarations[0]!.members[0] as Block).keyword.text, "source");
});

test("recovery: a list without ']' stops at the next field", () => {
  const t = parse(`d D {\n  data: [general, personal\n  recorded: yes\n}`);
  assert.deepEqual(ids(t), ["expected-close-bracket"]);
  assert.deepEqual(atoms(field(t.declarations[0]!, "data")), [["general", "personal"]]);
  assert.deepEqual(atoms(field(t.declarations[0]!, "recorded")), ["yes"]);
});

test("recovery: a declaration still being typed keeps its kind and name", () => {
  const t = parse(`service ALPHA\nserv`);
  assert.deepEqual(t.declarations.map((d) => [d.keyword.text, d.label?.text ?? null]), [["service", "ALPHA"], ["serv", null]]);
  assert.deepEqual(ids(t), ["expected-open-brace", "expected-name", "expected-open-brace"]);
});

test("recovery: stray tokens, a stray '}' and fields outside a declaration are each one error", () => {
  const t = parse(`} type: x\nservice A { "loose" ; country: XA }`);
  assert.deepEqual(ids(t), ["unexpected-close-brace", "field-outside-block", "unexpected-token", "unexpected-character"]);
  assert.deepEqual(atoms(field(t.declarations[0]!, "country")), ["XA"]);
});

test("an unterminated title before '{' still opens the block", () => {
  const t = parse(`disclosure D-1 "Travel pattern {\n  to: ALPHA\n}\n`);
  assert.deepEqual(ids(t), ["unterminated-string"]);
  assert.equal(t.declarations[0]!.title?.text, "Travel pattern");
  assert.deepEqual(atoms(field(t.declarations[0]!, "to")), ["ALPHA"]);
});

test("columns are counted in UTF-16 code units, as LSP does", () => {
  const t = parse(`x X { a: "😀é" b: c }`);
  const b = field(t.declarations[0]!, "b");
  // x X { a: "😀é" — the emoji is two code units, so 'b' is at 15 (14 if code points were counted).
  assert.deepEqual(t.lines.positionAt(b.start), { line: 0, character: 15 });
});

test("every syntax message exists in English and Dutch and reads as a sentence", () => {
  const args = { found: "Ident", image: "x", name: "n", kind: "k", header: "h", line: "1", char: "'x'", escape: "\\q", max: "32", count: "3", offset: "4", detail: "d" };
  for (const id of syntaxMessageIds) {
    const en = syntaxMessage({ id, args }, "en");
    const nl = syntaxMessage({ id, args }, "nl");
    assert.notEqual(en, nl, id);
    for (const m of [en, nl]) {
      assert.match(m, /^[A-Z'"]/, `${id}: ${m}`);
      assert.match(m, /[.?]$/, `${id}: ${m}`);
      assert.doesNotMatch(m, /undefined|\$\{/, `${id}: ${m}`);
    }
  }
});

test("right after ':', a name followed by a block is the field's value: `service: ALPHA` then `criteria {`", () => {
  const t = parse(`assessment A {\n  service: ALPHA\n  criteria { human-rights: met "x" }\n  status: signed\n  source S1 { }\n}`);
  assert.deepEqual(t.errors, []);
  const d = t.declarations[0]!;
  assert.deepEqual(d.members.map((m) => (m.type === "field" ? `${m.name}=${atoms(m).join(" ")}` : `block ${m.keyword.text} ${m.label?.text ?? ""}`)),
    ["service=ALPHA", "block criteria ", "status=signed", "block source S1"]);
});

test("a field whose value is still missing does not swallow the block after it", () => {
  const t = parse(`agreement A {\n  kind:\n  clause 7 "Scope" { concerns: scope }\n  form:\n  criteria { }\n}`);
  assert.deepEqual(ids(t), ["expected-value", "expected-value"]);
  assert.deepEqual(t.declarations[0]!.members.map((m) => (m.type === "field" ? m.name : `block ${m.keyword.text}`)),
    ["kind", "block clause", "form", "block criteria"]);
});
