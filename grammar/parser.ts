// The Chevrotain grammar of the language (docs/language.md, "Syntax"), with error productions so that it recovers instead of failing.
import { EmbeddedActionsParser, EOF, type IToken, type TokenType } from "chevrotain";
import { addError, errorList, type ErrorList } from "./error-list.js";
import { excerpt } from "./excerpt.js";
import { Tok, type TokenStream } from "./lexer.js";
import { holdValues, keyEnd, MAX_DEPTH, type Atom, type AtomKind, type Block, type Field, type ListValue, type Value } from "./syntax-tree.js";
import {
  AnyToken, AtomCategory, Colon, Comma, DateLit, Ident, LabelCategory, LBrace, LBracket, NumberLit, RBrace,
  RBracket, Str, TextBlock, Token, allTokenTypes, makeToken,
} from "./tokens.js";

/** What LA returns past the last token; Chevrotain's own END_OF_FILE is not exported. */
const END_OF_FILE: IToken = Object.freeze({
  image: "", startOffset: NaN, endOffset: NaN, tokenType: EOF, tokenTypeIdx: EOF.tokenTypeIdx!,
}) as IToken;

const atomKinds = new Map<TokenType, AtomKind>([
  [Ident, "ident"], [Str, "string"], [TextBlock, "text"], [DateLit, "date"], [NumberLit, "number"],
]);

function atomOf(t: IToken): Atom {
  const tok = t as Token;
  return { kind: atomKinds.get(tok.tokenType) ?? "ident", text: tok.value ?? tok.image, start: tok.startOffset, end: tok.endOffset };
}

/** Describes a token for a message: its kind and a short form of its text. */
export function tokenArgs(t: IToken): Record<string, string> {
  const image = t.tokenType === EOF ? "" : excerpt(t.image, 40);
  return { found: t.tokenType === EOF ? "EOF" : t.tokenType.name, image };
}

class Grammar extends EmbeddedActionsParser {
  errors_: ErrorList = errorList();
  private depth = 0;
  /** Column of the keyword of the top-level declaration being parsed. */
  private topColumn = 0;
  /** Whether the file has more `{` than `}`: only then may a new declaration end unclosed blocks. */
  private unbalanced = false;

  constructor() {
    // Decisions are taken by the GATEs below, so Chevrotain needs to look at one token only.
    super(allTokenTypes, { maxLookahead: 1, recoveryEnabled: false });
    this.performSelfAnalysis();
  }

  /**
   * Points the parser at a token stream. Tokens are made on demand (see LA) rather than all at
   * once: a 50 MB file with an error would otherwise hold millions of token objects.
   */
  reset_(stream: TokenStream | null, from = 0): void {
    this.input = [];
    this.currIdx = from - 1;
    this.stream = stream;
    this.ring.fill(undefined);
    this.tokVectorLength = stream?.count ?? 0;
    this.errors_ = errorList();
    this.declarations_ = [];
    this.depth = 0;
    this.topColumn = 0;
    let balance = 0;
    for (let i = 0; i < this.tokVectorLength; i++) {
      const k = stream!.kinds[i];
      if (k === Tok.LBrace) balance++;
      else if (k === Tok.RBrace) balance--;
    }
    this.unbalanced = balance > 0;
    this.ring.fill(undefined);
  }

  private stream: TokenStream | null = null;
  /** The most recently made tokens, by index modulo its size; lookahead asks for the same few again and again. */
  private readonly ring: (Token | undefined)[] = new Array(16);
  // Chevrotain's own fields, set here because the token vector is virtual.
  declare tokVectorLength: number;
  declare currIdx: number;

  private tokenAt(i: number): Token {
    const slot = i & 15;
    const cached = this.ring[slot];
    if (cached !== undefined && cached.index === i) return cached;
    const t = makeToken(this.stream!, i);
    this.ring[slot] = t;
    return t;
  }

  override LA(howMuch: number): IToken {
    const i = this.currIdx + howMuch;
    return i < 0 || i >= this.tokVectorLength ? END_OF_FILE : this.tokenAt(i);
  }

  override LA_FAST(howMuch: number): IToken {
    return this.LA(howMuch);
  }

  private error(id: string, args: Record<string, string>, start: number, end: number): void {
    addError(this.errors_, { id, args, start, end });
  }

  private is(k: number, type: TokenType): boolean {
    return this.LA(k).tokenType === type;
  }

  /** `IDENT [IDENT|NUMBER] [STRING] {` starts at LA(k). */
  private blockHeaderAt(k: number): boolean {
    if (!this.is(k, Ident)) return false;
    let j = k + 1;
    if (this.is(j, Ident) || this.is(j, NumberLit)) j++;
    if (this.is(j, Str)) j++;
    return this.is(j, LBrace);
  }

  /**
   * In a file with unclosed blocks, a name at the start of a line, no further right than the
   * current declaration and not followed by ':', begins the next declaration.
   */
  private declarationBoundary(): boolean {
    if (!this.unbalanced || this.depth === 0) return false;
    const t = this.LA(1) as Token;
    return t.tokenType === Ident && t.lineStart && this.columnOf(t.startOffset) <= this.topColumn && !this.is(2, Colon);
  }

  /**
   * Whether LA(1) continues the value sequence of a field rather than starting the next member:
   * a name followed by ':' or starting a block header ends the sequence. `first` is the position
   * right after ':', where `x: A B {` is read as the value A and a block `B {` (a field needs a
   * value, so that reading is the valid one); later in the sequence `B C {` starts a block.
   */
  valueContinues(first: boolean): boolean {
    const type = this.LA(1).tokenType;
    if (type === LBracket) return true;
    if (type === Ident) {
      if (this.is(2, Colon) || this.declarationBoundary()) return false;
      return first && this.is(2, Ident) ? true : !this.blockHeaderAt(1);
    }
    return type === Str || type === TextBlock || type === DateLit || type === NumberLit;
  }

  private memberContinues(): boolean {
    const type = this.LA(1).tokenType;
    return type !== RBrace && type !== EOF && !this.declarationBoundary();
  }

  /** Declarations parsed so far; kept outside the rule's return value so that nothing is lost on an exception. */
  declarations_: Block[] = [];

  file = this.RULE("file", (): void => {
    this.MANY(() => {
      this.OR({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          {
            GATE: () => this.is(2, Colon),
            ALT: () => {
              const field = this.SUBRULE(this.field);
              this.ACTION(() => this.error("field-outside-block", { name: field.name }, field.start, keyEnd(field)));
            },
          },
          { ALT: () => this.SUBRULE(this.declaration) },
          {
            ALT: () => {
              const t = this.CONSUME(AnyToken) as Token;
              this.ACTION(() => {
                const id = t.tokenType === RBrace ? "unexpected-close-brace" : "expected-declaration";
                this.error(id, tokenArgs(t), t.startOffset, t.endOffset);
              });
            },
          },
        ],
      });
    });
  });

  /** A top-level declaration: `kind name ["title"] { … }`, tolerating a missing name or `{`. */
  declaration = this.RULE("declaration", (): Block => {
    const kw = this.CONSUME(Ident) as Token;
    const block = this.ACTION(() => {
      this.topColumn = this.columnOf(kw.startOffset);
      const b = this.newBlock(kw);
      this.declarations_.push(b);
      return b;
    });
    this.OPTION(() => {
      const name = this.CONSUME(LabelCategory) as Token;
      this.ACTION(() => {
        block.label = atomOf(name);
        block.end = name.endOffset;
        if (name.tokenType === NumberLit) this.error("number-as-name", { kind: kw.image, image: name.image }, name.startOffset, name.endOffset);
      });
    });
    this.OPTION2(() => {
      const title = this.CONSUME(Str) as Token;
      this.ACTION(() => { block.title = atomOf(title); block.end = title.endOffset; });
    });
    this.ACTION(() => {
      if (block.label === null) {
        const at = block.title ?? block.keyword;
        this.error("expected-name", { kind: kw.image }, at.start, at.end);
      }
    });
    this.OR({ IGNORE_AMBIGUITIES: true, DEF: [
      { GATE: () => this.is(1, LBrace), ALT: () => this.SUBRULE(this.body, { ARGS: [block] }) },
      {
        ALT: () => this.ACTION(() => {
          const header = block.label ? `${kw.image} ${block.label.text}` : kw.image;
          this.error("expected-open-brace", { header }, block.start, block.end);
        }),
      },
    ]});
    return block;
  });

  /** `{ members }`, filling `block`; a missing `}` is reported where the block's content ends. */
  body = this.RULE("body", (block: Block) => {
    const open = this.CONSUME(LBrace) as Token;
    this.ACTION(() => { block.open = open.startOffset; block.end = open.endOffset; this.depth++; });
    this.MANY({ GATE: () => this.memberContinues(), DEF: () => this.SUBRULE(this.member, { ARGS: [block] }) });
    this.OR2({ IGNORE_AMBIGUITIES: true, DEF: [
      {
        GATE: () => this.is(1, RBrace),
        ALT: () => {
          const close = this.CONSUME(RBrace) as Token;
          this.ACTION(() => { block.close = close.startOffset; block.end = close.endOffset; });
        },
      },
      {
        ALT: () => this.ACTION(() => {
          const header = block.label ? `${block.keyword.text} ${block.label.text}` : block.keyword.text;
          const line = String(this.lineOf(block.open) + 1);
          // The block runs to the last token it holds; the error goes where the '}' is missing.
          block.end = Math.max(block.end, this.LA(0).endOffset ?? block.end);
          const at = this.LA(1).tokenType === EOF ? block.end : this.LA(1).startOffset;
          this.error("expected-close-brace", { header, line }, at, at);
        }),
      },
    ]});
    this.ACTION(() => { this.depth--; });
  });

  member = this.RULE("member", (parent: Block) => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => this.is(2, Colon), ALT: () => { const f = this.SUBRULE(this.field); this.ACTION(() => parent.members.push(f)); } },
        { GATE: () => this.blockHeaderAt(1), ALT: () => this.SUBRULE(this.nested, { ARGS: [parent] }) },
        { GATE: () => this.is(1, Ident), ALT: () => { const f = this.SUBRULE2(this.field); this.ACTION(() => parent.members.push(f)); } },
        {
          GATE: () => this.is(1, Colon),
          ALT: () => {
            const colon = this.CONSUME(Colon) as Token;
            this.ACTION(() => this.error("expected-field-name", {}, colon.startOffset, colon.endOffset));
            this.MANY({ GATE: () => this.valueContinues(false), DEF: () => this.SUBRULE(this.value) });
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(AnyToken) as Token;
            this.ACTION(() => this.error("unexpected-token", tokenArgs(t), t.startOffset, t.endOffset));
          },
        },
      ],
    });
  });

  /** A nested block `keyword [label] ["title"] { … }`, skipped when nesting gets too deep. */
  nested = this.RULE("nested", (parent: Block) => {
    const kw = this.CONSUME(Ident) as Token;
    const block = this.ACTION(() => {
      const b = this.newBlock(kw);
      parent.members.push(b);
      return b;
    });
    this.OPTION(() => {
      const label = this.CONSUME(LabelCategory) as Token;
      this.ACTION(() => { block.label = atomOf(label); block.end = label.endOffset; });
    });
    this.OPTION2(() => {
      const title = this.CONSUME(Str) as Token;
      this.ACTION(() => { block.title = atomOf(title); block.end = title.endOffset; });
    });
    this.OR({ IGNORE_AMBIGUITIES: true, DEF: [
      { GATE: () => this.depth < MAX_DEPTH, ALT: () => this.SUBRULE(this.body, { ARGS: [block] }) },
      { ALT: () => this.ACTION(() => this.skipDeepBlock(block)) },
    ]});
  });

  /** `key: value…`; the `:` may be missing (reported), the values may be missing (reported). */
  field = this.RULE("field", (): Field => {
    const key = this.CONSUME(Ident) as Token;
    const values: Value[] = [];
    // Whether the `:` was written: only this rule asks (a field without it is reported here).
    let colon = false;
    const field = this.ACTION((): Field => ({
      type: "field", name: key.value ?? key.image, value: values, start: key.startOffset, end: key.endOffset, data: undefined,
    }));
    this.OR({ IGNORE_AMBIGUITIES: true, DEF: [
      {
        GATE: () => this.is(1, Colon),
        ALT: () => {
          const token = this.CONSUME(Colon) as Token;
          this.ACTION(() => { colon = true; field.end = token.endOffset; });
        },
      },
      { ALT: () => this.ACTION(() => this.error("expected-colon", { name: key.image }, key.startOffset, key.endOffset)) },
    ]});
    this.MANY({
      GATE: () => this.valueContinues(values.length === 0),
      DEF: () => {
        const v = this.SUBRULE(this.value);
        this.ACTION(() => { values.push(v); field.end = v.end; });
      },
    });
    this.ACTION(() => {
      field.value = holdValues(values);
      if (colon && values.length === 0) this.error("expected-value", { name: key.image }, field.start, field.end);
    });
    return field;
  });

  value = this.RULE("value", (): Value => {
    return this.OR({ IGNORE_AMBIGUITIES: true, DEF: [
      { ALT: () => this.SUBRULE(this.list) },
      { ALT: () => { const t = this.CONSUME(AtomCategory) as Token; return this.ACTION(() => atomOf(t)); } },
    ]});
  });

  /** `[item, item …]` where an item is one or more atoms; tolerant of a missing `]`. */
  list = this.RULE("list", (): ListValue => {
    const open = this.CONSUME(LBracket) as Token;
    const list = this.ACTION((): ListValue => ({ kind: "list", items: [], start: open.startOffset, end: open.endOffset }));
    let item: Atom[] | null = null;
    this.MANY({
      GATE: () => this.listContinues(),
      DEF: () => {
        this.OR({
          IGNORE_AMBIGUITIES: true,
          DEF: [
            {
              ALT: () => {
                const t = this.CONSUME(AtomCategory) as Token;
                this.ACTION(() => {
                  const atom = atomOf(t);
                  if (item === null) {
                    item = [];
                    list.items.push(item);
                  }
                  item.push(atom);
                  list.end = atom.end;
                });
              },
            },
            {
              ALT: () => {
                const comma = this.CONSUME(Comma) as Token;
                this.ACTION(() => {
                  if (item === null) this.error("empty-list-entry", {}, comma.startOffset, comma.endOffset);
                  item = null;
                  list.end = comma.endOffset;
                });
              },
            },
            {
              ALT: () => {
                const nestedOpen = this.CONSUME2(LBracket) as Token;
                this.ACTION(() => this.error("nested-list", {}, nestedOpen.startOffset, nestedOpen.endOffset));
              },
            },
          ],
        });
      },
    });
    this.OR2({ IGNORE_AMBIGUITIES: true, DEF: [
      {
        GATE: () => this.is(1, RBracket),
        ALT: () => {
          const close = this.CONSUME(RBracket) as Token;
          this.ACTION(() => { list.end = close.endOffset; });
        },
      },
      {
        ALT: () => this.ACTION(() => {
          const line = String(this.lineOf(list.start) + 1);
          this.error("expected-close-bracket", { line }, list.start, list.start + 1);
        }),
      },
    ]});
    // An entry of one atom is held as that atom (see ListItem).
    this.ACTION(() => { list.items = list.items.map((i) => (Array.isArray(i) && i.length === 1 ? i[0]! : i)); });
    return list;
  });

  private listContinues(): boolean {
    const type = this.LA(1).tokenType;
    if (type === Comma || type === LBracket) return true;
    if (type === Ident) return !this.is(2, Colon) && !this.blockHeaderAt(1) && !this.declarationBoundary();
    return type === Str || type === TextBlock || type === DateLit || type === NumberLit;
  }

  private newBlock(kw: Token): Block {
    return {
      type: "block", keyword: atomOf(kw), label: null, title: null, members: [],
      open: -1, close: -1, start: kw.startOffset, end: kw.endOffset,
    };
  }

  /** Skips a block nested beyond MAX_DEPTH up to its matching `}` without recursing. */
  private skipDeepBlock(block: Block): void {
    const open = this.LA(1) as Token;
    this.error("nesting-too-deep", { max: String(MAX_DEPTH) }, block.start, open.endOffset);
    let level = 0;
    while (this.LA(1).tokenType !== EOF) {
      const t = this.LA(1);
      if (t.tokenType === LBrace) level++;
      else if (t.tokenType === RBrace) level--;
      this.SKIP_TOKEN();
      if (level === 0) break;
    }
  }

  lineOf: (offset: number) => number = () => 0;
  columnOf: (offset: number) => number = () => 0;
}

let shared: Grammar | undefined;

/** The grammar instance; building one runs Chevrotain's self-analysis, so it is built once. */
export function grammar(): Grammar {
  shared ??= new Grammar();
  return shared;
}

export type { Grammar };
