// Document and workspace symbols, and folding ranges: the outline of declarations (with a few facts in words) and the blocks that fold.
import type { Locale } from "../../grammar/messages.js";
import { valuesOf, type Block } from "../../grammar/syntax-tree.js";
import { nameSpan, refs, str } from "../model/access.js";
import type { Decl, FileModel } from "../model/bound.js";
import { kindSpec, nestedSpec, wordOf, type BlockSpec, type SymbolName } from "../model/schema/index.js";
import type { Workspace } from "../model/workspace.js";
import { words } from "../words/index.js";
import { agreementState, termsOf, termsParts } from "./facts.js";

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

/** What the outline adds to a declaration's kind and title: an agreement's form and state today, a disclosure's terms (briefly). */
export interface OutlineContext {
  ws: Workspace;
  today: number;
  locale: Locale;
}

function extraDetail(d: Decl | undefined, c: OutlineContext): string[] {
  if (d?.kind === "agreement") {
    const form = str(d, "form");
    const amends = refs(d, "amends")?.[0]?.text;
    const what = form === "amendment" && amends ? `${words(c.locale).facts.amends} ${amends}` : form ? wordOf("agreement", "form", form, c.locale) : "";
    return [what, words(c.locale).state[agreementState(c.ws, d, c.today)]].filter(Boolean);
  }
  return d?.kind === "disclosure" ? termsParts(termsOf(d), c.locale, false) : [];
}

/** A declaration is listed by its name (its kind, title and a few facts as detail); a nested block by keyword and label. */
function symbolOf(b: Block, parent: BlockSpec | undefined, top: boolean, extra: string[] = []): Symbol {
  const sel = b.label ?? b.keyword;
  const name = top ? (b.label?.text ?? b.keyword.text) : b.label ? `${b.keyword.text} ${b.label.text}` : b.keyword.text;
  const spec = top ? kindSpec(b.keyword.text) : parent && nestedSpec(parent, b.keyword.text);
  const head = [top ? b.keyword.text : "", b.title?.text ?? ""].filter(Boolean).join(" — ");
  return {
    name, detail: [head, ...extra].filter(Boolean).join(" · "),
    symbol: spec?.symbol ?? "Object", start: b.start, end: b.end, selectionStart: sel.start, selectionEnd: sel.end,
    children: b.members.filter((m): m is Block => m.type === "block").map((c) => symbolOf(c, spec, false)),
  };
}

export function documentSymbols(file: FileModel, context: OutlineContext): Symbol[] {
  const decls = new Map(file.decls.map((d) => [d.syntax, d]));
  return file.tree.declarations.map((b) => symbolOf(b, undefined, true, extraDetail(decls.get(b), context)));
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
      out.push({ name: d.name, symbol: kindSpec(d.kind)?.symbol ?? "Object", detail: d.title ?? "", file, ...nameSpan(d) });
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
      else for (const v of valuesOf(m)) addClosed(v.start, closerOf(text, v));
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
