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

export interface Expectation {
  /** 0-based line and column of the start, and of the end. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  rule: string;
}

const ANNOTATION = /^\s*\/\/(\s*)(\^+)\s+(error|warning|info)\s+([a-z0-9-]+)(?:\s+at\s+(\d+))?(?:\s+to\s+\+(\d+):(\d+))?(?:\s+above\s+(\d+))?\s*$/;

export function isAnnotation(line: string): boolean {
  return ANNOTATION.test(line);
}

/** Reads the annotations of a text; lines are numbered as in the text itself. */
export function readAnnotations(text: string): Expectation[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: Expectation[] = [];
  const code: number[] = []; // indexes of the lines that are not annotations, so far
  lines.forEach((line, i) => {
    const m = ANNOTATION.exec(line);
    if (!m) {
      code.push(i);
      return;
    }
    const target = code[code.length - Number(m[8] ?? 1)];
    if (target === undefined) throw new Error(`annotation on line ${i + 1} has no line above it to point at`);
    const caretColumn = line.indexOf("^");
    const column = m[5] !== undefined ? Number(m[5]) : caretColumn;
    const carets = m[2]!.length;
    const endLine = m[6] !== undefined ? target + Number(m[6]) : target;
    const endColumn = m[7] !== undefined ? Number(m[7]) : column + carets;
    out.push({ line: target, column, endLine, endColumn, severity: m[3]!, rule: m[4]! });
  });
  return out;
}

/** The annotation line for a diagnostic on the line above it. */
export function annotationFor(e: Expectation, codeLine: string): string {
  const indent = (codeLine.match(/^\s*/)?.[0] ?? "").length;
  const sameLine = e.endLine === e.line && e.endColumn > e.column;
  const carets = sameLine ? e.endColumn - e.column : Math.max(1, codeLine.length - e.column);
  const prefix = `${" ".repeat(Math.min(indent, Math.max(0, e.column - 2)))}//`;
  const canAlign = e.column >= prefix.length;
  const pad = canAlign ? " ".repeat(e.column - prefix.length) : " ";
  let s = `${prefix}${pad}${"^".repeat(carets)} ${e.severity} ${e.rule}`;
  if (!canAlign) s += ` at ${e.column}`;
  if (!sameLine) s += ` to +${e.endLine - e.line}:${e.endColumn}`;
  return s;
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
    for (const { e, above, codeLine } of byLine.get(k.original) ?? []) {
      out.push(annotationFor(e, codeLine) + (above > 1 ? ` above ${above}` : ""));
    }
  }
  return out.join(eol);
}
