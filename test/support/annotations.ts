// Caret annotations: expected diagnostics written as comments under the line they point at.
//
//   disclosure D-1 { to: ALPH }
//   //                   ^^^^ error unresolved-reference
//
// The first caret sits under the first character of the range (or `at C` gives the column when it
// cannot: columns 0 and 1 hold the `//`); there are as many carets as characters in the range,
// and `to +L:C` gives the end instead when the range ends on a later line or is empty. An annotation
// can only follow a line that does not end inside a text block or block comment; `above N` then says
// it points at the N-th line above it rather than the one right above.
//
// An annotation may pin the exact message: a colon right after the last word of the annotation, one
// space, and the message to the end of the line, verbatim:
//
//   //                   ^^^^ error unresolved-reference at 3 to +1:2 above 2: 'ALPH' is not declared…
//
// So an annotation line reads: carets, severity, rule, then `at C`, `to +L:C`, `above N` in that
// order (each optional), then optionally `: message`. Everything after the first `: ` that follows the
// rule and its modifiers is the message, so it may hold any characters (':', quotes, `at 3`); the
// colons inside `to +L:C` are never followed by a space. A message cannot hold a line break. The
// runner compares a pinned message exactly, and only where one is pinned; UPDATE=1 writes the actual
// message into every annotation that was pinned before (same location, severity and rule). To pin
// one by hand, write any message (`: ?`) and run UPDATE=1; test/support/pin-messages.ts pins the
// first annotation of every rule and message variant that has none.

export interface Expectation {
  /** 0-based line and column of the start, and of the end. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  rule: string;
  /** The exact message, where the annotation pins it. */
  message?: string;
}

const ANNOTATION =
  /^(?<head>\s*\/\/\s*(?<carets>\^+)\s+(?<severity>error|warning|info)\s+(?<rule>[a-z0-9-]+)(?:\s+at\s+(?<at>\d+))?(?:\s+to\s+\+(?<toLine>\d+):(?<toColumn>\d+))?(?:\s+above\s+(?<above>\d+))?)(?:: (?<message>.+)|\s*)$/;

/** A comment whose first character is a caret is meant as an annotation: one that does not parse is a mistake, not a comment. */
const LOOKS_LIKE_ANNOTATION = /^\s*\/\/\s*\^/;

export function isAnnotation(line: string): boolean {
  return ANNOTATION.test(line);
}

/** The annotations of a text with the index of the line each is written on; lines are numbered as in the text itself. */
export function annotationLines(text: string): { e: Expectation; index: number }[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: { e: Expectation; index: number }[] = [];
  const code: number[] = []; // indexes of the lines that are not annotations, so far
  lines.forEach((line, i) => {
    const g = ANNOTATION.exec(line)?.groups;
    if (!g) {
      if (LOOKS_LIKE_ANNOTATION.test(line)) throw new Error(`line ${i + 1} starts like an annotation but does not parse: ${line}`);
      code.push(i);
      return;
    }
    const target = code[code.length - Number(g.above ?? 1)];
    if (target === undefined) throw new Error(`annotation on line ${i + 1} has no line above it to point at`);
    const column = g.at !== undefined ? Number(g.at) : line.indexOf("^");
    const endLine = g.toLine !== undefined ? target + Number(g.toLine) : target;
    const endColumn = g.toColumn !== undefined ? Number(g.toColumn) : column + g.carets!.length;
    const e: Expectation = { line: target, column, endLine, endColumn, severity: g.severity!, rule: g.rule! };
    if (g.message !== undefined) e.message = g.message;
    out.push({ e, index: i });
  });
  return out;
}

/** Reads the annotations of a text; lines are numbered as in the text itself. */
export function readAnnotations(text: string): Expectation[] {
  return annotationLines(text).map((a) => a.e);
}

/** The annotation line with `message` pinned (replacing the pin it had). */
export function pinAnnotation(line: string, message: string): string {
  const head = ANNOTATION.exec(line)?.groups?.head;
  if (head === undefined) throw new Error(`not an annotation: ${line}`);
  return head + pin(message);
}

function pin(message: string | undefined): string {
  if (message === undefined) return "";
  if (message.length === 0 || /[\r\n]/.test(message) || message.trimEnd() !== message) {
    throw new Error(`cannot pin a message that is empty, holds a line break or ends in white space: ${JSON.stringify(message)}`);
  }
  return `: ${message}`;
}

/** The annotation line for a diagnostic on the line `above` lines above it (1: right above). */
export function annotationFor(e: Expectation, codeLine: string, above = 1): string {
  const indent = (codeLine.match(/^\s*/)?.[0] ?? "").length;
  const sameLine = e.endLine === e.line && e.endColumn > e.column;
  const carets = sameLine ? e.endColumn - e.column : Math.max(1, codeLine.length - e.column);
  const prefix = `${" ".repeat(Math.min(indent, Math.max(0, e.column - 2)))}//`;
  const canAlign = e.column >= prefix.length;
  const pad = canAlign ? " ".repeat(e.column - prefix.length) : " ";
  let s = `${prefix}${pad}${"^".repeat(carets)} ${e.severity} ${e.rule}`;
  if (!canAlign) s += ` at ${e.column}`;
  if (!sameLine) s += ` to +${e.endLine - e.line}:${e.endColumn}`;
  if (above > 1) s += ` above ${above}`;
  return s + pin(e.message);
}

/** Location, severity and rule: what must agree before messages are compared. */
export function whereOf(e: Expectation): string {
  return `${e.line}:${e.column}-${e.endLine}:${e.endColumn} ${e.severity} ${e.rule}`;
}

/**
 * Pairs expected with actual annotations of the same location, severity and rule: for each expected
 * one, the index of its partner in `actual`, or -1. A pin first takes an actual finding with its very
 * message, so that two findings on one range pair with the pins that name them.
 */
export function pairAnnotations(expected: Expectation[], actual: Expectation[]): number[] {
  const partner = expected.map(() => -1);
  const taken = actual.map(() => false);
  const take = (i: number, accept: (a: Expectation) => boolean) => {
    const j = actual.findIndex((a, k) => !taken[k] && whereOf(a) === whereOf(expected[i]!) && accept(a));
    if (j < 0) return;
    partner[i] = j;
    taken[j] = true;
  };
  expected.forEach((e, i) => {
    if (e.message !== undefined) take(i, (a) => a.message === e.message);
  });
  expected.forEach((_, i) => {
    if (partner[i] === -1) take(i, () => true);
  });
  return partner;
}

/**
 * The actual annotations (each with its message) as they are to be shown and written: pinned where
 * an expected annotation of the same location, severity and rule was pinned, unpinned elsewhere.
 */
export function carryPins(expected: Expectation[], actual: Expectation[]): Expectation[] {
  const pinned = new Set<number>();
  pairAnnotations(expected, actual).forEach((j, i) => {
    if (j >= 0 && expected[i]!.message !== undefined) pinned.add(j);
  });
  return actual.map((a, j) => {
    if (pinned.has(j)) return a;
    const { message: _, ...rest } = a;
    return rest;
  });
}

/**
 * The text with its annotations replaced by the given expectations (for UPDATE=1). `canFollow(i)`
 * tells whether an annotation may be placed after original line i (not inside a text block).
 */
export function rewriteAnnotations(text: string, expectations: Expectation[], canFollow: (line: number) => boolean = () => true): string {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(/\r\n|\r|\n/);
  const kept: { line: string; original: number }[] = [];
  lines.forEach((line, i) => {
    if (!isAnnotation(line)) kept.push({ line, original: i });
  });
  // Each expectation goes after the first kept line, at or below its own, that an annotation may follow.
  const byLine = new Map<number, { e: Expectation; above: number; codeLine: string }[]>();
  kept.forEach((k, idx) => {
    for (const e of expectations) {
      if (e.line !== k.original) continue;
      let j = idx;
      while (j < kept.length - 1 && !canFollow(kept[j]!.original)) j++;
      const list = byLine.get(kept[j]!.original) ?? [];
      list.push({ e, above: j - idx + 1, codeLine: k.line });
      byLine.set(kept[j]!.original, list);
    }
  });
  const out: string[] = [];
  for (const k of kept) {
    out.push(k.line);
    for (const { e, above, codeLine } of byLine.get(k.original) ?? []) out.push(annotationFor(e, codeLine, above));
  }
  return out.join(eol);
}
