// Maps UTF-16 offsets to LSP positions (line, UTF-16 column) and back; \n, \r\n and lone \r end a line.

export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  readonly length: number;
  private readonly text: string;
  private starts: number[] | undefined;

  constructor(text: string) {
    this.text = text;
    this.length = text.length;
  }

  /** Offset at which each line starts; lineStarts[0] is 0. Computed on first use: most files need no positions. */
  get lineStarts(): number[] {
    return (this.starts ??= computeLineStarts(this.text));
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The line holding `offset`, clamped into the document. */
  lineOf(offset: number): number {
    const starts = this.lineStarts;
    if (offset <= 0) return 0;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    const line = this.lineOf(o);
    return { line, character: o - this.lineStarts[line]! };
  }

  /** The offset of an LSP position; a column past the line's end clamps to the end (before its line break). */
  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.lineStarts.length) return this.length;
    const start = this.lineStarts[pos.line]!;
    let end = pos.line + 1 < this.lineStarts.length ? this.lineStarts[pos.line + 1]! : this.length;
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return Math.min(start + Math.max(0, pos.character), end);
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  // Most files end their lines with \n alone, and V8's indexOf finds those several times faster than a loop over
  // the characters (a first lint of an old register places findings in nearly every file: 12 MB, 30 -> 8 ms).
  if (text.indexOf("\r") < 0) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    return starts;
  }
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The line ending a text uses: that of its first line break (`\r\n`, a lone `\r`, or `\n`), `\n` when it has none. */
export function eolOf(text: string): string {
  const i = text.search(/[\r\n]/);
  if (i < 0 || text[i] === "\n") return "\n";
  return text[i + 1] === "\n" ? "\r\n" : "\r";
}
