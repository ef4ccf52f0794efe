// The grammar's entry point: text in, syntax tree plus errors out; it never throws.
import { fastParse, type FieldFilter } from "./fast-parser.js";
import { lex, Tok, type TokenStream } from "./lexer.js";
import { LineIndex } from "./line-index.js";
import { loadRecover } from "./load-recover.js";
import type { Block, SyntaxTree } from "./syntax-tree.js";
import { addError, errorList, reportedErrors, type ErrorList } from "./error-list.js";

export interface ParseOptions {
  /** Skip the fast path and always run the Chevrotain grammar (tests compare the two). */
  grammarOnly?: boolean;
  /**
   * The keys of the fields to build in each top-level block, by its keyword: a reader that needs no
   * more (a first reading that only indexes) spares building the rest. Nested blocks are not built then. Where
   * the fast path gives up, the grammar builds every member of the declarations from there.
   */
  fields?: FieldFilter;
}

export function parse(text: string, options: ParseOptions = {}): SyntaxTree {
  const lines = new LineIndex(text);
  const stream = lex(text);
  let prefix: Block[] = [];
  let resumeAt = 0;
  if (!options.grammarOnly) {
    try {
      const fast = fastParse(stream, options.fields ?? null);
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
  const { declarations, errors } = runGrammar(stream, lines, resumeAt);
  return { declarations: prefix.concat(declarations), comments: stream.comments, errors: reportedErrors(stream.errors, errors), lines, text };
}

/** The grammar from token `from`; an installation that lost its grammar file gets an error, not an exception. */
function runGrammar(stream: TokenStream, lines: LineIndex, from: number): { declarations: Block[]; errors: ErrorList } {
  try {
    return loadRecover().parseWithGrammar(stream, lines, from);
  } catch (e) {
    const errors = errorList();
    addError(errors, { id: "internal-error", args: { detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }, start: 0, end: 0 });
    return { declarations: [], errors };
  }
}

/** Whether the stream closes every block it opens (more `}` than `{` counts as closed). */
export function balanced(stream: TokenStream): boolean {
  let depth = 0;
  for (let i = 0; i < stream.count; i++) {
    const k = stream.kinds[i];
    if (k === Tok.LBrace) depth++;
    else if (k === Tok.RBrace) depth--;
  }
  return depth <= 0;
}

