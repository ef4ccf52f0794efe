// The grammar's entry point: text in, syntax tree plus errors out; it never throws.
import { isRecognitionException } from "chevrotain";
import { fastParse } from "./fast-parser.js";
import { lex, Tok, type TokenStream } from "./lexer.js";
import { LineIndex } from "./line-index.js";
import { grammar, tokenArgs } from "./parser.js";
import type { Block, SyntaxTree } from "./syntax-tree.js";
import { addError, errorList, reportedErrors, type ErrorList } from "./error-list.js";

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
      if (fast.complete) return { declarations: fast.declarations, comments: stream.comments, errors: reportedErrors(stream.errors), lines, text };
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
  return { declarations: prefix.concat(declarations), comments: stream.comments, errors: reportedErrors(stream.errors, errors), lines, text };
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
function parseWithGrammar(stream: TokenStream, lines: LineIndex, from: number): { declarations: Block[]; errors: ErrorList } {
  const g = grammar();
  const errors = errorList();
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
      addError(errors, { id: "parser-exception", args: tokenArgs(t), start: at, end });
    }
  } catch (e) {
    const detail = e instanceof Error ? (isRecognitionException(e) ? e.name : `${e.name}: ${e.message}`) : String(e);
    addError(errors, { id: "internal-error", args: { detail }, start: 0, end: 0 });
  }
  const declarations = g.declarations_;
  const found = g.errors_;
  g.reset_(null);
  // The grammar's own errors after those of its driver, as they were found.
  return { declarations, errors: { items: errors.items.concat(found.items), dropped: errors.dropped + found.dropped } };
}
