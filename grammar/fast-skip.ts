// The fast path's way over members it is not asked to build (`ParseOptions.fields`): read as it reads them, built not at all.
import { Tok } from "./lexer.js";
import { MAX_DEPTH } from "./syntax-tree.js";

/** Thrown internally to abandon the fast path; never escapes `fastParse`. */
export const GIVE_UP = Symbol("give up");

/** What of the fast parser the passing over reads and moves: its place in the token stream and its depth. */
export interface Reader {
  i: number;
  depth: number;
  kind(k: number): number;
  blockHeaderAt(k: number): boolean;
  continuesValues(k: number, first: boolean): boolean;
}

/** Passes over a field as the parser's `field` reads it, giving up where it would. */
export function skipField(p: Reader): void {
  p.i += 2;
  if (!skipValue(p, true)) throw GIVE_UP;
  while (skipValue(p, false));
}

/** Passes over a value as the parser's `value` reads it; false where `value` finds none. */
function skipValue(p: Reader, first: boolean): boolean {
  if (p.kind(p.i) !== Tok.LBracket) {
    if (!p.continuesValues(p.i, first)) return false;
    p.i++;
    return true;
  }
  p.i++;
  let inItem = false;
  for (;;) {
    const t = p.kind(p.i);
    if (t === Tok.Comma) {
      if (!inItem) throw GIVE_UP;
      inItem = false;
      p.i++;
    } else if (p.continuesValues(p.i, false)) {
      inItem = true;
      p.i++;
    } else break;
  }
  if (p.kind(p.i) !== Tok.RBracket) throw GIVE_UP;
  p.i++;
  return true;
}

/** Passes over a nested block as the parser's `header(false)` reads it, giving up where it would. */
export function skipBlock(p: Reader): void {
  p.i++;
  const t = p.kind(p.i);
  if (t === Tok.Ident || t === Tok.Number) p.i++;
  if (p.kind(p.i) === Tok.String) p.i++;
  if (p.kind(p.i) !== Tok.LBrace) throw GIVE_UP;
  if (p.depth >= MAX_DEPTH) throw GIVE_UP;
  p.depth++;
  p.i++;
  for (;;) {
    const k = p.kind(p.i);
    if (k === Tok.RBrace) break;
    if (k !== Tok.Ident) throw GIVE_UP;
    if (p.kind(p.i + 1) === Tok.Colon) skipField(p);
    else if (p.blockHeaderAt(p.i)) skipBlock(p);
    else throw GIVE_UP;
  }
  p.i++;
  p.depth--;
}
