// A fast path for error-free input: builds the same tree as the Chevrotain grammar, or gives up at the first error.
import { Tok, tokenValue, type TokenStream } from "./lexer.js";
import { MAX_DEPTH } from "./parser.js";
import type { Atom, AtomKind, Block, Field, ListItem, ListValue, Value } from "./syntax-tree.js";

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

  const list = (): ListValue => {
    const l: ListValue = { kind: "list", items: [], closed: false, start: starts[i]!, end: ends[i]! };
    i++;
    let item: ListItem | null = null;
    for (;;) {
      const t = kind(i);
      if (t === Tok.Comma) {
        if (item === null) throw GIVE_UP;
        item = null;
        l.end = ends[i++]!;
      } else if (continuesValues(i, false)) {
        const a = atom(i++);
        if (item === null) {
          item = { atoms: [], start: a.start, end: a.end };
          l.items.push(item);
        }
        item.atoms.push(a);
        item.end = a.end;
        l.end = a.end;
      } else break;
    }
    if (kind(i) !== Tok.RBracket) throw GIVE_UP;
    l.closed = true;
    l.end = ends[i++]!;
    return l;
  };

  const field = (): Field => {
    const key = atom(i);
    const f: Field = { type: "field", key, colon: true, values: [], start: key.start, end: ends[i + 1]! };
    i += 2;
    for (;;) {
      let v: Value;
      if (kind(i) === Tok.LBracket) v = list();
      else if (continuesValues(i, f.values.length === 0)) v = atom(i++);
      else break;
      f.values.push(v);
      f.end = v.end;
    }
    if (f.values.length === 0) throw GIVE_UP;
    return f;
  };

  const body = (b: Block): void => {
    if (depth >= MAX_DEPTH) throw GIVE_UP;
    depth++;
    b.open = starts[i]!;
    b.end = ends[i]!;
    i++;
    for (;;) {
      const t = kind(i);
      if (t === Tok.RBrace) break;
      if (t !== Tok.Ident) throw GIVE_UP;
      if (kind(i + 1) === Tok.Colon) b.members.push(field());
      else if (blockHeaderAt(i)) b.members.push(header(false));
      else throw GIVE_UP;
    }
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
      if (kinds[i] !== Tok.Ident || kind(i + 1) === Tok.Colon) throw GIVE_UP;
      declarations.push(header(true));
    }
    return { declarations, complete: true, resumeAt: count };
  } catch (e) {
    if (e === GIVE_UP) return { declarations, complete: false, resumeAt: begin };
    throw e;
  }
}
