// The formatter: one canonical layout of the syntax tree, keeping every comment and never changing a value.
import { eolOf } from "../../grammar/line-index.js";
import { parse } from "../../grammar/parse.js";
import { itemAtoms, valuesOf, type Atom, type Block, type Comment, type Field, type SyntaxTree, type Value } from "../../grammar/syntax-tree.js";
import { treeShape } from "../../grammar/tree-shape.js";

const INDENT = "  ";

/**
 * Formats a file, or returns undefined when it has syntax errors: the tree of a broken file is a
 * guess, and a formatter must never lose or move text on a guess. The result is parsed again and
 * must give the same declarations, values and comments; should it ever not, it is not returned.
 */
export function format(tree: SyntaxTree): string | undefined {
  if (tree.errors.length > 0) return undefined;
  const out = new Printer(tree).print();
  if (out === tree.text) return out;
  const again = parse(out);
  return again.errors.length === 0 && treeShape(again) === treeShape(tree) ? out : undefined;
}

/**
 * The line ending the formatted text is written with: the first one outside block comments, whose own line
 * breaks are kept as written. Counted inside one, a file that mixes line endings (`\r` before a comment
 * that holds `\n`) would be formatted one way, and its formatted text the other.
 */
function lineEnding(text: string, comments: readonly Comment[]): string {
  const breaks = /\r\n?|\n/g;
  let c = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    while (c < comments.length && comments[c]!.end <= m.index) c++;
    const comment = comments[c];
    if (!comment || comment.start > m.index) return m[0];
    breaks.lastIndex = comment.end;
  }
  return eolOf(text);
}

class Printer {
  /** The printed lines; joined once at the end (asking a growing string whether it ends in a blank line flattens it every time). */
  private readonly lines: string[] = [];
  private comments: Comment[];
  private next = 0; // the first comment not printed yet
  private readonly text: string;
  private readonly eol: string;

  constructor(private readonly tree: SyntaxTree) {
    this.text = tree.text;
    this.comments = tree.comments;
    this.eol = lineEnding(this.text, this.comments);
  }

  print(): string {
    let first = true;
    const decls = this.tree.declarations;
    decls.forEach((d, i) => {
      if (!first) this.ensureBlankLine();
      const commentsEnd = this.leadingComments(d.start, "", !first);
      if (commentsEnd >= 0 && this.blankBetween(commentsEnd, d.start)) this.ensureBlankLine();
      this.block(d, "", decls[i + 1]?.start ?? this.text.length);
      first = false;
    });
    if (!first && this.next < this.comments.length) this.ensureBlankLine();
    this.leadingComments(this.text.length, "", !first);
    return this.lines.join(this.eol).trimEnd() + this.eol;
  }

  private line(s: string): void {
    this.lines.push(s);
  }

  private ensureBlankLine(): void {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== "") this.lines.push("");
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
      this.line(indent + this.commentText(c));
      previousEnd = c.end;
    }
    return previousEnd;
  }

  /** A comment that starts on the same source line right after `end` is kept at the end of the printed line. */
  private trailingComment(end: number, limit: number): string {
    const c = this.comments[this.next];
    if (!c || c.start >= limit || !this.sameLine(end, c.start) || c.block && !this.sameLine(c.start, c.end)) return "";
    this.next++;
    return " " + this.commentText(c);
  }

  /** A comment as written; a line comment without the spaces that ended its line. */
  private commentText(c: Comment): string {
    const s = this.text.slice(c.start, c.end);
    return c.block ? s : s.trimEnd();
  }

  /** Prints a block; `next` is where whatever follows it starts (a comment on its last line before that is its own). */
  private block(b: Block, indent: string, next: number): void {
    const head = [b.keyword.text, b.label ? this.source(b.label) : "", b.title ? this.source(b.title) : ""].filter(Boolean).join(" ");
    const inner = indent + INDENT;
    let previousEnd = b.open;
    // A comment after `{` belongs to it only when no member follows on that line.
    this.line(`${indent}${head} {${this.trailingComment(b.open + 1, b.members[0]?.start ?? b.close)}`);
    b.members.forEach((m, i) => {
      const following = b.members[i + 1]?.start ?? b.close;
      if (this.blankBetween(previousEnd, this.commentStartBefore(m.start))) this.ensureBlankLine();
      const commentsEnd = this.leadingComments(m.start, inner, true);
      if (commentsEnd >= 0 && this.blankBetween(commentsEnd, m.start)) this.ensureBlankLine();
      if (m.type === "block") this.block(m, inner, following);
      else this.field(m, inner, following);
      previousEnd = m.end;
    });
    this.leadingComments(b.close, inner, true);
    this.line(`${indent}}${this.trailingComment(b.close + 1, next)}`);
  }

  /** Where the next comments before `start` begin, so that a blank line before them is kept. */
  private commentStartBefore(start: number): number {
    const c = this.comments[this.next];
    return c && c.start < start ? c.start : start;
  }

  private field(f: Field, indent: string, next: number): void {
    const values = valuesOf(f).map((v) => this.value(v, indent)).join(" ");
    // Comments written between the values of a field move after it, so that none is lost.
    const inside: string[] = [];
    while (this.next < this.comments.length && this.comments[this.next]!.start < f.end) inside.push(this.commentText(this.comments[this.next++]!));
    const trailing = this.trailingComment(f.end, next);
    if (inside.length === 0) {
      this.line(`${indent}${f.name}: ${values}${trailing}`);
      return;
    }
    // Comments keep their order: those from between the values first, then the one that ended the line.
    this.line(`${indent}${f.name}: ${values}`);
    for (const c of inside) this.line(indent + c);
    if (trailing) this.line(indent + trailing.trimStart());
  }

  private value(v: Value, indent: string): string {
    if (v.kind === "list") return `[${v.items.map((i) => itemAtoms(i).map((a) => this.source(a)).join(" ")).join(", ")}]`;
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
