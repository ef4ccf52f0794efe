// A fast path for error-free input: builds the same tree as the Chevrotain grammar, or gives up at the first error.
import { Tok, tokenValue, type TokenStream } from "./lexer.js";
import { GIVE_UP, skipBlock, skipField, type Reader } from "./fast-skip.js";
import { MAX_DEPTH, type Atom, type AtomKind, type Block, type Field, type ListItem, type ListValue, type Member, type Value } from "./syntax-tree.js";

/** The keys of the fields to build in a top-level block, by its keyword (`ParseOptions.fields`). */
export type FieldFilter = (keyword: string) => readonly string[];

const atomKinds: AtomKind[] = [];
atomKinds[Tok.Ident] = "ident";
atomKinds[Tok.String] = "string";
atomKinds[Tok.TextBlock] = "text";
atomKinds[Tok.Date] = "date";
atomKinds[Tok.Number] = "number";


export interface FastResult {
  /** The declarations before the first one with an error (all of them when `complete`). */
  declarations: Block[];
  complete: boolean;
  /** Token index where the first declaration with an error begins. */
  resumeAt: number;
}

/**
 * The parser's state lives in one long-lived object, not in closures made per call: closures made
 * afresh for every file would start cold in the JIT each time.
 */
class FastParser implements Reader {
  ts!: TokenStream;
  kinds!: Uint8Array;
  starts!: Int32Array;
  ends!: Int32Array;
  count = 0;
  i = 0;
  depth = 0;
  /**
   * Arrays are filled on a shared stack and copied out at their exact size: a literal [] grows to
   * 17 slots on its first push, which across a large workspace is much of the tree's memory.
   */
  readonly stack: unknown[] = [];
  /** Which fields of a top-level block to build (`fastParse`'s `fields`); null builds every member. */
  fields: FieldFilter | null = null;

  kind(k: number): number {
    return k < this.count ? this.kinds[k]! : 0;
  }

  atom(k: number): Atom {
    return { kind: atomKinds[this.kinds[k]!]!, text: tokenValue(this.ts, k), start: this.starts[k]!, end: this.ends[k]! };
  }

  /**
   * Whether the key at token k is one of `names`, compared where it is written: a first reading passes over most
   * fields, and making each key's string to ask a filter (interned, so hashed and looked up) cost more than the skip.
   */
  keyIn(k: number, names: readonly string[]): boolean {
    const start = this.starts[k]!;
    const length = this.ends[k]! - start;
    for (const name of names) if (name.length === length && this.ts.text.startsWith(name, start)) return true;
    return false;
  }

  take<T>(mark: number): T[] {
    const out = this.stack.slice(mark) as T[];
    this.stack.length = mark;
    return out;
  }

  /** `IDENT [IDENT|NUMBER] [STRING] {` starts at token k. */
  blockHeaderAt(k: number): boolean {
    if (this.kind(k) !== Tok.Ident) return false;
    let j = k + 1;
    const next = this.kind(j);
    if (next === Tok.Ident || next === Tok.Number) j++;
    if (this.kind(j) === Tok.String) j++;
    return this.kind(j) === Tok.LBrace;
  }

  /** As Grammar.valueContinues: right after ':', `A B {` is the value A and a block `B {`. */
  continuesValues(k: number, first: boolean): boolean {
    const t = this.kind(k);
    if (t === Tok.Ident) {
      const next = this.kind(k + 1);
      if (next === Tok.Colon) return false;
      return first && next === Tok.Ident ? true : !this.blockHeaderAt(k);
    }
    return t === Tok.String || t === Tok.TextBlock || t === Tok.Date || t === Tok.Number;
  }

  list(): ListValue {
    const l: ListValue = { kind: "list", items: [], start: this.starts[this.i]!, end: this.ends[this.i]! };
    this.i++;
    const itemsMark = this.stack.length;
    let atomsMark = -1; // where the current item's atoms begin on the stack, or -1 between items
    for (;;) {
      const t = this.kind(this.i);
      if (t === Tok.Comma) {
        if (atomsMark < 0) throw GIVE_UP;
        this.endItem(atomsMark);
        atomsMark = -1;
        l.end = this.ends[this.i++]!;
      } else if (this.continuesValues(this.i, false)) {
        const a = this.atom(this.i++);
        if (atomsMark < 0) atomsMark = this.stack.length;
        this.stack.push(a);
        l.end = a.end;
      } else break;
    }
    if (atomsMark >= 0) this.endItem(atomsMark);
    l.items = this.take<ListItem>(itemsMark);
    if (this.kind(this.i) !== Tok.RBracket) throw GIVE_UP;
    l.end = this.ends[this.i++]!;
    return l;
  }

  /** Ends the list entry whose atoms lie on the stack from `atomsMark`: one atom stays as it is (see ListItem). */
  endItem(atomsMark: number): void {
    if (this.stack.length === atomsMark + 1) return;
    this.stack.push(this.take<Atom>(atomsMark) satisfies ListItem);
  }

  /** The value at the current token, if one continues the field there (`first`: right after its ':'). */
  value(first: boolean): Value | undefined {
    if (this.kind(this.i) === Tok.LBracket) return this.list();
    if (this.continuesValues(this.i, first)) return this.atom(this.i++);
    return undefined;
  }

  field(): Field {
    const key = this.i;
    this.i += 2;
    const first = this.value(true);
    if (!first) throw GIVE_UP;
    const f: Field = { type: "field", name: tokenValue(this.ts, key), value: first, start: this.starts[key]!, end: first.end, data: undefined };
    // Most fields hold one value, without an array (see Field).
    const second = this.value(false);
    if (!second) return f;
    const mark = this.stack.length;
    this.stack.push(first);
    for (let v: Value | undefined = second; v; v = this.value(false)) {
      this.stack.push(v);
      f.end = v.end;
    }
    f.value = this.take<Value>(mark);
    return f;
  }

  body(b: Block): void {
    if (this.depth >= MAX_DEPTH) throw GIVE_UP;
    this.depth++;
    b.open = this.starts[this.i]!;
    b.end = this.ends[this.i]!;
    this.i++;
    const mark = this.stack.length;
    const wanted = this.fields === null ? null : this.fields(b.keyword.text);
    for (;;) {
      const t = this.kind(this.i);
      if (t === Tok.RBrace) break;
      if (t !== Tok.Ident) throw GIVE_UP;
      if (this.kind(this.i + 1) === Tok.Colon) {
        // Asked for some fields, the parser passes over nested blocks: every body it reads is a declaration's.
        if (wanted === null || this.keyIn(this.i, wanted)) this.stack.push(this.field());
        else skipField(this);
      } else if (!this.blockHeaderAt(this.i)) throw GIVE_UP;
      else if (wanted === null) this.stack.push(this.header(false));
      else skipBlock(this);
    }
    b.members = this.take<Member>(mark);
    b.close = this.starts[this.i]!;
    b.end = this.ends[this.i]!;
    this.i++;
    this.depth--;
  }

  /** `keyword [label] ["title"] { … }`; a declaration needs a name that is an identifier. */
  header(top: boolean): Block {
    const keyword = this.atom(this.i++);
    const b: Block = {
      type: "block", keyword, label: null, title: null, members: [], open: -1, close: -1, start: keyword.start, end: keyword.end,
    };
    const t = this.kind(this.i);
    if (t === Tok.Ident || (!top && t === Tok.Number)) { b.label = this.atom(this.i++); b.end = b.label.end; }
    else if (top) throw GIVE_UP;
    if (this.kind(this.i) === Tok.String) { b.title = this.atom(this.i++); b.end = b.title.end; }
    if (this.kind(this.i) !== Tok.LBrace) throw GIVE_UP;
    this.body(b);
    return b;
  }

  run(ts: TokenStream, fields: FieldFilter | null): FastResult {
    this.ts = ts;
    this.fields = fields;
    this.kinds = ts.kinds;
    this.starts = ts.starts;
    this.ends = ts.ends;
    this.count = ts.count;
    this.i = 0;
    const declarations: Block[] = [];
    let begin = 0;
    try {
      while (this.i < this.count) {
        begin = this.i;
        this.depth = 0;
        this.stack.length = 0;
        if (this.kinds[this.i] !== Tok.Ident || this.kind(this.i + 1) === Tok.Colon) throw GIVE_UP;
        declarations.push(this.header(true));
      }
      return { declarations, complete: true, resumeAt: this.count };
    } catch (e) {
      if (e === GIVE_UP) return { declarations, complete: false, resumeAt: begin };
      throw e;
    } finally {
      this.stack.length = 0;
    }
  }
}

const parser = new FastParser();

/**
 * Parses a token stream the way the Chevrotain grammar (parser.ts) would, up to the first
 * top-level declaration that holds anything the grammar reports as an error; the caller runs the
 * grammar from there for its recovery and messages. The property tests check that both agree.
 * With `fields`, a top-level block holds only the fields it names, and no nested blocks; what is
 * passed over is read all the same, so the declarations, their places and where it gives up do not change.
 */
export function fastParse(ts: TokenStream, fields: FieldFilter | null = null): FastResult {
  return parser.run(ts, fields);
}
