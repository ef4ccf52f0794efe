// The caret annotation parser and rewriter: pinned messages survive a round trip with every modifier, and the grammar stays unambiguous.
import assert from "node:assert/strict";
import { test } from "node:test";
import { annotationFor, carryPins, pinAnnotation, readAnnotations, rewriteAnnotations, type Expectation } from "./support/annotations.js";

const TRICKY = `'to' takes "ALPHA": write it at 3 to +1:2 above 2: like this`;

test("a pin is everything after the modifiers' ': ', with ':' and quotes in it", () => {
  const text = [
    `disclosure D-1 { to: ALPH }`,
    `//                   ^^^^ error unresolved-reference: ${TRICKY}`,
    `// ^^^^^^^^^^ error unknown-kind at 0: 'disclosure' "x": y`,
    `disclosure D-2 {`,
    `//          ^^^ warning missing-field to +1:1: Spans: two lines.`,
    `}`,
    `//          ^^^ error duplicate-name to +0:12 above 2`,
  ].join("\n");
  assert.deepEqual(readAnnotations(text), [
    { line: 0, column: 21, endLine: 0, endColumn: 25, severity: "error", rule: "unresolved-reference", message: TRICKY },
    { line: 0, column: 0, endLine: 0, endColumn: 10, severity: "error", rule: "unknown-kind", message: `'disclosure' "x": y` },
    { line: 3, column: 12, endLine: 4, endColumn: 1, severity: "warning", rule: "missing-field", message: "Spans: two lines." },
    { line: 3, column: 12, endLine: 3, endColumn: 12, severity: "error", rule: "duplicate-name" },
  ]);
});

test("a comment that starts like an annotation but does not parse is an error, not a silent comment", () => {
  for (const bad of ["//  ^^^ error missing-field : space before the colon", "//  ^^^ error missing-field:no space", "//  ^^^ fatal missing-field", "//  ^^^ error missing-field: "]) {
    assert.throws(() => readAnnotations(`service A {}\n${bad}`), /starts like an annotation/, bad);
  }
});

test("pinned annotations with at, to and above read back as they were written", () => {
  const text = [
    `service A { text: """`,
    `  inside a text block`,
    `""" }`,
    `  disclosure D-1 { to: ALPH summary: "x" }`,
  ].join("\n");
  const expectations: Expectation[] = [
    { line: 0, column: 0, endLine: 0, endColumn: 7, severity: "error", rule: "unknown-kind", message: "At column 0: 'at' needed." },
    { line: 0, column: 18, endLine: 2, endColumn: 3, severity: "warning", rule: "invalid-value", message: TRICKY },
    { line: 1, column: 2, endLine: 1, endColumn: 8, severity: "info", rule: "unknown-field", message: `"inside" is placed above 2` },
    { line: 3, column: 24, endLine: 3, endColumn: 28, severity: "error", rule: "unresolved-reference", message: "ALPH: not declared." },
    { line: 3, column: 2, endLine: 3, endColumn: 12, severity: "error", rule: "duplicate-name" },
  ];
  // Lines 0 and 1 end inside the text block, so their annotations wait below line 2 and say `above`.
  const written = rewriteAnnotations(text, expectations, (i) => i >= 2);
  const lines = written.split("\n");
  assert.match(lines[3]!, / at 0 above 3: At column 0/);
  assert.match(lines[4]!, / to \+2:3 above 3: 'to' takes/);
  assert.match(lines[5]!, / above 2: "inside" is placed above 2$/);
  const byPosition = (a: Expectation, b: Expectation) => a.line - b.line || a.column - b.column;
  // Lines are numbered as in the annotated text, where the three annotations push the disclosure down to line 6.
  const shifted = expectations.map((e) => (e.line === 3 ? { ...e, line: 6, endLine: 6 } : e));
  assert.deepEqual(readAnnotations(written).sort(byPosition), shifted.sort(byPosition));
  assert.equal(rewriteAnnotations(written, readAnnotations(written), (i) => i >= 2), written, "a second rewrite changes nothing");
});

test("pinAnnotation adds a pin after the modifiers or replaces the one there", () => {
  const line = "  //    ^^^ error invalid-value to +2:5 above 3";
  assert.equal(pinAnnotation(line, "New: text."), `${line}: New: text.`);
  assert.equal(pinAnnotation(`${line}: Old: "text".`, "New."), `${line}: New.`);
  assert.throws(() => pinAnnotation("// a comment", "x"), /not an annotation/);
});

test("a message that one line cannot hold is refused rather than written wrong", () => {
  const e: Expectation = { line: 0, column: 2, endLine: 0, endColumn: 4, severity: "error", rule: "syntax-error" };
  assert.equal(annotationFor(e, "a bc"), "//^^ error syntax-error");
  for (const message of ["two\nlines", "", "trailing "]) assert.throws(() => annotationFor({ ...e, message }, "a bc"), /cannot pin/);
});

test("carryPins keeps the actual message only where the same location, severity and rule was pinned", () => {
  const at = (column: number, rule: string, message?: string): Expectation =>
    ({ line: 1, column, endLine: 1, endColumn: column + 3, severity: "error", rule, ...(message === undefined ? {} : { message }) });
  const expected = [at(0, "a", "Old text."), at(0, "b"), at(4, "c", "B text."), at(4, "c"), at(8, "d", "Gone.")];
  const actual = [at(0, "a", "New text."), at(0, "b", "Unpinned."), at(4, "c", "A text."), at(4, "c", "B text."), at(9, "d", "Moved.")];
  assert.deepEqual(carryPins(expected, actual), [at(0, "a", "New text."), at(0, "b"), at(4, "c"), at(4, "c", "B text."), at(9, "d")]);
});
