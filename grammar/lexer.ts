// The lexer: one pass over the UTF-16 text into a compact token stream, comments and lexical errors; it never throws.
import { addError, errorList, type ErrorList } from "./error-list.js";
import type { Comment } from "./syntax-tree.js";
import { dedentTextBlock } from "./text-block.js";
import { internRange } from "./intern.js";

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

const enum C {
  Tab = 9, LF = 10, CR = 13, Space = 32, Quote = 34, Star = 42, Comma = 44, Minus = 45, Dot = 46,
  Slash = 47, D0 = 48, D9 = 57, Colon = 58, UA = 65, UZ = 90, LBracket = 91, Backslash = 92, RBracket = 93,
  Underscore = 95, La = 97, Lz = 122, LBrace = 123, RBrace = 125,
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
 * Whether a surrogate pair starts at `at` and ends before `n`: a lone high surrogate is one character on its own,
 * so that an error's range never reaches past the text or swallows the character after it.
 */
function startsPair(text: string, n: number, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && at + 1 < n && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
}

/** Describes a character the language does not allow, for an error message. */
function describeCharacter(text: string, at: number): string {
  const cp = text.codePointAt(at) ?? 0;
  const hex = "U+" + cp.toString(16).toUpperCase().padStart(4, "0");
  if (cp === 0) return `NUL (${hex})`;
  if (cp === 0xa0) return `no-break space (${hex})`;
  if (cp === 0xfeff) return `byte-order mark (${hex})`;
  if (cp === 0xfffd) return `replacement character (${hex})`;
  if (cp < 32 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x2000 && cp <= 0x200f) || cp === 0x2028 || cp === 0x2029 || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) {
    return hex;
  }
  return `'${String.fromCodePoint(cp)}' (${hex})`;
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

/**
 * Lexes a single-line string starting at the quote at `start`, in a text that ends at `n`, and returns the offset after it.
 * The decoded value is recorded only when it differs from the text between the quotes.
 */
function lexString(text: string, n: number, start: number, errors: ErrorList, index: number, decoded: Map<number, string>): number {
  let i = start + 1;
  let value = "";
  let chunk = i; // start of the run of plain characters not yet copied into value
  let escaped = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === C.Quote) {
      if (escaped) decoded.set(index, value + text.slice(chunk, i));
      return i + 1;
    }
    if (c === C.LF || c === C.CR) break;
    if (c !== C.Backslash) { i++; continue; }
    escaped = true;
    value += text.slice(chunk, i);
    const e = text.charCodeAt(i + 1);
    if (e === C.Quote || e === C.Backslash) { value += text[i + 1]; i += 2; }
    else if (e === 110 /* n */) { value += "\n"; i += 2; }
    else if (e === 116 /* t */) { value += "\t"; i += 2; }
    else if (e === 117 /* u */ && text.charCodeAt(i + 2) === 123 /* { */) {
      const close = text.indexOf("}", i + 3);
      const hex = close < 0 || close - i > 10 ? "" : text.slice(i + 3, close);
      const cp = /^[0-9A-Fa-f]{1,6}$/.test(hex) ? parseInt(hex, 16) : -1;
      if (cp >= 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
        value += String.fromCodePoint(cp);
        i = close + 1;
      } else {
        const end = hex === "" ? i + 3 : close + 1;
        addError(errors, { id: "invalid-unicode-escape", args: { escape: text.slice(i, end) }, start: i, end });
        value += text.slice(i, end);
        i = end;
      }
    } else if (i + 1 >= n || e === C.LF || e === C.CR) {
      i++;
    } else {
      const end = i + (startsPair(text, n, i + 1) ? 3 : 2);
      addError(errors, { id: "invalid-escape", args: { escape: text.slice(i, end) }, start: i, end });
      value += text.slice(i + 1, end);
      i = end;
    }
    chunk = i;
  }
  // A title left open before its block (`service X "Title {`): end the string before the `{`,
  // so that the block still opens and one error is reported instead of a cascade.
  let end = i;
  let k = i;
  while (k > start + 1 && (text.charCodeAt(k - 1) === C.Space || text.charCodeAt(k - 1) === C.Tab)) k--;
  if (k > start + 1 && text.charCodeAt(k - 1) === C.LBrace && k - 1 >= chunk) end = k - 1;
  decoded.set(index, value + text.slice(chunk, end).trimEnd());
  addError(errors, { id: "unterminated-string", args: {}, start, end });
  return end;
}
