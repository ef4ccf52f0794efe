// Caret annotations: expected diagnostics written as comments under the line they point at.
//
//   disclosure D-1 { to: ALPH }
//   //                   ^^^^ error unresolved-reference
//
// The first caret sits under the first character of the range (or `at C` gives the column when it
// cannot: columns 0 and 1 hold the `//`); there are as many carets as characters in the range,
// and `to +L:C` gives the end instead when the range ends on a later line or is empty.

export interface Expectation {
  /** 0-based line and column of the start, and of the end. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  rule: string;
}

const ANNOTATION = /^\s*\/\/(\s*)(\^+)\s+(error|warning|info)\s+([a-z0-9-]+)(?:\s+at\s+(\d+))?(?:\s+to\s+\+(\d+):(\d+))?\s*$/;

export function isAnnotation(line: string): boolean {
  return ANNOTATION.test(line);
}

/** Reads the annotations of a text; lines are numbered as in the text itself. */
export function readAnnotations(text: string): Expectation[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: Expectation[] = [];
  let target = -1;
  lines.forEach((line, i) => {
    const m = ANNOTATION.exec(line);
    if (!m) {
      target = i;
      return;
    }
    if (target < 0) throw new Error(`annotation on line ${i + 1} has no line above it to point at`);
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

/** The text with its annotations replaced by the given expectations (for UPDATE=1). */
export function rewriteAnnotations(text: string, expectations: Expectation[]): string {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(/\r\n|\r|\n/);
  const kept: { line: string; original: number }[] = [];
  lines.forEach((line, i) => {
    if (!isAnnotation(line)) kept.push({ line, original: i });
  });
  const byLine = new Map<number, Expectation[]>();
  for (const e of expectations) {
    const list = byLine.get(e.line) ?? [];
    list.push(e);
    byLine.set(e.line, list);
  }
  const out: string[] = [];
  for (const k of kept) {
    out.push(k.line);
    for (const e of byLine.get(k.original) ?? []) out.push(annotationFor(e, k.line));
  }
  return out.join(eol);
}
