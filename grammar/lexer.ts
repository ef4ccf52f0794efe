// The lexer: one pass over the UTF-16 text into a compact token stream, comments and lexical errors; it never throws.
import { addError, errorList, type ErrorList } from "./error-list.js";
import type { Comment } from "./syntax-tree.js";
import { dedentTextBlock } from "./text-block.js";
import { internRange } from "./intern.js";
import { C, describeCharacter, startsPair } from "./characters.js";
import { lexString } from "./lex-string.js";

/** Token kinds, stored one byte per token. */
export const enum Tok {
  Ident = 1, String, TextBlock, Date, Number, LBrace, RBrace, LBracket, RBracket, Colon, Comma,
}

/**
 * Tokens as parallel typed arrays rather than objects: lexing a 12 MB workspace makes millions of
 * tokens, and objects would cost more in allocation and garbage collection than the scanning itself.
 */
export interface TokenStream {
  readonly text: string;
  count: number;
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  /** 1 when nothing but whitespace or comments precedes the token on its line. */
  lineStart: Uint8Array;
  /** Decoded values of text blocks and of strings with escapes or without a closing quote, by token index. */
  decoded: Map<number, string>;
  comments: Comment[];
  errors: ErrorList;
}

/** The value of token i: a string's or text block's content, otherwise the token's text. */
export function tokenValue(ts: TokenStream, i: number): string {
  const kind = ts.kinds[i];
  if (kind === Tok.String || kind === Tok.TextBlock) {
    const d = ts.decoded.get(i);
    if (d !== undefined) return d;
    return ts.text.slice(ts.starts[i]! + 1, ts.ends[i]! - 1);
  }
  const start = ts.starts[i]!;
  const end = ts.ends[i]!;
  return (kind === Tok.Ident || kind === Tok.Date) && end - start <= 32 ? internRange(ts.text, start, end) : ts.text.slice(start, end);
}


// Per ASCII code unit: 1 may start an identifier, 2 may continue one, 4 is a digit.
const charClass = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= C.UA && c <= C.UZ) || (c >= C.La && c <= C.Lz) || c === C.Underscore;
  const digit = c >= C.D0 && c <= C.D9;
  charClass[c] = (letter ? 3 : 0) | (digit ? 6 : 0) | (c === C.Minus ? 2 : 0);
}
const punctuation = new Uint8Array(128);
punctuation[C.LBrace] = Tok.LBrace;
punctuation[C.RBrace] = Tok.RBrace;
punctuation[C.LBracket] = Tok.LBracket;
punctuation[C.RBracket] = Tok.RBracket;
punctuation[C.Colon] = Tok.Colon;
punctuation[C.Comma] = Tok.Comma;

function isDigit(c: number): boolean {
  return c >= C.D0 && c <= C.D9;
}


/**
 * The arrays of the last stream, reused by the next call: parse() consumes a stream before it
 * lexes again, and allocating fresh typed arrays for every file costs more than the lexing.
 */
const shared = { kinds: new Uint8Array(4096), starts: new Int32Array(4096), ends: new Int32Array(4096), lineStarts: new Uint8Array(4096) };

/**
 * Lexes a text, or its part [from, to) as if the text ended at `to` (a re-parse of one declaration).
 * The stream's arrays are valid until the next call to `lex` unless `own` is set, which gives the
 * stream arrays of its own.
 */
export function lex(text: string, own = false, from = 0, to = text.length): TokenStream {
  const n = to;
  let capacity = own ? (n >> 3) + 64 : shared.kinds.length;
  let kinds = own ? new Uint8Array(capacity) : shared.kinds;
  let starts = own ? new Int32Array(capacity) : shared.starts;
  let ends = own ? new Int32Array(capacity) : shared.ends;
  let lineStarts = own ? new Uint8Array(capacity) : shared.lineStarts;
  let count = 0;
  const decoded = new Map<number, string>();
  const comments: Comment[] = [];
  const errors = errorList();
  let i = from === 0 && text.charCodeAt(0) === 0xfeff ? 1 : from; // a byte-order mark is not content
  let atLineStart = 1;
  let badStart = -1; // start of a run of characters that are not part of the language

  const grow = () => {
    capacity *= 2;
    const k = new Uint8Array(capacity); k.set(kinds); kinds = k;
    const s = new Int32Array(capacity); s.set(starts); starts = s;
    const e = new Int32Array(capacity); e.set(ends); ends = e;
    const l = new Uint8Array(capacity); l.set(lineStarts); lineStarts = l;
    if (!own && capacity <= 1 << 24) Object.assign(shared, { kinds, starts, ends, lineStarts });
  };
  const push = (kind: Tok, start: number, end: number) => {
    if (count === capacity) grow();
    kinds[count] = kind;
    starts[count] = start;
    ends[count] = end;
    lineStarts[count] = atLineStart;
    atLineStart = 0;
    count++;
  };
  const flushBad = (end: number) => {
    addError(errors, { id: "unexpected-character", args: { char: describeCharacter(text, badStart) }, start: badStart, end });
    badStart = -1;
  };
  const spansLine = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === C.LF || c === C.CR) return true;
    }
    return false;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const cls = charClass[c]!;
      if (badStart >= 0 && (cls !== 0 || punctuation[c] !== 0 || c === C.Space || c === C.Tab || c === C.LF ||
        c === C.CR || c === C.Quote || (c === C.Slash && (text.charCodeAt(i + 1) === C.Slash || text.charCodeAt(i + 1) === C.Star)))) {
        flushBad(i);
      }
      if (cls & 1) {
        const start = i++;
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d < 128 && charClass[d]! & 2) i++;
          else break;
        }
        push(Tok.Ident, start, i);
        continue;
      }
      if (c === C.Space || c === C.Tab) { i++; continue; }
      if (c === C.LF) { i++; atLineStart = 1; continue; }
      if (c === C.CR) { i += text.charCodeAt(i + 1) === C.LF ? 2 : 1; atLineStart = 1; continue; }
      const p = punctuation[c]!;
      if (p !== 0) { push(p, i, i + 1); i++; continue; }
      if (cls & 4) {
        const start = i;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        if (text.charCodeAt(i) === C.Minus && isDigit(text.charCodeAt(i + 1))) {
          // Anything shaped digits-digits… is a date; the model checks its form and calendar.
          while (text.charCodeAt(i) === C.Minus && isDigit(text.charCodeAt(i + 1))) {
            i++;
            while (i < n && isDigit(text.charCodeAt(i))) i++;
          }
          push(Tok.Date, start, i);
        } else {
          while (text.charCodeAt(i) === C.Dot && isDigit(text.charCodeAt(i + 1))) {
            i++;
            while (i < n && isDigit(text.charCodeAt(i))) i++;
          }
          push(Tok.Number, start, i);
        }
        continue;
      }
      if (c === C.Quote) {
        const start = i;
        if (text.charCodeAt(i + 1) === C.Quote && text.charCodeAt(i + 2) === C.Quote) {
          const found = text.indexOf('"""', i + 3);
          const close = found + 3 <= n ? found : -1;
          const end = close < 0 ? n : close + 3;
          if (close < 0) addError(errors, { id: "unterminated-text-block", args: {}, start, end: start + 3 });
          decoded.set(count, dedentTextBlock(text.slice(start + 3, close < 0 ? n : close)));
          push(Tok.TextBlock, start, end);
          i = end;
          continue;
        }
        i = lexString(text, n, i, errors, count, decoded);
        push(Tok.String, start, i);
        continue;
      }
      if (c === C.Slash && text.charCodeAt(i + 1) === C.Slash) {
        const start = i;
        i += 2;
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d === C.LF || d === C.CR) break;
          i++;
        }
        comments.push({ text: text.slice(start + 2, i), block: false, start, end: i });
        continue;
      }
      if (c === C.Slash && text.charCodeAt(i + 1) === C.Star) {
        const start = i;
        const found = text.indexOf("*/", i + 2);
        const close = found + 2 <= n ? found : -1;
        const end = close < 0 ? n : close + 2;
        if (close < 0) addError(errors, { id: "unterminated-comment", args: {}, start, end: start + 2 });
        comments.push({ text: text.slice(start + 2, close < 0 ? n : close), block: true, start, end });
        if (spansLine(start, end)) atLineStart = 1;
        i = end;
        continue;
      }
    }
    // Anything else is not part of the language; a run of such characters is one error.
    if (badStart < 0) badStart = i;
    i += startsPair(text, n, i) ? 2 : 1;
  }
  if (badStart >= 0) flushBad(n);
  return { text, count, kinds, starts, ends, lineStart: lineStarts, decoded, comments, errors };
}
