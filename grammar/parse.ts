// The grammar's entry point: text in, syntax tree plus errors out; it never throws.
import { isRecognitionException } from "chevrotain";
import { fastParse } from "./fast-parser.js";
import { lex, type TokenStream } from "./lexer.js";
import { LineIndex } from "./line-index.js";
import { grammar, tokenArgs } from "./parser.js";
import type { Block, SyntaxError, SyntaxTree } from "./syntax-tree.js";
import { toTokens } from "./tokens.js";

/** More syntax errors than this in one file are summarised in a single last error. */
export const MAX_SYNTAX_ERRORS = 100;

export interface ParseOptions {
  /** Skip the fast path and always run the Chevrotain grammar (tests compare the two). */
  grammarOnly?: boolean;
}

export function parse(text: string, options: ParseOptions = {}): SyntaxTree {
  const lines = new LineIndex(text);
  const stream = lex(text);
  let declarations: Block[] | null = null;
  if (!options.grammarOnly && stream.errors.length === 0) {
    try {
      declarations = fastParse(stream);
    } catch {
      declarations = null; // a fault in the fast path must not cost the user a result
    }
  }
  if (declarations !== null) return { declarations, comments: stream.comments, errors: [], lines, text };
  const { declarations: decls, errors } = parseWithGrammar(stream, lines);
  return { declarations: decls, comments: stream.comments, errors: capErrors([...stream.errors, ...errors]), lines, text };
}

/** Runs the Chevrotain grammar with its error productions over the token stream. */
function parseWithGrammar(stream: TokenStream, lines: LineIndex): { declarations: Block[]; errors: SyntaxError[] } {
  const g = grammar();
  const errors: SyntaxError[] = [];
  g.reset_(toTokens(stream));
  g.lineOf = (offset) => lines.lineOf(offset);
  g.columnOf = (offset) => lines.positionAt(offset).character;
  try {
    g.file();
    for (const e of g.errors) {
      // The grammar has an error production for every token, so this is a safety net only.
      const t = e.token;
      const at = Number.isFinite(t.startOffset) ? t.startOffset : lines.length;
      const end = t.endOffset !== undefined && Number.isFinite(t.endOffset) ? t.endOffset : at;
      errors.push({ id: "parser-exception", args: tokenArgs(t), start: at, end });
    }
  } catch (e) {
    const detail = e instanceof Error ? (isRecognitionException(e) ? e.name : `${e.name}: ${e.message}`) : String(e);
    errors.push({ id: "internal-error", args: { detail }, start: 0, end: 0 });
  }
  errors.push(...g.errors_);
  const declarations = g.declarations_;
  g.reset_([]);
  return { declarations, errors };
}

function capErrors(errors: SyntaxError[]): SyntaxError[] {
  errors.sort((a, b) => a.start - b.start || a.end - b.end);
  if (errors.length <= MAX_SYNTAX_ERRORS) return errors;
  const kept = errors.slice(0, MAX_SYNTAX_ERRORS);
  const last = kept[kept.length - 1]!;
  kept.push({ id: "too-many-errors", args: { count: String(errors.length - MAX_SYNTAX_ERRORS) }, start: last.start, end: last.end });
  return kept;
}
