// Syntax errors kept as a file reports them: the first ones by position and a count of the rest, in bounded memory.
import type { SyntaxError } from "./syntax-tree.js";

/** More syntax errors than this in one file are summarised in a single last error. */
export const MAX_SYNTAX_ERRORS = 100;

/**
 * Errors as they are found, pruned now and then to the first MAX_SYNTAX_ERRORS by position (the
 * rest only counted): a million stray braces must not cost a million error objects and their sort.
 */
export interface ErrorList {
  items: SyntaxError[];
  /** How many errors pruning left out. */
  dropped: number;
}

const PRUNE_AT = MAX_SYNTAX_ERRORS * 8;

export function errorList(): ErrorList {
  return { items: [], dropped: 0 };
}

/** In position order; equal positions keep the order they were found in (the sort is stable). */
const byPosition = (a: SyntaxError, b: SyntaxError) => a.start - b.start || a.end - b.end;

export function addError(list: ErrorList, e: SyntaxError): void {
  list.items.push(e);
  if (list.items.length < PRUNE_AT) return;
  list.items.sort(byPosition);
  list.dropped += list.items.length - MAX_SYNTAX_ERRORS;
  list.items.length = MAX_SYNTAX_ERRORS;
}

/**
 * The errors a tree reports, from the lists in the order their errors were found: the first
 * MAX_SYNTAX_ERRORS by position, and then one error that says how many more there are.
 */
export function reportedErrors(...lists: ErrorList[]): SyntaxError[] {
  const all: SyntaxError[] = [];
  let dropped = 0;
  for (const l of lists) {
    for (const e of l.items) all.push(e);
    dropped += l.dropped;
  }
  all.sort(byPosition);
  if (all.length + dropped <= MAX_SYNTAX_ERRORS) return all;
  const kept = all.slice(0, MAX_SYNTAX_ERRORS);
  const last = kept[kept.length - 1]!;
  kept.push({ id: "too-many-errors", args: { count: String(all.length + dropped - MAX_SYNTAX_ERRORS) }, start: last.start, end: last.end });
  return kept;
}
