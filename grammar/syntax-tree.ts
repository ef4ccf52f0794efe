// The syntax tree the parser builds in one pass: plain data with UTF-16 offsets on every node.
import type { LineIndex } from "./line-index.js";

/** Blocks deeper than this are skipped with an error; the schema needs three levels. */
export const MAX_DEPTH = 32;

export type AtomKind = "ident" | "string" | "text" | "date" | "number";

/** A single value token. `text` is the decoded value (escapes resolved, text blocks dedented). */
export interface Atom {
  kind: AtomKind;
  text: string;
  start: number;
  end: number;
}

/** One entry of a list: `personal` or `director 2026-03-02`. */
export interface ListItem {
  atoms: Atom[];
  start: number;
  end: number;
}

export interface ListValue {
  kind: "list";
  items: ListItem[];
  /** False when the closing `]` is missing. */
  closed: boolean;
  start: number;
  end: number;
}

export type Value = Atom | ListValue;

/** `key: value value …` */
export interface Field {
  type: "field";
  key: Atom;
  /** False when the `:` after the key is missing (reported as a syntax error). */
  colon: boolean;
  values: Value[];
  start: number;
  end: number;
  /** A slot for later layers; the model keeps the field's typed value here (the grammar leaves it undefined). */
  data: unknown;
}

/**
 * `keyword [label] ["title"] { members }` — a top-level declaration (label = its name)
 * or a nested block such as `clause 7 "Onward disclosure" { … }`.
 */
export interface Block {
  type: "block";
  keyword: Atom;
  label: Atom | null;
  title: Atom | null;
  members: Member[];
  /** Offset of `{`, or -1 when it is missing. */
  open: number;
  /** Offset of `}`, or -1 when it is missing. */
  close: number;
  start: number;
  end: number;
}

export type Member = Field | Block;

export interface Comment {
  /** The comment text without its delimiters. */
  text: string;
  block: boolean;
  start: number;
  end: number;
}

/** A lexer or parser error: a message id with its arguments, rendered per locale by messages.ts. */
export interface SyntaxError {
  id: string;
  args: Record<string, string>;
  start: number;
  end: number;
}

export interface SyntaxTree {
  declarations: Block[];
  comments: Comment[];
  errors: SyntaxError[];
  lines: LineIndex;
  /** The text that was parsed (after a byte-order mark, if any, was removed). */
  text: string;
}
