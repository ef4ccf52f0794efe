// The formatter on every fixture, example and generated document: a result for every clean file, idempotent, same tree, no comment lost.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import fc from "fast-check";
import { parse } from "../grammar/parse.js";
import { treeShape } from "../grammar/tree-shape.js";
import { format } from "../core/features/format.js";
import { collectFiles } from "../core/analysis/disk.js";
import { validDocument } from "./support/generators.js";
import { examplesRoot, fixtureRoot, projectRoot } from "./support/paths.js";

/** Formats a clean text and checks every promise the formatter makes; returns the formatted text. */
function checkFormat(text: string, name: string): string {
  const tree = parse(text);
  assert.deepEqual(tree.errors, [], `${name} has syntax errors`);
  const once = format(tree);
  assert.ok(once !== undefined, `${name}: the formatter refused a clean file`);
  const again = parse(once);
  assert.deepEqual(again.errors, [], `${name}: the formatted text has syntax errors\n${once}`);
  assert.equal(treeShape(again), treeShape(tree), `${name}: formatting changed the declarations, values or comments`);
  assert.equal(again.comments.length, tree.comments.length, `${name}: a comment was lost`);
  assert.equal(format(again), once, `${name}: formatting twice gives something else`);
  return once;
}

function ententeFiles(dir: string): string[] {
  return collectFiles([dir], () => false).files;
}

describe("formatter", () => {
  it("formats every fixture, example and documentation workspace, idempotently and losing nothing", () => {
    const files = [...ententeFiles(join(fixtureRoot(), "rules")), ...ententeFiles(examplesRoot()), ...ententeFiles(join(projectRoot(), "docs"))];
    assert.ok(files.length > 90, `found ${files.length} files`);
    const notCanonical: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      if (parse(text).errors.length > 0) continue; // fixtures of syntax errors: see the test below
      const out = checkFormat(text, file);
      // Fixtures and annotated violations are laid out for their caret annotations; the examples show drafters the canonical layout.
      if (out !== text && file.startsWith(examplesRoot()) && !file.includes("violations")) notCanonical.push(file);
    }
    assert.deepEqual(notCanonical, [], "the examples are written in the canonical layout");
  });

  it("refuses a file with syntax errors rather than guess", () => {
    assert.equal(format(parse("service A {\n  country: NL\n")), undefined);
    assert.equal(format(parse("service A { country NL }")), undefined);
  });

  it("gives one layout to a messy file, keeping comments where they were", () => {
    const messy = [
      "// Partners.", "", "", "service   ALPHA  \"Alpha\"{country:XA   type: military-intelligence // trailing",
      "", "", "  /* before priority */ priority:primary}", "disclosure D-1 { to: [ALPHA,BRAVO ,] data: [ personal ]",
      "  summary: \"\"\"", "          Two lines,", "            one indented.", "  \"\"\"", "  approval: director /* odd place */ 2026-03-01 \"DIR/1\" // end", "}",
    ].join("\n");
    assert.equal(checkFormat(messy, "messy"), [
      "// Partners.", "", "service ALPHA \"Alpha\" {", "  country: XA", "  type: military-intelligence // trailing", "",
      "  /* before priority */", "  priority: primary", "}", "", "disclosure D-1 {", "  to: [ALPHA, BRAVO]", "  data: [personal]",
      "  summary: \"\"\"", "    Two lines,", "      one indented.", "  \"\"\"", "  approval: director 2026-03-01 \"DIR/1\"", "  /* odd place */", "  // end", "}", "",
    ].join("\n"));
  });

  it("keeps Windows line ends", () => {
    const out = checkFormat("service A {\r\n  country: NL\r\n}\r\n// end\r\n", "crlf");
    assert.ok(!/[^\r]\n/.test(out), JSON.stringify(out));
  });

  it("takes its line ending from outside block comments, so that a file mixing them formats to a fixed point", () => {
    // Found by the fuzzer (seed 682626861): a `\r` before a comment that holds a `\n`.
    for (const text of ["\r/* multi\n984.1*/", "/* a\r\nb */\nservice A {\n  country: NL\n}\n", "/* a\nb */"]) {
      const out = checkFormat(text, JSON.stringify(text));
      assert.equal(format(parse(out)), out, `${JSON.stringify(text)} formats to ${JSON.stringify(out)}, and that again differently`);
    }
    assert.equal(format(parse("\r/* multi\n984.1*/")), "/* multi\n984.1*/\r");
  });

  it("formats generated documents with comments anywhere, idempotently and losing nothing (2,000 runs)", () => {
    const withComments = fc.tuple(validDocument, fc.array(fc.tuple(fc.nat(), fc.constantFrom(" /* c */ ", " // c\n", "\n// d\n", "\n\n")), { maxLength: 6 }))
      .map(([doc, inserts]) => {
        let text = doc;
        for (const [at, what] of inserts) {
          const spaces = [...text.matchAll(/\s/g)].map((m) => m.index!);
          if (spaces.length === 0) break;
          const i = spaces[at % spaces.length]!;
          text = text.slice(0, i) + what + text.slice(i + 1);
        }
        return text;
      });
    fc.assert(fc.property(withComments, (text) => {
      fc.pre(parse(text).errors.length === 0);
      checkFormat(text, JSON.stringify(text));
    }), { numRuns: 2000 });
  });
});
