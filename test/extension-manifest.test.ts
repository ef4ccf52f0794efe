// The VS Code extension's manifest and generated contributions: files exist, texts are translated, snippets parse, the package is lean.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { parse } from "../grammar/parse.js";
import { DEFAULT_CONFIG } from "../core/model/config.js";
import { KINDS } from "../core/model/schema/index.js";
import { RULE_IDS } from "../core/rules/catalogue.js";
import { declarationSnippet } from "../core/features/snippets.js";
import { COMMANDS } from "../protocol/protocol.js";
import { projectRoot } from "./support/paths.js";

const root = projectRoot();
const read = (p: string) => readFileSync(join(root, p), "utf8");
const manifest = JSON.parse(read("package.json"));
const contributes = manifest.contributes;

/** A snippet as a drafter sees it after accepting every default: placeholders become their text, choices their first option. */
function expand(body: string): string {
  let s = body.replace(/\$\{CURRENT_YEAR\}-\$\{CURRENT_MONTH\}-\$\{CURRENT_DATE\}/g, "2026-11-29");
  for (let prev = ""; prev !== s;) {
    prev = s;
    s = s.replace(/\$\{\d+:((?:[^{}\\]|\\.)*)\}/g, "$1").replace(/\$\{\d+\|((?:[^,|\\]|\\.)*)[^}]*\|\}/g, "$1");
  }
  return s.replace(/\$\d+/g, "").replace(/\\([$}\\,|])/g, "$1");
}

describe("extension manifest", () => {
  it("points at files that exist after the build", () => {
    const paths = [manifest.main, manifest.l10n, ...contributes.languages.map((l: { configuration: string }) => l.configuration),
      ...contributes.grammars.map((g: { path: string }) => g.path), ...contributes.snippets.map((s: { path: string }) => s.path),
      ...contributes.jsonValidation.map((j: { url: string }) => j.url)];
    for (const p of paths) assert.ok(existsSync(join(root, p)), `${p} is missing`);
    assert.deepEqual(contributes.languages[0].extensions, [".entente"]);
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
  });

  it("translates every text it shows into English and Dutch", () => {
    const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    assert.ok(keys.length >= 8, `found ${keys.length} texts`);
    for (const file of ["package.nls.json", "package.nls.nl.json"]) {
      const texts = JSON.parse(read(file));
      for (const k of keys) assert.ok(typeof texts[k] === "string" && texts[k].length > 0, `${file} lacks ${k}`);
      assert.deepEqual(Object.keys(texts).sort(), [...new Set(keys)].sort(), `${file} has exactly the manifest's texts`);
    }
  });

  it("declares exactly the commands the extension registers", () => {
    const sources = readdirSync(join(root, "client")).filter((f) => f.endsWith(".ts")).map((f) => read(join("client", f))).join("\n");
    const registered = [...sources.matchAll(/registerCommand\(COMMANDS\.(\w+)/g)].map((m) => COMMANDS[m[1] as keyof typeof COMMANDS]).sort();
    assert.deepEqual(registered, Object.values(COMMANDS).sort(), "the client registers every command of the protocol file, by its name there");
    assert.deepEqual(contributes.commands.map((c: { command: string }) => c.command).sort(), registered);
  });

  it("puts the document preview on the title bar of .entente files, with an icon the package ships", () => {
    const files = execFileSync(process.execPath, [join(root, "node_modules", "@vscode", "vsce", "vsce"), "ls", "--no-dependencies"], { cwd: root, encoding: "utf8" }).trim().split("\n");
    const preview = contributes.commands.find((c: { command: string }) => c.command === COMMANDS.previewDocument);
    for (const icon of Object.values(preview.icon as Record<string, string>)) {
      assert.ok(existsSync(join(root, icon)), `${icon} is missing`);
      assert.ok(files.includes(icon.replace(/^\.\//, "")), `${icon} is not packaged`);
    }
    const title = contributes.menus["editor/title"].find((m: { command: string }) => m.command === COMMANDS.previewDocument);
    assert.equal(title.when, "editorLangId == entente");
    assert.equal(title.group, "navigation", "a button, not an entry of the '…' menu");
    for (const f of ["DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSans.ttf", "NotoEmoji-Regular.woff", "LICENSE-DejaVu.txt", "LICENSE-NotoEmoji.txt"]) {
      assert.ok(files.includes(`dist/fonts/${f}`), `the PDF font file ${f} is not packaged`);
    }
  });

  it("offers the settings the server reads, with the defaults of entente.json", () => {
    const props = contributes.configuration.properties;
    assert.equal(props["entente.reviewIntervalMonths"].default, DEFAULT_CONFIG.reviewIntervalMonths);
    assert.deepEqual(props["entente.locale"].enum, ["auto", "en", "nl"]);
    assert.deepEqual(props["entente.rules"].additionalProperties.enum, ["error", "warning", "info", "off"]);
  });

  it("ships a snippet per kind whose defaults form a declaration without syntax errors", () => {
    const snippets = JSON.parse(read("dist/entente.snippets.json"));
    assert.deepEqual(Object.keys(snippets).sort(), KINDS.map((k) => k.name).sort());
    for (const [name, s] of Object.entries(snippets) as [string, { body: string[] }][]) {
      const text = expand(s.body.join("\n"));
      assert.doesNotMatch(text, /\$/, `${name}: a placeholder is left in\n${text}`);
      assert.deepEqual(parse(text).errors, [], `${name}:\n${text}`);
    }
    for (const k of KINDS) assert.deepEqual(parse(expand(declarationSnippet(k, "2026-11-29"))).errors, [], `completion snippet ${k.name}`);
  });

  it("describes every configurable rule in the schema of entente.json", () => {
    const schema = JSON.parse(read("dist/entente.schema.json"));
    const ids = Object.keys(schema.properties.rules.properties);
    assert.deepEqual(ids.sort(), [...RULE_IDS].filter((id) => id !== "config-error").sort());
    assert.deepEqual(schema.properties.rules.properties["syntax-error"].enum, ["error", "warning", "info"], "syntax errors cannot be switched off");
  });

  it("packages only what the extension loads: no node_modules, no sources, every rule page", () => {
    const vsce = join(root, "node_modules", "@vscode", "vsce", "vsce");
    const files = execFileSync(process.execPath, [vsce, "ls", "--no-dependencies"], { cwd: root, encoding: "utf8" }).trim().split("\n");
    assert.ok(!files.some((f) => f.includes("node_modules")), files.join("\n"));
    assert.ok(!files.some((f) => f.endsWith(".ts") || f.startsWith("test/") || f.startsWith("examples/")), files.join("\n"));
    for (const f of ["dist/client.cjs", "dist/server.cjs", "dist/grammar.cjs", "dist/docx.cjs", "dist/pdf.cjs", "dist/entente.tmLanguage.json", "package.nls.nl.json"]) assert.ok(files.includes(f), `${f} is not packaged`);
    for (const id of RULE_IDS) assert.ok(files.includes(`docs/rules/${id}.md`), `the page of ${id} is not packaged`);
    for (const f of ["docs/language.md", "docs/language.nl.md"]) assert.ok(files.includes(f), `${f}, which the rule pages link to, is not packaged`);
  });
});
