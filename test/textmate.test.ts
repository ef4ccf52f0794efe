// The generated TextMate grammar, run by the engine VS Code itself uses (vscode-textmate with Oniguruma).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import oniguruma from "vscode-oniguruma";
import textmate from "vscode-textmate";
import { collectFiles } from "../core/analysis/disk.js";
import { KINDS } from "../core/model/schema/index.js";
import { examplesRoot, fixtureRoot, projectRoot } from "./support/paths.js";

const require = createRequire(import.meta.url);
let grammar: textmate.IGrammar;

before(async () => {
  const wasm = readFileSync(join(require.resolve("vscode-oniguruma"), "..", "onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async () => textmate.parseRawGrammar(readFileSync(join(projectRoot(), "dist", "entente.tmLanguage.json"), "utf8"), "entente.tmLanguage.json"),
  });
  const g = await registry.loadGrammar("source.entente");
  assert.ok(g, "the grammar loads");
  grammar = g;
});

interface Token { text: string; scopes: string[] }

/** Tokenizes lines in order, carrying the state across lines as an editor does. */
function tokenize(text: string): Token[][] {
  let state = textmate.INITIAL;
  return text.split("\n").map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The innermost scope of the first token with this text on a line. */
function scopeOf(line: Token[], text: string): string {
  const t = line.find((x) => x.text === text);
  assert.ok(t, `no token "${text}" in ${JSON.stringify(line.map((x) => x.text))}`);
  return t.scopes[t.scopes.length - 1]!;
}

describe("TextMate grammar", () => {
  it("colours each part of a declaration", () => {
    const lines = tokenize([
      "// entente-ignore: trust-depth, onward-restriction -- Director accepted it, DIR/2026/51.",
      'disclosure D-2026-020 "Report \\"Alpha\\" \\q" {',
      "  to: [ALPHA, BRAVO]",
      "  date: 2026-03-02",
      "  approval: director 2026-03-01 \"DIR/12\"",
      "  onward: none",
      "  recorded: yes",
      "  clause 4.2 \"Onward disclosure\" {",
      '    text: """',
      "      service ALPHA { is not a declaration here }",
      '    """',
      "  }",
      "  /* a block",
      "     comment */ form: written",
      "}",
    ].join("\n"));
    assert.equal(scopeOf(lines[0]!, "entente-ignore"), "keyword.control.directive.entente");
    assert.equal(scopeOf(lines[0]!, "trust-depth, onward-restriction"), "constant.other.rule.entente");
    assert.equal(scopeOf(lines[1]!, "disclosure"), "keyword.other.declaration.entente");
    assert.equal(scopeOf(lines[1]!, "D-2026-020"), "entity.name.type.entente");
    assert.equal(scopeOf(lines[1]!, '\\"'), "constant.character.escape.entente");
    assert.equal(scopeOf(lines[1]!, "\\q"), "invalid.illegal.escape.entente");
    assert.equal(scopeOf(lines[2]!, "to"), "variable.other.property.entente");
    assert.equal(scopeOf(lines[2]!, "ALPHA"), "variable.other.constant.entente");
    assert.equal(scopeOf(lines[3]!, "2026-03-02"), "constant.other.date.entente");
    assert.equal(scopeOf(lines[4]!, "director"), "support.constant.entente");
    assert.equal(scopeOf(lines[5]!, "none"), "constant.language.entente");
    assert.equal(scopeOf(lines[6]!, "yes"), "constant.language.entente");
    assert.equal(scopeOf(lines[7]!, "clause"), "keyword.other.block.entente");
    assert.equal(scopeOf(lines[7]!, "4.2"), "constant.numeric.entente");
    assert.ok(lines[9]!.filter((t) => t.text.trim()).every((t) => t.scopes.includes("string.quoted.triple.entente")), "a text block's lines are all text");
    assert.ok(lines[12]!.filter((t) => t.text.trim()).every((t) => t.scopes.includes("comment.block.entente")));
    assert.equal(scopeOf(lines[13]!, "form"), "variable.other.property.entente");
  });

  it("does not take an identifier inside a longer name for a value", () => {
    const [line] = tokenize("  investigation: own-task-force-director");
    assert.ok(!line!.some((t) => t.scopes.includes("support.constant.entente")), JSON.stringify(line));
  });

  it("knows every declaration kind of the schema", () => {
    for (const k of KINDS) assert.equal(scopeOf(tokenize(`${k.name} X {`)[0]!, k.name), "keyword.other.declaration.entente", k.name);
  });

  it("marks the first word of every declaration in the examples and fixtures, and nothing there as invalid", () => {
    const files = [...collectFiles([examplesRoot()], () => false).files, ...collectFiles([join(fixtureRoot(), "rules")], () => false).files];
    assert.ok(files.length > 80, `found ${files.length} files`);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const lines = tokenize(text);
      text.split("\n").forEach((src, i) => {
        const m = new RegExp(`^(${KINDS.map((k) => k.name).join("|")}) [A-Za-z_]`).exec(src);
        if (m) assert.equal(lines[i]![0]!.scopes.at(-1), "keyword.other.declaration.entente", `${file}:${i + 1}`);
        const bad = lines[i]!.find((t) => t.scopes.some((s) => s.startsWith("invalid")));
        if (bad && !src.includes("\\")) assert.fail(`${file}:${i + 1}: "${bad.text}" marked invalid`);
      });
    }
  });
});
