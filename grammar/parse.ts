// The grammar's entry point: text in, syntax tree plus errors out; it never throws.
import { isRecognitionException } from "chevrotain";
import { fastParse } from "./fast-parser.js";
import { lex, Tok, type TokenStream } from "./lexer.js";
import { LineIndex } from "./line-index.js";
import { grammar, tokenArgs } from "./parser.js";
import type { Block, SyntaxError, SyntaxTree } from "./syntax-tree.js";

/** More syntax errors than this in one file are summarised in a single last error. */
const MAX_SYNTAX_ERRORS = 100;

export interface ParseOptions {
  /** Skip the fast path and always run the Chevrotain grammar (tests compare the two). */
  grammarOnly?: boolean;
}

export function parse(text: string, options: ParseOptions = {}): SyntaxTree {
  const lines = new LineIndex(text);
  const stream = lex(text);
  let prefix: Block[] = [];
  let resumeAt = 0;
  if (!options.grammarOnly) {
    try {
      const fast = fastParse(stream);
      if (fast.complete) return { declarations: fast.declarations, comments: stream.comments, errors: capErrors(stream.errors), lines, text };
      // Declarations before the first error are the grammar's own result too, unless a '}' is
      // missing: the grammar's recovery may then end an earlier block sooner, so it reads from the start.
      if (balanced(stream)) {
        prefix = fast.declarations;
        resumeAt = fast.resumeAt;
      }
    } catch {
      // A fault in the fast path must not cost the user a result: the grammar reads everything.
      prefix = [];
      resumeAt = 0;
    }
  }
  const { declarations, errors } = parseWithGrammar(stream, lines, resumeAt);
  return { declarations: prefix.concat(declarations), comments: stream.comments, errors: capErrors([...stream.errors, ...errors]), lines, text };
}

function balanced(stream: TokenStream): boolean {
  let depth = 0;
  for (let i = 0; i < stream.count; i++) {
    const k = stream.kinds[i];
    if (k === Tok.LBrace) depth++;
    else if (k === Tok.RBrace) depth--;
  }
  return depth <= 0;
}

/** Runs the Chevrotain grammar with its error productions over the token stream, from token `from`. */
function parseWithGrammar(stream: TokenStream, lines: LineIndex, from: number): { declarations: Block[]; errors: SyntaxError[] } {
  const g = grammar();
  const errors: SyntaxError[] = [];
  g.reset_(stream, from);
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
  g.reset_(null);
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
