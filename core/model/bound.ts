// The bound model of one file: declarations matched against the schema; typed values live on the syntax fields.
import type { Atom, Block, Field, SyntaxTree } from "../../grammar/syntax-tree.js";
import type { BlockSpec, KindSpec } from "./schema/index.js";
import type { Suppression } from "./suppressions.js";

export interface Approval {
  authority: string;
  /** Day number of the approval. */
  date: number;
  reference: string | null;
}

/** A `dated` value: something that happened on a day, with its reference when one is written. */
export interface Dated {
  date: number;
  reference: string | null;
}

export interface Rating {
  rating: string;
  motivation: string | null;
}

/**
 * `Field.data` after binding, by the field's schema type: ref → Atom (Atom[] for lists),
 * enum/string/text/country/code → string (string[] for lists), date → day number, bool → boolean,
 * approval → Approval, rating → Rating, dated → Dated, `onward: none` → NONE. INVALID marks a value that does
 * not fit its type (reported); undefined marks a field the schema does not know, or a repeated one.
 */
export const INVALID: unique symbol = Symbol("invalid value");
export const NONE: unique symbol = Symbol("none");

/** A declaration or a nested block, bound to its schema entry (undefined when the kind is unknown). */
export interface Node {
  syntax: Block;
  spec: BlockSpec | undefined;
  blocks: Node[];
  parent: Node | null;
  decl: Decl;
}

export interface Decl extends Node {
  kind: string;
  spec: KindSpec | undefined;
  name: string;
  title: string | null;
  file: FileModel;
}

/** A reference site: every place a name is used for a declaration. */
export interface RefSite {
  atom: Atom;
  kinds: readonly string[];
  field: Field;
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
  /** The file has let go of its declarations' bodies (`dormant.ts`); `Workspace.awake` reads them again. */
  resting?: boolean;
  /**
   * The file was first bound only as far as the index reads (`bindFile`'s `indexOnly`) and has rested since: its
   * problems are found when it wakes, and `problems` holds none until then.
   */
  problemsDue?: boolean;
}
