// The bound model of one file: declarations matched against the schema, with typed field values.
import type { Atom, Block, Field, SyntaxTree } from "../../grammar/syntax-tree.js";
import type { DateValue } from "./dates.js";
import type { BlockSpec, FieldSpec, KindSpec } from "./schema/index.js";
import type { Suppression } from "./suppressions.js";

/** A name used where a declaration is expected. */
export interface Ref {
  name: string;
  start: number;
  end: number;
}

export interface Approval {
  authority: string;
  date: DateValue | null;
  reference: string | null;
  start: number;
  end: number;
}

export interface Rating {
  rating: string;
  motivation: string | null;
  start: number;
  end: number;
}

/**
 * One occurrence of a field. `value` is typed by the field's schema type when `ok`:
 * ref → Ref (or Ref[] for lists), enum/string/text/country/code → string (string[] for lists),
 * date → DateValue, bool → boolean, approval → Approval, rating → Rating.
 */
export interface BoundField {
  name: string;
  spec: FieldSpec | undefined;
  syntax: Field;
  ok: boolean;
  value: unknown;
  /** The atoms of a list value, in order, so that rules can point at one item. */
  atoms: Atom[];
  /** `onward: none`. */
  none: boolean;
}

/** A declaration or a nested block, bound to its schema entry (undefined when the kind is unknown). */
export interface Node {
  syntax: Block;
  spec: BlockSpec | undefined;
  fields: Map<string, BoundField[]>;
  blocks: Node[];
  parent: Node | null;
  decl: Decl;
}

export interface Decl extends Node {
  kind: string;
  spec: KindSpec | undefined;
  name: string;
  nameStart: number;
  nameEnd: number;
  title: string | null;
  file: FileModel;
}

/** A reference site: every place a name is used for a declaration. */
export interface RefSite extends Ref {
  kinds: readonly string[];
  field: BoundField;
  node: Node;
}

/** A structural finding of the binder, reported by the rule named `rule`. */
export interface Problem {
  rule: string;
  variant: string;
  args: Record<string, string>;
  start: number;
  end: number;
  related?: { start: number; end: number; variant: string; args: Record<string, string> }[];
  /** A replacement suggested for [start, end), such as the nearest valid name. */
  replacement?: string;
}

export interface FileModel {
  /** The file's identity in the workspace: a path for the CLI, a URI in the language server. */
  uri: string;
  tree: SyntaxTree;
  decls: Decl[];
  problems: Problem[];
  refs: RefSite[];
  suppressions: Suppression[];
  /** An error that kept the file from being read, such as invalid UTF-8, reported as a syntax error. */
  readError?: { id: string; args: Record<string, string>; start: number; end: number };
}

export function first(node: Node, name: string): BoundField | undefined {
  return node.fields.get(name)?.[0];
}

export function isBlock(member: Block | Field): member is Block {
  return member.type === "block";
}
