// Semantic tokens: what each name means (kind, field, value, declaration, reference), for colouring.
import { itemAtoms, keyEnd, valuesOf, type Atom, type Block } from "../../grammar/syntax-tree.js";
import type { FileModel } from "../model/bound.js";
import { fieldSpec } from "../model/schema/index.js";
import { nodeOf } from "./locate.js";

/** The token types, in the order of the legend the server announces. */
export const TOKEN_TYPES = ["keyword", "property", "enumMember", "variable", "string", "number", "comment", "type"] as const;
export const TOKEN_MODIFIERS = ["declaration"] as const;

export interface SemanticToken {
  line: number;
  character: number;
  length: number;
  type: number;
  modifiers: number;
}

const T = Object.fromEntries(TOKEN_TYPES.map((t, i) => [t, i])) as Record<(typeof TOKEN_TYPES)[number], number>;

/** Tokens in document order; a token that spans lines (a text block, a block comment) is split per line, as LSP wants. */
export function semanticTokens(file: FileModel): SemanticToken[] {
  const raw: { start: number; end: number; type: number; modifiers: number }[] = [];
  const add = (r: { start: number; end: number }, type: number, modifiers = 0) => raw.push({ start: r.start, end: r.end, type, modifiers });
  const refAtoms = new Set<Atom>(file.refs.map((r) => r.atom));
  const visit = (b: Block, top: boolean) => {
    add(b.keyword, top ? T.type : T.keyword);
    if (b.label) add(b.label, b.label.kind === "number" ? T.number : T.variable, top ? 1 : 0);
    if (b.title) add(b.title, T.string);
    const spec = nodeOf(file, b)?.spec;
    for (const m of b.members) {
      if (m.type === "block") {
        visit(m, false);
        continue;
      }
      add({ start: m.start, end: keyEnd(m) }, T.property);
      const enumLike = spec ? fieldSpec(spec, m.name)?.value.type : undefined;
      const atoms = valuesOf(m).flatMap((v) => (v.kind === "list" ? v.items.flatMap(itemAtoms) : [v]));
      for (const a of atoms) {
        if (a.kind === "string" || a.kind === "text") add(a, T.string);
        else if (a.kind === "date" || a.kind === "number") add(a, T.number);
        else if (refAtoms.has(a)) add(a, T.variable);
        else if (enumLike !== undefined && enumLike !== "ref") add(a, T.enumMember);
      }
    }
  };
  for (const d of file.tree.declarations) visit(d, true);
  for (const c of file.tree.comments) add(c, T.comment);
  raw.sort((a, b) => a.start - b.start);
  const lines = file.tree.lines;
  const text = file.tree.text;
  const out: SemanticToken[] = [];
  for (const t of raw) {
    let start = t.start;
    while (start < t.end) {
      const pos = lines.positionAt(start);
      const nextLine = pos.line + 1 < lines.lineCount ? lines.lineStarts[pos.line + 1]! : text.length;
      let end = Math.min(t.end, nextLine);
      while (end > start && (text[end - 1] === "\n" || text[end - 1] === "\r")) end--;
      if (end > start) out.push({ line: pos.line, character: pos.character, length: end - start, type: t.type, modifiers: t.modifiers });
      start = nextLine;
    }
  }
  return out;
}
