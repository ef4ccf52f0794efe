// Inputs of a million characters of one hostile kind each, through parse, check, format and every editor feature: nothing throws or leaves the document.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { MAX_SYNTAX_ERRORS } from "../grammar/error-list.js";
import { parse } from "../grammar/parse.js";
import { Analysis } from "../core/analysis/analysis.js";
import { exercise, probeOffsets } from "./support/exercise.js";

const N = 1_000_000;
const OWN = "service MIVD { country: NL type: military-intelligence own: yes }\n";

/** `unit` repeated until the text holds (about) N characters. */
const fill = (unit: string, n = N) => unit.repeat(Math.ceil(n / unit.length));

/** Every ASCII punctuation character, alone, a million times. */
const PUNCTUATION = [..."!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"];

/** The other hostile shapes, by what they are. */
const SHAPES: Record<string, () => string> = {
  "a string opened and never closed": () => `service A "` + fill("x"),
  "a very long string": () => `service A "${fill("x")}" { type: x }\n`,
  "a very long string value with escapes": () => `service A { title: "${fill("\\u{41}\\n")}" }\n`,
  "a text block opened and never closed": () => `service A { text: """\n` + fill("    a line\n"),
  "a very long text block": () => `service A { text: """\n${fill("    a line of text\n")}  """ }\n`,
  "runs of text-block quotes": () => fill('"""\n'),
  "a block comment opened and never closed": () => "/*" + fill("x"),
  "runs of block-comment openers": () => fill("/*"),
  "a line comment of a million characters": () => "//" + fill("x") + "\n" + OWN,
  "a million lines of line comments": () => fill("//\n"),
  "tiny nested blocks": () => fill("a{"),
  "tiny nested blocks with labels": () => fill("a b {"),
  "tiny nested blocks inside a declaration": () => "service A {\n" + fill("b { "),
  "tiny blocks side by side": () => fill("a{}"),
  "tiny nested blocks, closed": () => fill("a{", N / 2) + fill("}", N / 2),
  "a very long identifier as a name": () => `service ${fill("A")} { type: intelligence country: XA }\n`,
  "a very long identifier as a keyword": () => `${fill("k")} A { }\n`,
  "a very long field name and value": () => `service A { ${fill("f")}: ${fill("v")} }\n`,
  "100,000 one-line declarations": () => OWN + Array.from({ length: 100_000 }, (_, i) => `service S${i} { country: XA type: intelligence }\n`).join(""),
  "100,000 declarations of one name": () => OWN + fill("service ECHO { country: XE type: intelligence }\n", 100_000 * 49),
  "100,000 references to one service": () => OWN + "service ECHO { country: XE type: intelligence }\n" + Array.from({ length: 100_000 }, (_, i) => `meeting M${i} { with: ECHO date: 2026-01-01 }\n`).join(""),
  "10,000 copies of a service and 10,000 acts with it": () => OWN + fill("service ECHO { country: XE type: intelligence }\n", N / 2) + fill("meeting M { with: ECHO date: 2026-01-01 }\n", N / 2),
  "deep lists": () => "service A { x: " + fill("["),
  "deep lists with items": () => "service A { x: " + fill("[a, "),
  "a list of a million characters": () => `service A { x: [${fill("a, ")}b] }\n`,
  "a million field separators": () => "service A { x: " + fill(":"),
  "a million line breaks, LF": () => fill("\n") + OWN,
  "a million line breaks, CR only": () => OWN.replace(/\n/g, "\r") + fill("\r"),
  "a million NUL characters": () => fill("\0"),
  "a million lone surrogates": () => fill("\uD800"),
  "a million byte-order marks": () => fill("\uFEFF"),
  "a million invalid escapes": () => `service A { title: "${fill("\\q")}" }\n`,
  "a million dates": () => "service A { x: " + fill("2026-02-30 "),
  "a million numbers": () => "service A { x: " + fill("4. "),
  "a million suppression comments": () => fill("// entente-ignore: syntax-error\n") + OWN,
};

function run(text: string): void {
  const tree = parse(text);
  assert.ok(tree.errors.length <= MAX_SYNTAX_ERRORS + 1, `${tree.errors.length} errors kept`);
  const analysis = new Analysis({ roots: [], pathOf: () => undefined, today: 20600 });
  analysis.setFile("own.entente", OWN);
  analysis.setFile("hostile.entente", text);
  const { diagnostics } = exercise(analysis, "hostile.entente", probeOffsets(text.length));
  const syntax = diagnostics.filter((d) => d.rule === "syntax-error");
  assert.ok(syntax.length <= MAX_SYNTAX_ERRORS + 1, `${syntax.length} syntax findings`);
  assert.ok(!diagnostics.some((d) => /internal error/i.test(d.message)), "no internal error");
  // The other file of the workspace is still checked (a hostile file must not take the rest down).
  exercise(analysis, "own.entente", [0, 8]);
}

describe("a million characters of one punctuation character", () => {
  for (const c of PUNCTUATION) test(`${JSON.stringify(c)} × 1,000,000`, () => run(fill(c)));
});

describe("a million characters of a hostile shape", () => {
  for (const [name, make] of Object.entries(SHAPES)) {
    test(name, () => {
      const text = make();
      assert.ok(text.length >= N * 0.99 || name.startsWith("100,000"), `the input holds ${text.length} characters`);
      run(text);
    });
  }
});

test("the error list keeps the first errors by position, and says how many more there are", () => {
  const t = parse(fill("}"));
  assert.equal(t.errors.length, MAX_SYNTAX_ERRORS + 1);
  const starts = t.errors.slice(0, MAX_SYNTAX_ERRORS).map((e) => e.start);
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b), "in position order");
  assert.equal(starts[0], 0, "the first error is the first one in the file");
  const last = t.errors[MAX_SYNTAX_ERRORS]!;
  assert.equal(last.id, "too-many-errors");
  assert.ok(Number(last.args.count) > 0);
});
