// Runs one editor feature of the core on a feature fixture and writes its result as the readable text of the expected files.
import { pathToFileURL } from "node:url";
import type { Locale } from "../../grammar/messages.js";
import type { FileModel } from "../../core/model/bound.js";
import { complete } from "../../core/features/completion.js";
import { codeLenses, inlayHints } from "../../core/features/hints.js";
import { hover } from "../../core/features/hover.js";
import { definition, references, rename, type Span } from "../../core/features/navigation.js";
import { documentSymbols, foldingRanges, workspaceSymbols, type Symbol } from "../../core/features/outline.js";
import { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from "../../core/features/tokens.js";
import { applyEdits } from "../../core/rules/edits.js";
import { projectRoot } from "./paths.js";
import { cursorOf, requiredOption, type FeatureCase, type Feature } from "./feature-fixtures.js";

/** `line:col`, 1-based, of an offset. */
function at(file: FileModel, offset: number): string {
  const p = file.tree.lines.positionAt(offset);
  return `${p.line + 1}:${p.character + 1}`;
}

function range(file: FileModel, start: number, end: number): string {
  return `${at(file, start)}-${at(file, end)}`;
}

/** A place as a line: where, and the text there (so that a reader need not count columns). */
function place(s: Span): string {
  return `${s.file.uri}:${range(s.file, s.start, s.end)} ${s.file.tree.text.slice(s.start, s.end)}`;
}

/** The text of a 1-based line, without its indentation. */
function lineText(file: FileModel, line: number): string {
  const starts = file.tree.lines.lineStarts;
  return file.tree.text.slice(starts[line - 1], starts[line] ?? file.tree.text.length).trim();
}

const lines = (items: string[], empty: string) => (items.length > 0 ? items : [empty]).join("\n");

/** The locale an editor would use for the file: the one its configuration says, as the server does. */
function localeOf(c: FeatureCase): Locale {
  return c.analysis.config.of(c.file.uri).locale;
}

function hoverText(c: FeatureCase): string {
  const { analysis, file } = c;
  const h = hover(analysis.ws, file, cursorOf(c), analysis.check(file.uri), analysis.today, (id) => analysis.config.of(id), localeOf(c));
  // Rule pages are linked by absolute file: URL; the checkout's own folder is written <project> so that the files hold anywhere.
  const markdown = h?.markdown.replaceAll(pathToFileURL(projectRoot()).href, "file://<project>");
  return h ? `range ${range(file, h.start, h.end)}\n\n${markdown}` : "no hover";
}

function completionText(c: FeatureCase): string {
  const { analysis, file } = c;
  const result = complete(analysis.ws, file, cursorOf(c), analysis.today, localeOf(c), c.option("snippets") !== "no");
  // The editor's order: by sortText where given, by label otherwise (a stable sort keeps ties as listed).
  const key = (i: { sortText?: string; label: string }) => i.sortText ?? i.label;
  const items = [...result.items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const width = Math.max(0, ...items.map((i) => i.label.length));
  const out = items.map((i) => [i.label.padEnd(width), i.kind, i.detail ?? "", i.snippet ? "[snippet]" : ""].filter(Boolean).join("  ").trimEnd());
  if (result.isIncomplete) out.push("(incomplete)");
  return lines(out, "no completions");
}

function renameText(c: FeatureCase): string {
  const { analysis, file } = c;
  const result = rename(analysis.ws, file, cursorOf(c), requiredOption(c, "rename"), localeOf(c));
  if ("refused" in result) return `refused: ${result.refused}`;
  const out: string[] = [];
  for (const uri of [...result.keys()].sort()) {
    const target = analysis.ws.files.get(uri)!;
    const applied = applyEdits(target.tree.text, result.get(uri)!);
    // Overlapping edits would be a bug in rename; say so rather than hide it.
    out.push(`=== ${uri}${applied.skipped > 0 ? ` (${applied.skipped} overlapping edits left out)` : ""}`, applied.text);
  }
  return lines(out, "no change");
}

function outlineText(c: FeatureCase): string {
  const { file } = c;
  const out: string[] = [];
  const visit = (s: Symbol, depth: number) => {
    const lineRange = `${file.tree.lines.lineOf(s.start) + 1}-${file.tree.lines.lineOf(s.end) + 1}`;
    out.push(`${"  ".repeat(depth)}${s.name} [${s.symbol}]${s.detail ? ` ${s.detail}` : ""} (lines ${lineRange})`);
    for (const child of s.children) visit(child, depth + 1);
  };
  for (const s of documentSymbols(file, { ws: c.analysis.ws, today: c.analysis.today, locale: localeOf(c) })) visit(s, 0);
  return lines(out, "no symbols");
}

function workspaceSymbolsText(c: FeatureCase): string {
  const found = workspaceSymbols(c.analysis.ws, requiredOption(c, "query"));
  return lines(found.map((s) => `${s.name} [${s.symbol}]${s.detail ? ` ${s.detail}` : ""} ${s.file.uri}:${range(s.file, s.start, s.end)}`), "no symbols");
}

function tokensText(file: FileModel): string {
  const starts = file.tree.lines.lineStarts;
  return lines(semanticTokens(file).map((t) => {
    const from = starts[t.line]! + t.character;
    const modifiers = TOKEN_MODIFIERS.filter((_, i) => t.modifiers & (1 << i));
    return `${t.line + 1}:${t.character + 1} ${file.tree.text.slice(from, from + t.length)} → ${[TOKEN_TYPES[t.type], ...modifiers].join(", ")}`;
  }), "no tokens");
}

function foldingText(file: FileModel): string {
  return lines(foldingRanges(file).map((f) => `${f.startLine + 1}-${f.endLine + 1}${f.kind ? ` ${f.kind}` : ""}: ${lineText(file, f.startLine + 1)}`), "no folds");
}

function inlayHintsText(c: FeatureCase): string {
  const hints = inlayHints(c.file, c.analysis.check(c.file.uri), localeOf(c));
  return lines(hints.map((h) => `${at(c.file, h.offset)} ${h.label}`), "no hints");
}

function codeLensesText(c: FeatureCase): string {
  const lenses = codeLenses(c.analysis.ws, c.file, localeOf(c));
  return lines(lenses.map((l) => `${c.file.tree.lines.lineOf(l.start) + 1} ${l.decl.name}: ${l.title}`), "no lenses");
}

/** What the feature gives for the case, as the text of its expected file (ending in a newline). */
export function featureOutput(feature: Feature, c: FeatureCase): string {
  const { analysis, file } = c;
  const text = ((): string => {
    switch (feature) {
      case "hover": return hoverText(c);
      case "completion": return completionText(c);
      case "definition": return lines(definition(analysis.ws, file, cursorOf(c)).map(place), "none");
      case "references": return lines(references(analysis.ws, file, cursorOf(c), c.option("declarations") !== "no").map(place), "none");
      case "rename": return renameText(c);
      case "outline": return outlineText(c);
      case "workspace-symbols": return workspaceSymbolsText(c);
      case "semantic-tokens": return tokensText(file);
      case "folding": return foldingText(file);
      case "inlay-hints": return inlayHintsText(c);
      case "code-lenses": return codeLensesText(c);
    }
  })();
  return `${text}\n`;
}
