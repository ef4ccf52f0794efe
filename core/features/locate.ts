// What is at an offset of a file: the declaration, nested block, field and atom, as the editor features need them.
import { itemAtoms, keyEnd, valuesOf, type Atom, type Block, type Field } from "../../grammar/syntax-tree.js";
import type { Decl, FileModel, Node, RefSite } from "../model/bound.js";

export interface Located {
  /** The innermost declaration or nested block whose range holds the offset. */
  node?: Node;
  decl?: Decl;
  field?: Field;
  /** The atom under the offset, and what it is. */
  atom?: Atom;
  role?: "keyword" | "name" | "title" | "label" | "key" | "value";
  /** The reference under the offset, if the atom is one. */
  ref?: RefSite;
}

const inside = (r: { start: number; end: number }, offset: number) => offset >= r.start && offset <= r.end;

/** The bound nodes of a file by their syntax block, built once per file. */
const nodeIndex = new WeakMap<FileModel, Map<Block, Node>>();

export function nodeOf(file: FileModel, block: Block): Node | undefined {
  let index = nodeIndex.get(file);
  if (!index) {
    index = new Map();
    const visit = (n: Node) => {
      index!.set(n.syntax, n);
      n.blocks.forEach(visit);
    };
    file.decls.forEach(visit);
    nodeIndex.set(file, index);
  }
  return index.get(block);
}

/** The innermost block holding the offset; an unclosed block holds everything up to its end. */
function innermost(blocks: readonly Block[], offset: number): Block[] {
  const path: Block[] = [];
  let level = blocks;
  for (;;) {
    const b = level.find((x) => offset >= x.start && (offset <= x.end || (x.close < 0 && x.open >= 0 && offset >= x.end)));
    if (!b) return path;
    path.push(b);
    level = b.members.filter((m): m is Block => m.type === "block");
  }
}

export function locate(file: FileModel, offset: number): Located {
  const out: Located = {};
  const path = innermost(file.tree.declarations, offset);
  const block = path[path.length - 1];
  if (!block) return out;
  out.node = nodeOf(file, block);
  out.decl = out.node?.decl ?? file.decls.find((d) => d.syntax === path[0]);
  const pick = (atom: Atom | null | undefined, role: Located["role"]) => {
    if (!out.atom && atom && inside(atom, offset)) {
      out.atom = atom;
      out.role = role;
    }
  };
  pick(block.keyword, "keyword");
  pick(block.label, path.length === 1 ? "name" : "label");
  pick(block.title, "title");
  for (const m of block.members) {
    if (m.type !== "field" || !(offset >= m.start && offset <= m.end)) continue;
    out.field = m;
    // The key has no Atom of its own in the tree: one is made for the field the offset is in.
    pick({ kind: "ident", text: m.name, start: m.start, end: keyEnd(m) }, "key");
    for (const v of valuesOf(m)) {
      if (v.kind === "list") for (const item of v.items) for (const a of itemAtoms(item)) pick(a, "value");
      else pick(v, "value");
    }
  }
  if (out.atom && out.role === "value") out.ref = file.refs.find((r) => r.atom === out.atom);
  return out;
}
