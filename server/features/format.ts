// The formatter: one canonical layout of the syntax tree, keeping every comment and never changing a value.
import type { Atom, Block, Comment, Field, SyntaxTree, Value } from "../../grammar/syntax-tree.js";

const INDENT = "  ";

/**
 * Formats a file, or returns undefined when it has syntax errors: the tree of a broken file is a
 * guess, and a formatter must never lose or move text on a guess.
 */
export function format(tree: SyntaxTree): string | undefined {
  if (tree.errors.length > 0) return undefined;
  return new Printer(tree).print();
}

class Printer {
  private out = "";
  private comments: Comment[];
  private next = 0; // the first comment not printed yet
  private readonly text: string;
  private readonly eol: string;

  constructor(private readonly tree: SyntaxTree) {
    this.text = tree.text;
    this.comments = tree.comments;
    this.eol = /\r\n/.test(this.text) ? "\r\n" : "\n";
  }

  print(): string {
    let first = true;
    for (const d of this.tree.declarations) {
      if (!first) this.ensureBlankLine();
      const commentsEnd = this.leadingComments(d.start, "", !first);
      if (commentsEnd >= 0 && this.blankBetween(commentsEnd, d.start)) this.ensureBlankLine();
      this.block(d, "");
      first = false;
    }
    if (!first && this.next < this.comments.length) this.ensureBlankLine();
    this.leadingComments(this.text.length, "", !first);
    return this.out.replace(/\s+$/, "") + this.eol;
  }

  private line(s: string): void {
    this.out += s + this.eol;
  }

  private ensureBlankLine(): void {
    if (this.out !== "" && !this.out.endsWith(this.eol + this.eol)) this.out += this.eol;
  }

  /** Whether the source has an empty line between two offsets. */
  private blankBetween(a: number, b: number): boolean {
    return /\n[ \t]*\r?\n/.test(this.text.slice(a, b).replace(/\r(?!\n)/g, "\n"));
  }

  private sameLine(a: number, b: number): boolean {
    return !/[\r\n]/.test(this.text.slice(a, b));
  }

  /**
   * Prints the comments that start before `before`, each on its own line, keeping one blank line
   * where the source had one; returns where the last of them ended (-1 when there were none).
   */
  private leadingComments(before: number, indent: string, afterSomething: boolean): number {
    let previousEnd = -1;
    while (this.next < this.comments.length && this.comments[this.next]!.start < before) {
      const c = this.comments[this.next++]!;
      if ((afterSomething || previousEnd >= 0) && previousEnd >= 0 && this.blankBetween(previousEnd, c.start)) this.ensureBlankLine();
      this.line(indent + this.text.slice(c.start, c.end));
      previousEnd = c.end;
    }
    return previousEnd;
  }

  /** A comment that starts on the same source line right after `end` is kept at the end of the printed line. */
  private trailingComment(end: number, limit: number): string {
    const c = this.comments[this.next];
    if (!c || c.start >= limit || !this.sameLine(end, c.start) || c.block && !this.sameLine(c.start, c.end)) return "";
    this.next++;
    return " " + this.text.slice(c.start, c.end);
  }

  private block(b: Block, indent: string): void {
    const head = [b.keyword.text, b.label ? this.source(b.label) : "", b.title ? this.source(b.title) : ""].filter(Boolean).join(" ");
    const inner = indent + INDENT;
    let previousEnd = b.open;
    this.line(`${indent}${head} {${this.trailingComment(b.open + 1, b.close)}`);
    for (const m of b.members) {
      if (this.blankBetween(previousEnd, this.commentStartBefore(m.start))) this.ensureBlankLine();
      const commentsEnd = this.leadingComments(m.start, inner, true);
      if (commentsEnd >= 0 && this.blankBetween(commentsEnd, m.start)) this.ensureBlankLine();
      if (m.type === "block") this.block(m, inner);
      else this.field(m, inner);
      previousEnd = m.end;
    }
    this.leadingComments(b.close, inner, true);
    this.line(`${indent}}${this.trailingComment(b.close + 1, this.limitAfter(b))}`);
  }

  /** Where the next comments before `start` begin, so that a blank line before them is kept. */
  private commentStartBefore(start: number): number {
    const c = this.comments[this.next];
    return c && c.start < start ? c.start : start;
  }

  private limitAfter(b: Block): number {
    const c = this.comments[this.next];
    return c ? Math.max(c.start + 1, b.end + 1) : this.text.length;
  }

  private field(f: Field, indent: string): void {
    const values = f.values.map((v) => this.value(v, indent)).join(" ");
    // Comments written between the values of a field move after it, so that none is lost.
    const inside: string[] = [];
    while (this.next < this.comments.length && this.comments[this.next]!.start < f.end) inside.push(this.text.slice(this.comments[this.next]!.start, this.comments[this.next++]!.end));
    this.line(`${indent}${f.key.text}: ${values}${this.trailingComment(f.end, Infinity)}`);
    for (const c of inside) this.line(indent + c);
  }

  private value(v: Value, indent: string): string {
    if (v.kind === "list") return `[${v.items.map((i) => i.atoms.map((a) => this.source(a)).join(" ")).join(", ")}]`;
    if (v.kind === "text") return this.textBlock(v, indent);
    return this.source(v);
  }

  /** Strings, dates, numbers and names as written (escapes included); text blocks re-indented to their value. */
  private source(a: Atom): string {
    return a.kind === "text" ? this.textBlock(a, "") : this.text.slice(a.start, a.end);
  }

  /**
   * A text block with its lines one step deeper than its field and the closing quotes level with
   * the field: dedenting gives back exactly the same value.
   */
  private textBlock(a: Atom, indent: string): string {
    const body = indent + INDENT;
    const lines = a.text.split("\n").map((l) => (l === "" ? "" : body + l));
    return `"""${this.eol}${lines.join(this.eol)}${this.eol}${indent}"""`;
  }
}
