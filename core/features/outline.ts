// Document and workspace symbols, and folding ranges: the outline of declarations and the blocks that fold.
import type { Block } from "../../grammar/syntax-tree.js";
import type { FileModel } from "../model/bound.js";
import { kindSpec, nestedSpec, type BlockSpec, type SymbolName } from "../model/schema/index.js";
import type { Workspace } from "../model/workspace.js";

export interface Symbol {
  name: string;
  detail: string;
  /** How editors show it: from the schema entry of its kind or block ("Object" when it has none). */
  symbol: SymbolName;
  start: number;
  end: number;
  selectionStart: number;
  selectionEnd: number;
  children: Symbol[];
}

/** A declaration is listed by its name (its kind as detail); a nested block by keyword and label. */
function symbolOf(b: Block, parent: BlockSpec | undefined, top: boolean): Symbol {
  const sel = b.label ?? b.keyword;
  const name = top ? (b.label?.text ?? b.keyword.text) : b.label ? `${b.keyword.text} ${b.label.text}` : b.keyword.text;
  const spec = top ? kindSpec(b.keyword.text) : parent && nestedSpec(parent, b.keyword.text);
  return {
    name, detail: [top ? b.keyword.text : "", b.title?.text ?? ""].filter(Boolean).join(" — "),
    symbol: spec?.symbol ?? "Object", start: b.start, end: b.end, selectionStart: sel.start, selectionEnd: sel.end,
    children: b.members.filter((m): m is Block => m.type === "block").map((c) => symbolOf(c, spec, false)),
  };
}

export function documentSymbols(file: FileModel): Symbol[] {
  return file.tree.declarations.map((d) => symbolOf(d, undefined, true));
}

export interface WorkspaceSymbol {
  name: string;
  symbol: SymbolName;
  detail: string;
  file: FileModel;
  start: number;
  end: number;
}

/** Declarations whose name or title contains the query's characters in order (case-insensitive). */
export function workspaceSymbols(ws: Workspace, query: string, limit = 500, cancelled: () => boolean = () => false): WorkspaceSymbol[] {
  const q = query.toLowerCase();
  const matches = (s: string) => {
    let i = 0;
    for (const c of s.toLowerCase()) if (c === q[i]) i++;
    return i === q.length;
  };
  const out: WorkspaceSymbol[] = [];
  for (const file of ws.files.values()) {
    if (cancelled()) break;
    for (const d of file.decls) {
      if (!d.name || !(matches(d.name) || (d.title !== null && matches(d.title)))) continue;
      out.push({ name: d.name, symbol: kindSpec(d.kind)?.symbol ?? "Object", detail: d.title ?? "", file, start: d.nameStart, end: d.nameEnd });
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/** Where a multi-line value's closer (`"""`, `]`) begins, or its end when it has none. */
function closerOf(text: string, v: { kind: string; end: number }): number {
  if (v.kind === "text" && text.endsWith('"""', v.end)) return v.end - 3;
  if (v.kind === "list" && text[v.end - 1] === "]") return v.end - 1;
  return v.end;
}

export interface Fold {
  startLine: number;
  endLine: number;
  kind?: "comment" | "region";
}

/**
 * Blocks, multi-line values and comments fold; a run of line comments folds as one. A closing `}`,
 * `]` or `"""` on a line of its own stays visible when the rest folds, as editors do for code.
 */
export function foldingRanges(file: FileModel): Fold[] {
  const { lines, text } = file.tree;
  const out: Fold[] = [];
  const add = (start: number, end: number, kind?: Fold["kind"]) => {
    const a = lines.lineOf(start);
    const b = lines.lineOf(end);
    if (b > a) out.push(kind ? { startLine: a, endLine: b, kind } : { startLine: a, endLine: b });
  };
  /** Folds up to the line before the closer at `close` when nothing but blanks precede it on its line. */
  const addClosed = (start: number, close: number) => {
    const line = lines.lineOf(close);
    const alone = text.slice(lines.lineStarts[line]!, close).trim() === "";
    add(start, alone ? lines.lineStarts[line]! - 1 : close);
  };
  const visit = (b: Block) => {
    if (b.close >= 0) addClosed(b.start, b.close);
    else add(b.start, b.end);
    for (const m of b.members) {
      if (m.type === "block") visit(m);
      else for (const v of m.values) addClosed(v.start, closerOf(text, v));
    }
  };
  file.tree.declarations.forEach(visit);
  let run: { start: number; end: number; line: number } | undefined;
  for (const c of file.tree.comments) {
    if (c.block) {
      add(c.start, c.end, "comment");
      continue;
    }
    const line = lines.lineOf(c.start);
    if (run && line === run.line + 1) run = { start: run.start, end: c.end, line };
    else {
      if (run) add(run.start, run.end, "comment");
      run = { start: c.start, end: c.end, line };
    }
  }
  if (run) add(run.start, run.end, "comment");
  return out;
}
