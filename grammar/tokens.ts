// The token vocabulary of the language: Chevrotain token types and the token objects the lexer produces.
import { createToken, Lexer, type IToken, type TokenType } from "chevrotain";
import { tokenValue, type TokenStream } from "./lexer.js";

// The hand-written lexer (lexer.ts) fills tokens itself, so no type carries a pattern.
const NA = Lexer.NA;

/** Category: every token; the parser's error productions consume whatever comes. */
export const AnyToken = createToken({ name: "Any", pattern: NA, label: "a token" });
/** Category: anything that can stand as a value (an atom). */
export const AtomCategory = createToken({ name: "Atom", pattern: NA, label: "a value" });
/** Category: what may follow a block keyword as its name or number. */
export const LabelCategory = createToken({ name: "Label", pattern: NA, label: "a name" });

export const Ident = createToken({ name: "Ident", pattern: NA, label: "a name", categories: [AnyToken, AtomCategory, LabelCategory] });
export const Str = createToken({ name: "String", pattern: NA, label: "a string", categories: [AnyToken, AtomCategory] });
export const TextBlock = createToken({ name: "TextBlock", pattern: NA, label: "a text block", categories: [AnyToken, AtomCategory] });
export const DateLit = createToken({ name: "Date", pattern: NA, label: "a date", categories: [AnyToken, AtomCategory] });
export const NumberLit = createToken({ name: "Number", pattern: NA, label: "a number", categories: [AnyToken, AtomCategory, LabelCategory] });
export const LBrace = createToken({ name: "LBrace", pattern: NA, label: "'{'", categories: [AnyToken] });
export const RBrace = createToken({ name: "RBrace", pattern: NA, label: "'}'", categories: [AnyToken] });
export const LBracket = createToken({ name: "LBracket", pattern: NA, label: "'['", categories: [AnyToken] });
export const RBracket = createToken({ name: "RBracket", pattern: NA, label: "']'", categories: [AnyToken] });
export const Colon = createToken({ name: "Colon", pattern: NA, label: "':'", categories: [AnyToken] });
export const Comma = createToken({ name: "Comma", pattern: NA, label: "','", categories: [AnyToken] });

export const allTokenTypes: TokenType[] = [
  AnyToken, AtomCategory, LabelCategory, Ident, Str, TextBlock, DateLit, NumberLit,
  LBrace, RBrace, LBracket, RBracket, Colon, Comma,
];

/** Chevrotain token types by the lexer's token kind (lexer.ts `Tok`). */
const tokenTypeOfKind: TokenType[] = [
  AnyToken, Ident, Str, TextBlock, DateLit, NumberLit, LBrace, RBrace, LBracket, RBracket, Colon, Comma,
];

/**
 * A token as Chevrotain's parser consumes it. `value` holds the decoded text of strings and
 * text blocks; `lineStart` tells whether only whitespace or comments precede it on its line.
 */
export class Token implements IToken {
  image: string;
  startOffset: number;
  endOffset: number;
  tokenType: TokenType;
  tokenTypeIdx: number;
  value: string;
  lineStart: boolean;
  /** Position in the token stream. */
  index = -1;
  constructor(type: TokenType, image: string, start: number, end: number, value: string, lineStart: boolean) {
    this.tokenType = type;
    this.tokenTypeIdx = type.tokenTypeIdx!;
    this.image = image;
    this.startOffset = start;
    this.endOffset = end; // exclusive, unlike Chevrotain's own lexer
    this.value = value;
    this.lineStart = lineStart;
  }
}

/** Makes the token object for token i of the stream. */
export function makeToken(ts: TokenStream, i: number): Token {
  const start = ts.starts[i]!;
  const end = ts.ends[i]!;
  const t = new Token(tokenTypeOfKind[ts.kinds[i]!]!, ts.text.slice(start, end), start, end, tokenValue(ts, i), ts.lineStart[i] === 1);
  t.index = i;
  return t;
}
