// Runs one file through everything a user can reach (check, every editor feature, the formatter) and lists what breaks an invariant.
import { MAX_SYNTAX_ERRORS } from "../../grammar/error-list.js";
import { parse } from "../../grammar/parse.js";
import { itemAtoms, valuesOf, type Block, type SyntaxTree } from "../../grammar/syntax-tree.js";
import { treeShape } from "../../grammar/tree-shape.js";
import type { Analysis } from "../../core/analysis/analysis.js";
import { codeActions } from "../../core/features/actions.js";
import { complete } from "../../core/features/completion.js";
import { format } from "../../core/features/format.js";
import { codeLenses, inlayHints } from "../../core/features/hints.js";
import { hover } from "../../core/features/hover.js";
import { definition, prepareRename, references } from "../../core/features/navigation.js";
import { documentSymbols, foldingRanges, type Symbol } from "../../core/features/outline.js";
import { semanticTokens } from "../../core/features/tokens.js";
import type { FileModel } from "../../core/model/bound.js";
import type { Diagnostic, Range } from "../../core/model/diagnostic.js";

/** What one file gave: its findings and its formatted text (undefined when the formatter refused it). */
export interface Exercised {
  diagnostics: Diagnostic[];
  formatted: string | undefined;
}

/** A broken invariant: what, and where. Thrown so that a test fails with it, collected by the fuzzer. */
export class Violation extends Error {}

function fail(message: string): never {
  throw new Violation(message);
}

/** Offsets worth asking about in a text of this length: the ends, the middle, and a few in between. */
export function probeOffsets(length: number): number[] {
  const at = [0, 1, Math.floor(length / 3), Math.floor(length / 2), Math.floor((2 * length) / 3), length - 1, length];
  return [...new Set(at.filter((o) => o >= 0 && o <= length))];
}

function span(what: string, start: number, end: number, length: number): void {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length)) {
    fail(`${what} [${start}, ${end}) lies outside the document of ${length} characters`);
  }
}

function range(what: string, r: Range, tree: SyntaxTree): void {
  const lines = tree.lines.lineCount;
  const ok = (p: Range["start"]) => p.line >= 0 && p.line < lines && p.character >= 0;
  const before = r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character);
  if (!ok(r.start) || !ok(r.end) || !before) fail(`${what} range ${JSON.stringify(r)} lies outside the document of ${lines} lines`);
}

/** Every node of a syntax tree lies in the document, without recursion (the tree of a hostile file may be deep). */
export function checkTree(tree: SyntaxTree): void {
  const n = tree.text.length;
  const stack: Block[] = [...tree.declarations];
  while (stack.length > 0) {
    const b = stack.pop()!;
    span("block", b.start, b.end, n);
    span("keyword", b.keyword.start, b.keyword.end, n);
    if (b.label) span("label", b.label.start, b.label.end, n);
    if (b.title) span("title", b.title.start, b.title.end, n);
    for (const m of b.members) {
      if (m.type === "block") stack.push(m);
      else {
        span("field", m.start, m.end, n);
        for (const v of valuesOf(m)) {
          span("value", v.start, v.end, n);
          if (v.kind === "list") for (const i of v.items) for (const a of itemAtoms(i)) span("list atom", a.start, a.end, n);
        }
      }
    }
  }
  for (const c of tree.comments) span("comment", c.start, c.end, n);
  for (const e of tree.errors) span(`syntax error ${e.id}`, e.start, e.end, n);
  if (tree.errors.length > MAX_SYNTAX_ERRORS + 1) fail(`${tree.errors.length} syntax errors kept (at most ${MAX_SYNTAX_ERRORS + 1})`);
  const internal = tree.errors.find((e) => e.id === "internal-error" || e.id === "parser-exception");
  if (internal) fail(`the parser failed inside: ${JSON.stringify(internal)}`);
}

function symbols(list: readonly Symbol[], n: number): void {
  const stack = [...list];
  while (stack.length > 0) {
    const s = stack.pop()!;
    span(`symbol ${s.name.slice(0, 40)}`, s.start, s.end, n);
    span(`symbol name ${s.name.slice(0, 40)}`, s.selectionStart, s.selectionEnd, n);
    stack.push(...s.children);
  }
}

/** Checks one file of the analysis and runs every editor feature on it at `offsets`; throws a Violation on the first broken invariant. */
export function exercise(analysis: Analysis, id: string, offsets: readonly number[]): Exercised {
  const file: FileModel | undefined = analysis.ws.files.get(id);
  if (!file) fail(`${id} is not in the workspace`);
  const { tree } = file;
  const n = tree.text.length;
  const ws = analysis.ws;
  const locale = analysis.config.of(id).locale;
  checkTree(tree);
  const diagnostics = analysis.check(id);
  for (const d of diagnostics) {
    span(`finding ${d.rule}`, d.start, d.end, n);
    range(`finding ${d.rule}`, d.range, tree);
    for (const e of d.fix?.edits ?? []) span(`fix of ${d.rule}`, e.start, e.end, n);
    for (const r of d.related) {
      const other = ws.files.get(r.uri);
      if (other) range(`related location of ${d.rule}`, r.range, other.tree);
    }
    if (d.message.length > 4000) fail(`a message of ${d.message.length} characters (${d.rule})`);
  }
  symbols(documentSymbols(file, { ws, today: analysis.today, locale }), n);
  for (const f of foldingRanges(file)) {
    if (!(f.startLine >= 0 && f.startLine <= f.endLine && f.endLine < tree.lines.lineCount)) fail(`fold ${JSON.stringify(f)} outside ${tree.lines.lineCount} lines`);
  }
  const starts = tree.lines.lineStarts;
  for (const t of semanticTokens(file)) {
    const lineEnd = t.line + 1 < starts.length ? starts[t.line + 1]! : n;
    if (!(t.line >= 0 && t.line < starts.length && t.character >= 0 && t.length >= 0 && starts[t.line]! + t.character + t.length <= lineEnd)) {
      fail(`semantic token ${JSON.stringify(t)} outside its line`);
    }
  }
  for (const h of inlayHints(file, diagnostics, locale)) span("inlay hint", h.offset, h.offset, n);
  for (const l of codeLenses(ws, file, locale)) span("code lens", l.start, l.end, n);
  for (const a of codeActions(file, diagnostics, diagnostics, locale)) for (const e of a.edits) span(`code action ${a.title}`, e.start, e.end, n);
  for (const o of offsets) {
    const h = hover(ws, file, o, diagnostics, analysis.today, (other) => analysis.config.of(other), locale);
    if (h) span(`hover at ${o}`, h.start, h.end, n);
    complete(ws, file, o, analysis.today, locale);
    for (const s of definition(ws, file, o)) span(`definition from ${o}`, s.start, s.end, s.file.tree.text.length);
    for (const s of references(ws, file, o, true).slice(0, 50)) span(`reference from ${o}`, s.start, s.end, s.file.tree.text.length);
    const r = prepareRename(ws, file, o, locale);
    if (!("refused" in r)) span(`rename at ${o}`, r.start, r.end, n);
  }
  const formatted = format(tree);
  if (formatted !== undefined) formatSafe(tree, formatted);
  return { diagnostics, formatted };
}

/** The formatter's output parses without errors to the same tree, and formatting it again changes nothing. */
function formatSafe(tree: SyntaxTree, formatted: string): void {
  const again = parse(formatted);
  if (again.errors.length > 0) fail(`the formatted text has a syntax error: ${JSON.stringify(again.errors[0])}`);
  if (treeShape(again) !== treeShape(tree)) fail("the formatted text says something else (its tree shape differs)");
  const twice = format(again);
  if (twice !== formatted) fail("formatting the formatted text changes it again");
}
