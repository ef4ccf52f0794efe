// A syntax tree without its positions: what two texts must share to mean the same (used to prove the formatter safe).
import { itemAtoms, valuesOf, type Member, type SyntaxTree, type Value } from "./syntax-tree.js";

function value(v: Value): unknown {
  return v.kind === "list" ? v.items.map((i) => itemAtoms(i).map((a) => [a.kind, a.text])) : [v.kind, v.text];
}

function member(m: Member): unknown {
  if (m.type === "field") return [m.name, valuesOf(m).map(value)];
  return [m.keyword.text, m.label?.text ?? null, m.title?.text ?? null, m.members.map(member)];
}

/** The declarations, values (decoded) and comments of a tree, in order, as one string. */
export function treeShape(tree: SyntaxTree): string {
  // Spaces that end a line comment say nothing (and the formatter drops them).
  return JSON.stringify([tree.declarations.map(member), tree.comments.map((c) => (c.block ? c.text : c.text.trimEnd()))]);
}
