// Bad input: every malformed file gets diagnostics, never an exception or a hang.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { syntaxMessage } from "../grammar/messages.js";
import { LineIndex } from "../grammar/line-index.js";
import { parse } from "../grammar/parse.js";
import { firstValue, MAX_DEPTH, type Atom, type Field } from "../grammar/syntax-tree.js";
import { DEFAULT_CONFIG } from "../core/model/config.js";
import { decode } from "../core/model/source.js";
import { readSource } from "../core/analysis/disk.js";
import { Workspace } from "../core/model/workspace.js";
import { checkFile } from "../core/rules/run.js";

const ids = (text: string) => parse(text).errors.map((e) => e.id);

function lintText(text: string, readError?: ReturnType<typeof decode>["readError"]) {
  const ws = new Workspace();
  const file = ws.setFile("bad.entente", text, readError);
  return checkFile(ws, file, { config: DEFAULT_CONFIG, today: 20600, locale: "en" }).diagnostics;
}

test("invalid UTF-8 is reported at the first bad byte, and the rest of the file is still checked", () => {
  const bytes = Buffer.concat([Buffer.from("service MIVD { country: NL type: military-intelligence own: yes }\nservice A { country: XA type: "), Buffer.from([0xc3, 0x28]), Buffer.from(" }\nservice B { type: bogus country: XB }\n")]);
  const { text, readError } = decode(bytes);
  assert.ok(readError);
  assert.equal(readError.args.offset, "96");
  const diags = lintText(text, readError);
  const utf8 = diags.find((d) => d.message.includes("not valid UTF-8"))!;
  assert.equal(utf8.rule, "syntax-error");
  assert.deepEqual(utf8.range.start, { line: 1, character: 30 });
  assert.ok(diags.some((d) => d.rule === "invalid-value" && d.range.start.line === 2), "the line after the bad bytes is still checked");
});

test("valid UTF-8 with a byte-order mark decodes without it", () => {
  const { text, readError } = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("service A { type: x }")]));
  assert.equal(readError, undefined);
  assert.equal(text, "service A { type: x }");
});

test("a byte-order mark at the start of the text is not content; elsewhere it is an error", () => {
  assert.deepEqual(ids("\uFEFFservice A { type: x }"), []);
  const t = parse("service A {\uFEFF type: x }");
  assert.deepEqual(t.errors.map((e) => e.id), ["unexpected-character"]);
  assert.match(syntaxMessage(t.errors[0]!), /byte-order mark \(U\+FEFF\)/);
});

test("NUL bytes: one error per run, named, and parsing goes on", () => {
  const t = parse("service A {\0\0\0 type: x }\nservice B { type:\0 y }");
  assert.deepEqual(t.errors.map((e) => [e.id, e.end - e.start]), [["unexpected-character", 3], ["unexpected-character", 1]]);
  assert.match(syntaxMessage(t.errors[0]!), /NUL \(U\+0000\)/);
  assert.equal(t.declarations.length, 2);
});

test("unterminated string, text block and comment: one error each, at the opening", () => {
  const s = parse(`service A { title: "never closed\n type: x }`);
  assert.deepEqual(s.errors.map((e) => e.id), ["unterminated-string"]);
  assert.equal(s.declarations[0]!.members.length, 2, "the next line is parsed again");
  const tb = parse(`service A { text: """\n   runs to the end`);
  assert.deepEqual(tb.errors.map((e) => [e.id, e.start]), [["unterminated-text-block", 18], ["expected-close-brace", tb.text.length]]);
  assert.equal(tb.declarations[0]!.end, tb.text.length, "the unclosed block runs to the end of its content");
  const c = parse(`service A { type: x }\n/* never closed\nservice B { }`);
  assert.deepEqual(c.errors.map((e) => e.id), ["unterminated-comment"]);
  assert.equal(c.declarations.length, 1);
});

test("10,000-deep nesting is cut off with one error and no stack overflow", () => {
  const deep = "service A {\n" + "b {\n".repeat(10_000) + "}\n".repeat(10_000) + "}\nservice C { type: x }\n";
  const t = parse(deep);
  assert.deepEqual(t.errors.map((e) => e.id), ["nesting-too-deep"]);
  assert.match(syntaxMessage(t.errors[0]!), new RegExp(`more than ${MAX_DEPTH} levels`));
  assert.deepEqual(t.declarations.map((d) => d.label?.text), ["A", "C"], "parsing continues after the deep block");
  const braces = parse("{".repeat(10_000) + "[".repeat(10_000));
  assert.ok(braces.errors.length > 0 && braces.errors.length <= 101);
  assert.doesNotThrow(() => lintText(deep));
});

test("CRLF, lone CR and mixed line endings give the same lines and columns as LF", () => {
  for (const eol of ["\r\n", "\r", "\n"]) {
    const text = `service A {${eol}  type: x${eol}  bad: 2026-02-30${eol}}${eol}`;
    const t = parse(text);
    const bad = t.declarations[0]!.members[1] as Field;
    assert.deepEqual(t.lines.positionAt((firstValue(bad) as Atom).start), { line: 2, character: 7 }, JSON.stringify(eol));
  }
  const mixed = parse("service A {\r\n  a: \"\"\"\r\n    one\n    two\r  \"\"\"\n}\r\nservice B { }");
  assert.deepEqual(mixed.errors, []);
  assert.equal((firstValue(mixed.declarations[0]!.members[0] as Field) as Atom).text, "one\ntwo");
  assert.equal(mixed.lines.lineCount, 7);
});

test("lines start where a regular expression for \\n, \\r\\n and a lone \\r says, with or without a \\r in the text", () => {
  // Texts without \r take a quicker path (indexOf); both paths must agree with the definition.
  const piece = fc.constantFrom("a", "é", " ", "\n", "\r", "\r\n", "\n\n", "\ud83d\ude00");
  fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
    const text = pieces.join("");
    const expected = [0];
    for (const m of text.matchAll(/\r\n|\r|\n/g)) expected.push(m.index! + m[0].length);
    assert.deepEqual(new LineIndex(text).lineStarts, expected);
  }), { numRuns: 2000 });
});

test("too many syntax errors are summarised after the first hundred", () => {
  const t = parse("service A { " + "; ".repeat(500) + "}");
  assert.equal(t.errors.length, 101);
  assert.equal(t.errors[100]!.id, "too-many-errors");
  assert.equal(t.errors[100]!.args.count, "400");
});

test("a 50 MB file with an error near its end is parsed completely", () => {
  const unit = `disclosure D-{n} "Title" {\n  to: ALPHA\n  date: 2026-03-02\n  data: [general]\n  summary: "Some text about a vessel."\n}\n`;
  const parts: string[] = [];
  let size = 0;
  for (let n = 0; size < 50_000_000; n++) {
    const p = unit.replace("{n}", String(n));
    parts.push(p);
    size += p.length;
  }
  parts.push("service B { type: }\n");
  const text = parts.join("");
  const t = parse(text);
  assert.equal(t.declarations.length, parts.length);
  assert.deepEqual(t.errors.map((e) => e.id), ["expected-value"]);
  assert.equal(t.lines.positionAt(t.errors[0]!.start).line, t.lines.lineCount - 2);
});

test("reading a file from disk gives what decoding its bytes gives: text, byte-order mark and the first bad byte", () => {
  const dir = mkdtempSync(join(tmpdir(), "entente-read-"));
  try {
    const file = join(dir, "a.entente");
    const same = (bytes: Uint8Array) => {
      writeFileSync(file, bytes);
      assert.deepEqual(readSource(file), decode(bytes));
    };
    // The two ways readSource takes: text without U+FFFD in one call, and the bytes again when it holds one.
    same(Buffer.from("service A { type: x }"));
    same(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("service A { type: x }")]));
    same(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("service A { title: \"\uFFFD written as such\" }")]));
    same(Buffer.concat([Buffer.from("service A { title: \""), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from("\" }")]));
    same(Buffer.from([0xef, 0xbb]));
    same(new Uint8Array());
    const utf8ish = fc.oneof(fc.uint8Array({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 20 }).map((s) => Buffer.from(s)));
    fc.assert(fc.property(fc.array(utf8ish, { maxLength: 4 }), (parts) => same(Buffer.concat(parts))), { numRuns: 300 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
