// The large reports' writing says exactly what JSON.stringify, the decimal digits, GitHub's workflow commands and XML's escapes say, and no batch handed on is written again.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { ByteBatches } from "../cli/formats/bytes.js";
import { githubLines } from "../cli/formats/github.js";
import { xml } from "../cli/formats/junit.js";
import type { Diagnostic } from "../core/model/diagnostic.js";
import { visible } from "../grammar/excerpt.js";
import { piecesText } from "./support/pieces.js";

type Written = { json: string } | { natural: number } | { layout: unknown; depth: number };

/**
 * Writes each value through a fresh writer, taking the full batches after each as the formats do, and every
 * batch after the values `allAfter` picks; returns every batch handed on, all kept to the end.
 */
function written(values: readonly Written[], size: number, allAfter: (i: number) => boolean = () => false): Uint8Array[] {
  const out = new ByteBatches(size);
  const batches: Uint8Array[] = [];
  for (const [i, v] of values.entries()) {
    if ("json" in v) out.json(v.json);
    else if ("natural" in v) out.natural(v.natural);
    else out.layout(v.layout, v.depth);
    batches.push(...(allAfter(i) ? out.all() : out.full()));
  }
  batches.push(...out.all());
  return batches;
}

/** What `JSON.stringify` says of each value, its lines moved `depth` levels in. */
const expected = (values: readonly Written[]) =>
  values.map((v) => ("json" in v ? JSON.stringify(v.json) : "natural" in v ? String(v.natural)
    : JSON.stringify(v.layout, null, 2).replaceAll("\n", `\n${"  ".repeat(v.depth)}`))).join("");

/** Strings of every kind JSON escapes or encodes in more than one byte: quotes, backslashes, controls, lone and paired surrogates. */
const awkward = fc.array(fc.oneof(
  fc.constantFrom('"', "\\", "\n", "\r", "\t", "%", ":", ",", "\u0000", "\u001f", "\u007f", "é", "«", "€", "\u2028", "\ud800", "\udfff", "😀", "a", " "),
  fc.string({ unit: "binary", maxLength: 4 }),
), { maxLength: 12 }).map((parts) => parts.join(""));

/** Plain data as the formats make it: nested lists and objects, numbers of every sort, keys whose value is undefined. */
const data = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" },
    awkward, fc.nat(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(awkward, fc.oneof(tie("value"), fc.constant(undefined)), { maxKeys: 4 })),
})).value;

const writes: fc.Arbitrary<Written> = fc.oneof(
  awkward.map((json) => ({ json })),
  fc.oneof(fc.nat(), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })).map((natural) => ({ natural })),
  fc.record({ layout: data, depth: fc.nat(6) }),
);

test("strings, numbers and plain data are JSON.stringify's text in UTF-8, whole across batches, each batch kept as handed on (2,000 runs)", () => {
  fc.assert(fc.property(fc.array(writes, { maxLength: 30 }), fc.integer({ min: 1, max: 256 }), fc.func(fc.boolean()), (values, size, allAfter) => {
    const batches = written(values, size, allAfter);
    assert.equal(Buffer.concat(batches).toString("utf8"), expected(values));
    assert.ok(batches.every((b) => b.length > 0), "no empty batch is handed on");
  }), { numRuns: 2000 });
});

test("a batch is handed on only when the next write does not fit, so batches fill up to their size", () => {
  const values = Array.from({ length: 1000 }, (_, i) => ({ json: `finding ${i}` }));
  const batches = written(values, 4096);
  assert.equal(Buffer.concat(batches).toString("utf8"), expected(values));
  assert.ok(batches.length >= 3 && batches.length <= 6, `${batches.length} batches`);
  // A write reserves six bytes for each character of its string, so a batch ends at most that far from full.
  for (const b of batches.slice(0, -1)) assert.ok(b.length > 4096 - 6 * "finding 999".length - 2, `a batch of ${b.length} bytes`);
});

/** A finding as the formats see it, with the text of its message and its place. */
const finding = (message: string, rule: string, line: number, severity: Diagnostic["severity"]): Diagnostic => ({
  uri: "x", start: 0, end: 1, rule, severity, message, related: [],
  range: { start: { line, character: 2 }, end: { line: line + 1, character: 0 } },
});

/** A workflow command's data as GitHub reads it: `%`, CR and LF escaped, then what could act on the log made visible. */
const commandData = (s: string) => visible(s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A"));
const commandProperty = (s: string) => commandData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");

test("GitHub annotations written as bytes are the workflow commands, escaped, for any path and message (1,000 runs)", () => {
  const severity = fc.constantFrom<Diagnostic["severity"]>("error", "warning", "info");
  const file = fc.record({ path: awkward, diagnostics: fc.array(fc.tuple(awkward, fc.constantFrom("a-rule", "b:c,d%"), fc.nat(100_000), severity), { maxLength: 5 }) });
  fc.assert(fc.property(fc.array(file, { maxLength: 5 }), (files) => {
    const result = {
      files: files.map((f) => ({ path: f.path, diagnostics: f.diagnostics.map(([m, r, l, s]) => finding(m, r, l, s)) })),
      linted: files.length, errors: 0, warnings: 0, infos: 0,
    };
    const expectedLines = result.files.flatMap((f) => f.diagnostics.map((d) =>
      `::${d.severity === "info" ? "notice" : d.severity} file=${commandProperty(f.path)},line=${d.range.start.line + 1},col=3,`
      + `endLine=${d.range.end.line + 1},endColumn=1,title=${commandProperty(`Entente (${d.rule})`)}::${commandData(d.message)}\n`));
    // Written in UTF-8, a lone surrogate is a replacement character, as it was when the lines were text.
    assert.equal(piecesText(githubLines(result)), Buffer.from(expectedLines.join("")).toString("utf8"));
  }), { numRuns: 1000 });
});

test("JUnit's escaping passes over a text only when it holds nothing XML escapes or cannot hold (2,000 runs)", () => {
  const full = (s: string) => s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "\uFFFD")
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const xmlAwkward = fc.array(fc.oneof(awkward, fc.constantFrom("&", "<", ">", "'", "\u000b", "\u000c", "\ufffe", "\uffff", "\ufffd", "\ud83d\ude00")), { maxLength: 6 }).map((p) => p.join(""));
  fc.assert(fc.property(xmlAwkward, (s) => assert.equal(xml(s), full(s))), { numRuns: 2000 });
});
