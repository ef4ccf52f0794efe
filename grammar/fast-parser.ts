// A fast path for error-free input: builds the same tree as the Chevrotain grammar, or gives up at the first error.
import { Tok, tokenValue, type TokenStream } from "./lexer.js";
import { MAX_DEPTH } from "./parser.js";
import type { Atom, AtomKind, Block, Field, ListItem, ListValue, Member, Value } from "./syntax-tree.js";

const atomKinds: AtomKind[] = [];
atomKinds[Tok.Ident] = "ident";
atomKinds[Tok.String] = "string";
atomKinds[Tok.TextBlock] = "text";
atomKinds[Tok.Date] = "date";
atomKinds[Tok.Number] = "number";

/** Thrown internally to abandon the fast path; never escapes `fastParse`. */
const GIVE_UP = Symbol("give up");

export interface FastResult {
  /** The declarations before the first one with an error (all of them when `complete`). */
  declarations: Block[];
  complete: boolean;
  /** Token index where the first declaration with an error begins. */
  resumeAt: number;
}

/**
 * Parses a token stream the way the Chevrotain grammar (parser.ts) would, up to the first
 * top-level declaration that holds anything the grammar reports as an error; the caller runs the
 * grammar from there for its recovery and messages. The property tests check that both agree.
 */
export function fastParse(ts: TokenStream): FastResult {
  const { kinds, starts, ends, count } = ts;
  let i = 0;
  let depth = 0;

  const kind = (k: number): number => (k < count ? kinds[k]! : 0);
  const atom = (k: number): Atom => ({ kind: atomKinds[kinds[k]!]!, text: tokenValue(ts, k), start: starts[k]!, end: ends[k]! });
  const blockHeaderAt = (k: number): boolean => {
    if (kind(k) !== Tok.Ident) return false;
    let j = k + 1;
    if (kind(j) === Tok.Ident || kind(j) === Tok.Number) j++;
    if (kind(j) === Tok.String) j++;
    return kind(j) === Tok.LBrace;
  };
  // As Grammar.valueContinues: right after ':', `A B {` is the value A and a block `B {`.
  const continuesValues = (k: number, first: boolean): boolean => {
    const t = kind(k);
    if (t === Tok.Ident) {
      if (kind(k + 1) === Tok.Colon) return false;
      return first && kind(k + 1) === Tok.Ident ? true : !blockHeaderAt(k);
    }
    return t === Tok.String || t === Tok.TextBlock || t === Tok.Date || t === Tok.Number;
  };

  // Arrays are filled on a shared stack and copied out at their exact size: a literal [] grows to
  // 17 slots on its first push, which across a large workspace is most of the tree's memory.
  const stack: unknown[] = [];
  const take = <T>(mark: number): T[] => {
    const out = stack.slice(mark) as T[];
    stack.length = mark;
    return out;
  };

  const list = (): ListValue => {
    const l: ListValue = { kind: "list", items: [], closed: false, start: starts[i]!, end: ends[i]! };
    i++;
    const itemsMark = stack.length;
    let atomsMark = -1; // where the current item's atoms begin on the stack, or -1 between items
    let itemStart = 0;
    const endItem = () => {
      const atoms = take<Atom>(atomsMark);
      stack.push({ atoms, start: itemStart, end: atoms[atoms.length - 1]!.end } satisfies ListItem);
      atomsMark = -1;
    };
    for (;;) {
      const t = kind(i);
      if (t === Tok.Comma) {
        if (atomsMark < 0) throw GIVE_UP;
        endItem();
        l.end = ends[i++]!;
      } else if (continuesValues(i, false)) {
        const a = atom(i++);
        if (atomsMark < 0) {
          atomsMark = stack.length;
          itemStart = a.start;
        }
        stack.push(a);
        l.end = a.end;
      } else break;
    }
    if (atomsMark >= 0) endItem();
    l.items = take<ListItem>(itemsMark);
    if (kind(i) !== Tok.RBracket) throw GIVE_UP;
    l.closed = true;
    l.end = ends[i++]!;
    return l;
  };

  const field = (): Field => {
    const key = atom(i);
    const f: Field = { type: "field", key, colon: true, values: [], start: key.start, end: ends[i + 1]!, data: undefined };
    i += 2;
    const mark = stack.length;
    for (;;) {
      let v: Value;
      if (kind(i) === Tok.LBracket) v = list();
      else if (continuesValues(i, stack.length === mark)) v = atom(i++);
      else break;
      stack.push(v);
      f.end = v.end;
    }
    if (stack.length === mark) throw GIVE_UP;
    f.values = take<Value>(mark);
    return f;
  };

  const body = (b: Block): void => {
    if (depth >= MAX_DEPTH) throw GIVE_UP;
    depth++;
    b.open = starts[i]!;
    b.end = ends[i]!;
    i++;
    const mark = stack.length;
    for (;;) {
      const t = kind(i);
      if (t === Tok.RBrace) break;
      if (t !== Tok.Ident) throw GIVE_UP;
      if (kind(i + 1) === Tok.Colon) stack.push(field());
      else if (blockHeaderAt(i)) stack.push(header(false));
      else throw GIVE_UP;
    }
    b.members = take<Member>(mark);
    b.close = starts[i]!;
    b.end = ends[i]!;
    i++;
    depth--;
  };

  // `keyword [label] ["title"] { … }`; a declaration needs a name that is an identifier.
  const header = (top: boolean): Block => {
    const keyword = atom(i++);
    const b: Block = {
      type: "block", keyword, label: null, title: null, members: [], open: -1, close: -1, start: keyword.start, end: keyword.end,
    };
    const t = kind(i);
    if (t === Tok.Ident || (!top && t === Tok.Number)) { b.label = atom(i++); b.end = b.label.end; }
    else if (top) throw GIVE_UP;
    if (kind(i) === Tok.String) { b.title = atom(i++); b.end = b.title.end; }
    if (kind(i) !== Tok.LBrace) throw GIVE_UP;
    body(b);
    return b;
  };

  const declarations: Block[] = [];
  let begin = 0;
  try {
    while (i < count) {
      begin = i;
      depth = 0;
      stack.length = 0;
      if (kinds[i] !== Tok.Ident || kind(i + 1) === Tok.Colon) throw GIVE_UP;
      declarations.push(header(true));
    }
    return { declarations, complete: true, resumeAt: count };
  } catch (e) {
    if (e === GIVE_UP) return { declarations, complete: false, resumeAt: begin };
    throw e;
  }
}
