// The slow path of parsing: the Chevrotain grammar over a token stream, for input the fast path gives up on.
// Loaded only when needed (see load-recover.ts): Chevrotain is most of what a command would otherwise load at start.
import { isRecognitionException } from "chevrotain";
import { addError, errorList, type ErrorList } from "./error-list.js";
import type { TokenStream } from "./lexer.js";
import type { LineIndex } from "./line-index.js";
import { grammar, tokenArgs } from "./parser.js";
import type { Block } from "./syntax-tree.js";

/** Runs the grammar with its error productions over the token stream, from token `from`. */
export function parseWithGrammar(stream: TokenStream, lines: LineIndex, from: number): { declarations: Block[]; errors: ErrorList } {
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
