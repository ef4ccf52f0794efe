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

/**
 * One entry of a list: `personal`, held as its atom (nearly every entry), or `director 2026-03-02`,
 * held as an array of its atoms. Read it through `itemAtoms`, `itemStart` and `itemEnd`.
 */
export type ListItem = Atom | Atom[];

export interface ListValue {
  kind: "list";
  items: ListItem[];
  start: number;
  end: number;
}

export type Value = Atom | ListValue;

/**
 * `key: value value …`. Nearly every field of a register has one key and one value, and a register has
 * hundreds of thousands of fields, so neither gets an object of its own: the key is an identifier that
 * starts the field (its text and `start` say all there is to say), and a single value is held without
 * an array around it. Read the values through `valuesOf`, `firstValue`, `lastValue` and `onlyValue`.
 */
export interface Field {
  type: "field";
  /** The key's text. */
  name: string;
  /** What follows the colon: one value as itself; none (reported as a syntax error) or several as an array. */
  value: Value | Value[];
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

/** Where a field's key ends (it starts where the field does). */
export const keyEnd = (f: Field): number => f.start + f.name.length;

/** A field's values in order. A field of one value gets a new one-element list: hot paths use the readers below. */
export const valuesOf = (f: Field): Value[] => (Array.isArray(f.value) ? f.value : [f.value]);

/** A field's first value, if it has one. */
export const firstValue = (f: Field): Value | undefined => (Array.isArray(f.value) ? f.value[0] : f.value);

/** A field's last value, if it has one. */
export const lastValue = (f: Field): Value | undefined => (Array.isArray(f.value) ? f.value[f.value.length - 1] : f.value);

/** Where a field's values are written, from its first to its last; undefined when it has none. */
export function valueSpan(f: Field): { start: number; end: number } | undefined {
  const first = firstValue(f);
  return first && { start: first.start, end: lastValue(f)!.end };
}

/** A field's value when it has exactly one. */
export const onlyValue = (f: Field): Value | undefined => (Array.isArray(f.value) ? (f.value.length === 1 ? f.value[0] : undefined) : f.value);

/** How a field holds the values the parser found for it (see `Field.value`). */
export const holdValues = (values: Value[]): Value | Value[] => (values.length === 1 ? values[0]! : values);

/** The atoms of a list entry, in order. An entry of one atom gets a new one-element list. */
export const itemAtoms = (i: ListItem): Atom[] => (Array.isArray(i) ? i : [i]);

/** Where a list entry starts: at its first atom. */
export const itemStart = (i: ListItem): number => (Array.isArray(i) ? i[0]!.start : i.start);

/** Where a list entry ends: at its last atom. */
export const itemEnd = (i: ListItem): number => (Array.isArray(i) ? i[i.length - 1]!.end : i.end);
