// Binds a syntax tree to the schema: one walk that types every value and records structural problems.
import { keyEnd, onlyValue, type Atom, type Block, type Field, type SyntaxTree } from "../../grammar/syntax-tree.js";
import { fieldAt } from "./access.js";
import { indexedFields } from "./concerns.js";
import { INVALID, NONE, type Decl, type FileModel, type Node, type Problem } from "./bound.js";
import { fieldPositions, fieldSpec, KINDS, kindSpec, nestedSpec, type BlockSpec, type FieldSpec } from "./schema/index.js";
import { nearest } from "./suggest.js";
import { readSuppressions } from "./suppressions.js";
import { checkField } from "./values.js";

/**
 * The nested blocks of a declaration or block that has none: nine in ten have none, and one shared list
 * spares each of them an array of its own. Frozen, so that a push by mistake fails loudly.
 */
const NO_BLOCKS = Object.freeze([]) as unknown as Node[];

/**
 * Binds a file. `indexOnly` binds no more than the index reads (`indexedFields`), for a file that rests at once
 * and is bound whole when it wakes (a bounded run's first reading): that is when its problems are found.
 */
export function bindFile(uri: string, tree: SyntaxTree, indexOnly = false): FileModel {
  const file: FileModel = { uri, tree, decls: [], problems: [], refs: [], suppressions: readSuppressions(tree.comments) };
  const report = indexOnly ? undefined : (p: Problem) => file.problems.push(p);
  for (const block of tree.declarations) file.decls.push(bindDecl(block, file, report));
  // Where each suppression applies is found when the file wakes with its members (see `dormant.ts`).
  if (indexOnly) file.problemsDue = true;
  else placeSuppressions(file);
  return file;
}

/**
 * Binds one top-level declaration of the file, adding its references to the file's and reporting its problems;
 * without `report`, only the fields the index reads (`bindFile`'s `indexOnly`).
 */
export function bindDecl(block: Block, file: FileModel, report: ((p: Problem) => void) | undefined): Decl {
  const spec = kindSpec(block.keyword.text);
  const decl: Decl = {
    syntax: block, spec, blocks: NO_BLOCKS, parent: null, decl: undefined as unknown as Decl,
    kind: block.keyword.text, name: block.label?.text ?? "", title: block.title?.text ?? null, file,
  };
  decl.decl = decl;
  if (!spec) {
    if (report) report(unknownKindOf(block));
  } else if (!block.label || block.open < 0) {
    // Still being written: the parser has said what is missing; the rules wait for the body.
    decl.spec = undefined;
  } else if (report) {
    bindMembers(decl, spec, file, report);
  } else {
    bindIndexed(decl, spec);
  }
  return decl;
}

/**
 * Binds a declaration's members anew after a file woke (`dormant.ts`), its block holding the members of a fresh
 * parse of the same text: the declaration keeps its identity, which the index holds. Its problems were recorded
 * when it was first bound whole and are not reported again; `report` is given when it was not (`problemsDue`),
 * and hears them as `bindDecl` would.
 */
export function rebindDecl(decl: Decl, file: FileModel, report?: (p: Problem) => void): void {
  decl.blocks = NO_BLOCKS;
  if (report && !kindSpec(decl.syntax.keyword.text)) report(unknownKindOf(decl.syntax));
  if (decl.spec) bindMembers(decl, decl.spec, file, report ?? (() => {}));
}

/** Types the fields the index reads, as `bindField` would type them; no problems, references or nested blocks. */
function bindIndexed(decl: Decl, spec: BlockSpec): void {
  for (const name of indexedFields(spec.name)) {
    const field = fieldAt(decl, name);
    const fs = field && fieldSpec(spec, name);
    if (fs) field.data = checkField(fs, field, () => {});
  }
}

const unknownKindOf = (block: Block): Problem => unknownKind(block, "kind", nearest(block.keyword.text, KINDS.map((k) => k.name)));

function unknownKind(block: Block, variant: string, suggestion: string | undefined, parent?: string): Problem {
  const p: Problem = {
    rule: "unknown-kind", variant, args: { kind: block.keyword.text, parent: parent ?? "", suggestion: suggestion ?? "" },
    start: block.keyword.start, end: block.keyword.end,
  };
  if (suggestion) p.replacement = suggestion;
  return p;
}

/** Whether the field at schema position `at` is marked in the two words of fields met (see `bindMembers`). */
const isMet = (low: number, high: number, at: number): boolean => ((at < 32 ? low : high) & (1 << (at & 31))) !== 0;

function bindMembers(node: Node, spec: BlockSpec, file: FileModel, report: (p: Problem) => void): void {
  const block = node.syntax;
  // The schema's fields the block writes, one bit each by its place in `spec.fields` (`fieldPositions`), in two
  // words (test/schema.test.ts holds every block to 64 fields). A field written twice and a field missing are then
  // known without walking the members again for each field (waking a 12 MB register took about 12 ms longer that
  // way), and no list of the fields met is made, which was about half of what binding allocated (12 MB: 28 of 54 MB).
  let low = 0;
  let high = 0;
  const positions = fieldPositions(spec);
  for (const member of block.members) {
    if (member.type === "block") {
      bindNested(node, spec, member, file, report);
      continue;
    }
    const at = positions.get(member.name);
    if (at === undefined) {
      unknownField(spec, member, report);
      continue;
    }
    const again = isMet(low, high, at);
    if (at < 32) low |= 1 << at;
    else high |= 1 << (at & 31);
    bindField(node, spec.fields[at]!, member, again, file, report);
  }
  checkLabel(spec, block, node.parent === null, report);
  if (block.open < 0) return; // no body was written yet: nothing can be said about its fields
  let missing: string[] | undefined;
  for (let at = 0; at < spec.fields.length; at++) {
    const f = spec.fields[at]!;
    if (f.required && !isMet(low, high, at) && isRequired(f, block)) (missing ??= []).push(f.name);
  }
  if (missing) {
    const at = block.label ?? block.keyword;
    const variant = (node.parent ? "nested" : "decl") + (missing.length > 1 ? "-many" : "");
    report({ rule: "missing-field", variant, args: { fields: missing.join(","), kind: block.keyword.text, name: block.label?.text ?? "" }, start: at.start, end: at.end });
  }
}

/** Whether a field is required in this block: always, or as its condition on the block's other fields says. */
export function isRequired(f: FieldSpec, block: Block): boolean {
  const r = f.required;
  if (r === undefined || r === false) return false;
  if (r === true) return true;
  const has = ([field, value]: [string, string]) => block.members.some((m) => {
    const only = m.type === "field" && m.name === field ? onlyValue(m) : undefined;
    return only?.kind === "ident" && only.text === value;
  });
  if (r.when && !has(r.when)) return false;
  if (r.unless && r.unless.some(has)) return false;
  return true;
}

/** A member whose key is no field of the block: perhaps one of its nested blocks written as a field, or a misspelling. */
function unknownField(spec: BlockSpec, field: Field, report: (p: Problem) => void): void {
  const name = field.name;
  const isBlock = nestedSpec(spec, name) !== undefined;
  const suggestion = isBlock ? undefined : nearest(name, spec.fields.map((f) => f.name));
  const p: Problem = {
    rule: "unknown-field", variant: isBlock ? "is-block" : "field",
    args: { field: name, kind: spec.name, suggestion: suggestion ?? "" }, start: field.start, end: keyEnd(field),
  };
  if (suggestion) p.replacement = suggestion;
  report(p);
}

/** Types a field of the schema; `again` when the block wrote a field of that name before. */
function bindField(node: Node, fs: FieldSpec, field: Field, again: boolean, file: FileModel, report: (p: Problem) => void): void {
  const name = field.name;
  // A field of the schema written before under the same name: the first is the one the model keeps.
  if (again && !fs.repeatable) {
    const first = fieldAt(node, name)!;
    report({
      rule: "duplicate-field", variant: "field", args: { field: name }, start: field.start, end: keyEnd(field),
      related: [{ start: first.start, end: keyEnd(first), variant: "first", args: { field: name } }],
    });
    return;
  }
  const value = checkField(fs, field, report);
  field.data = value;
  if (fs.value.type === "ref" && value !== INVALID && value !== NONE) {
    if (!Array.isArray(value)) file.refs.push({ atom: value as Atom, kinds: fs.value.kinds, field, node });
    else for (const atom of value as Atom[]) file.refs.push({ atom, kinds: fs.value.kinds, field, node });
  }
}

function bindNested(node: Node, spec: BlockSpec, block: Block, file: FileModel, report: (p: Problem) => void): void {
  const ns = nestedSpec(spec, block.keyword.text);
  const child: Node = { syntax: block, spec: ns, blocks: NO_BLOCKS, parent: node, decl: node.decl };
  if (node.blocks === NO_BLOCKS) node.blocks = [child];
  else node.blocks.push(child);
  if (!ns) {
    if (fieldSpec(spec, block.keyword.text)) report(unknownKind(block, "is-field", undefined, spec.name));
    else report(unknownKind(block, "nested", nearest(block.keyword.text, spec.blocks.map((b) => b.name)), spec.name));
    return;
  }
  if (!ns.repeatable) {
    const earlier = node.blocks.find((b) => b !== child && b.spec === ns);
    if (earlier) {
      report({
        rule: "duplicate-field", variant: "block", args: { field: ns.name }, start: block.keyword.start, end: block.keyword.end,
        related: [{ start: earlier.syntax.keyword.start, end: earlier.syntax.keyword.end, variant: "first", args: { field: ns.name } }],
      });
    }
  }
  bindMembers(child, ns, file, report);
}

/** Nested blocks: a name or number where the schema wants one, and a title only where it allows one. */
function checkLabel(spec: BlockSpec, block: Block, topLevel: boolean, report: (p: Problem) => void): void {
  if (topLevel) return; // the grammar already requires a declaration's name
  const label = block.label;
  const args = { block: spec.name };
  if (spec.label === "none" && label) report({ rule: "invalid-value", variant: "label-unexpected", args, start: label.start, end: label.end });
  else if (spec.label !== "none" && !label) report({ rule: "invalid-value", variant: `missing-${spec.label}`, args, start: block.keyword.start, end: block.keyword.end });
  else if (label && spec.label === "name" && label.kind !== "ident") report({ rule: "invalid-value", variant: "label-name", args, start: label.start, end: label.end });
  else if (label && spec.label === "number" && label.kind !== "number") report({ rule: "invalid-value", variant: "label-number", args, start: label.start, end: label.end });
  if (!spec.title && block.title) report({ rule: "invalid-value", variant: "title-unexpected", args, start: block.title.start, end: block.title.end });
}

/** Each `entente-ignore` covers the next declaration, nested block or field after it. */
export function placeSuppressions(file: FileModel): void {
  const pending = file.suppressions.filter((s) => !s.wholeFile);
  if (pending.length === 0) return;
  const nodes: { start: number; end: number }[] = [];
  const visit = (b: Block) => {
    nodes.push(b);
    for (const m of b.members) {
      if (m.type === "block") visit(m);
      else nodes.push(m);
    }
  };
  for (const d of file.tree.declarations) visit(d);
  nodes.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const s of pending) {
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nodes[mid]!.start < s.end) lo = mid + 1;
      else hi = mid;
    }
    const target = nodes[lo];
    s.target = target ? { start: target.start, end: target.end } : null;
  }
}
