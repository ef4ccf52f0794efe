// Re-parses only what an edit changed (its declaration, or the text between two), when the result is sure to equal a parse of the whole text.
import { fastParse } from "./fast-parser.js";
import { reportedErrors } from "./error-list.js";
import { lex, Tok } from "./lexer.js";
import { LineIndex } from "./line-index.js";
import { loadRecover } from "./load-recover.js";
import { balanced } from "./parse.js";
import type { Block, Comment, Member, SyntaxError, SyntaxTree, Value } from "./syntax-tree.js";

/**
 * A tree re-parsed after an edit: the declarations [first, first + removed) of the old tree gave way to
 * [first, first + added) of the new one, and those after them moved by `delta`.
 */
export interface Reparsed {
  tree: SyntaxTree;
  first: number;
  removed: number;
  added: number;
  delta: number;
  /** Where the text after the edit begins in the new text. */
  editEnd: number;
}

/**
 * The tree of `text`, an edit of the text `old` was parsed from, built by parsing only what the edit
 * changed: the text from the end of the last declaration before it to the start of the first after it
 * (the declaration it fell in, or one being written between others or at the end). Undefined when that cannot be sure to
 * give what `parse(text)` gives, and the caller parses the whole text: when the old text had errors
 * outside that span or a declaration left open, or when the span no longer reads on its own as a
 * whole parse would read it (see `parseSpan`).
 *
 * `old` is given up: the declarations and comments after the edit are moved in place, not copied,
 * since copying them would cost much of what a parse costs.
 */
export function reparse(old: SyntaxTree, text: string): Reparsed | undefined {
  const before = old.text;
  const prefix = commonPrefix(before, text);
  if (prefix === before.length && prefix === text.length) return undefined; // nothing changed: nothing gained either
  const suffix = commonSuffix(before, text, Math.min(before.length, text.length) - prefix);
  const changedEnd = before.length - suffix; // the edit replaced [prefix, changedEnd) of the old text
  const delta = text.length - before.length;
  const decls = old.declarations;
  // Made once needed: when the re-parse declines, the whole parse that follows makes its own.
  let lines: LineIndex | undefined;
  const linesOf = () => (lines ??= new LineIndex(text));
  // The span the edit touched; where that does not read on its own, a wider one, up to a few declarations.
  let span: Span | undefined = spanOf(decls, prefix, changedEnd, before.length);
  let fresh: ReturnType<typeof parseSpan>;
  for (let tries = 0; span && tries < MAX_TRIES; tries++, span = widened(span, decls, before.length)) {
    // An error outside the span, or on its edge (where a block left open before it is reported), is the
    // whole text's to place; so is a declaration left open, which a whole parse reads with the grammar.
    if (old.errors.some((e) => e.start <= span!.from || e.end >= span!.oldTo)) continue;
    if (old.errors.length > 0 && decls.some((d, j) => (j < span!.first || j >= span!.first + span!.removed) && d.close !== d.end - 1)) return undefined;
    fresh = parseSpan(text, span.from, span.oldTo + delta, linesOf);
    if (fresh) break;
  }
  if (!span || !fresh) return undefined;
  const { first, removed, from, oldTo } = span;
  for (let j = first + removed; j < decls.length; j++) shiftBlock(decls[j]!, delta);
  const declarations = [...decls.slice(0, first), ...fresh.blocks, ...decls.slice(first + removed)];
  // The comments before the span stay, its own are the fresh ones, and those after it move.
  const comments: Comment[] = [];
  let placed = false;
  for (const c of old.comments) {
    if (c.end <= from) {
      comments.push(c);
      continue;
    }
    if (!placed) comments.push(...fresh.comments);
    placed = true;
    if (c.start < oldTo) continue;
    c.start += delta;
    c.end += delta;
    comments.push(c);
  }
  if (!placed) comments.push(...fresh.comments);
  return { tree: { declarations, comments, errors: fresh.errors, lines: linesOf(), text }, first, removed, added: fresh.blocks.length, delta, editEnd: changedEnd + delta };
}

/**
 * The length of the longest common start of two texts, by halving: comparing slices runs in the
 * engine's own string code, forty times as fast as a loop over characters on a 130 KB file.
 */
function commonPrefix(a: string, b: string): number {
  let lo = 0; // a and b agree on [0, lo)
  let hi = Math.min(a.length, b.length);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The length of the longest common end of two texts, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  let lo = 0; // a and b agree on their last lo characters
  let hi = limit;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** What to parse again, in old offsets: [from, oldTo), which held the declarations [first, first + removed). */
interface Span {
  first: number;
  removed: number;
  from: number;
  oldTo: number;
}

/** The text from the end of the declaration before `first` to the start of the one at `after`. */
function between(decls: Block[], first: number, after: number, length: number): Span {
  const from = first > 0 ? decls[first - 1]!.end : 0;
  return { first, removed: after - first, from, oldTo: after < decls.length ? decls[after]!.start : length };
}

/**
 * The text between the last declaration that ends before the edit and the first that starts after it,
 * with the declaration before when that is still being written.
 */
function spanOf(decls: Block[], start: number, end: number, length: number): Span {
  let lo = 0;
  let hi = decls.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (decls[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  // A declaration before the edit that does not end with its `}` is still being written: what is typed
  // may go on its last token, or give it its body.
  const previous = decls[lo - 1];
  if (previous && previous.close !== previous.end - 1) lo--;
  let after = lo;
  while (after < decls.length && decls[after]!.start <= end) after++;
  return between(decls, lo, after, length);
}

/** How many spans, each wider than the one before, are tried before the whole text is parsed. */
const MAX_TRIES = 4;

/** The span with the next declaration too; undefined when it reaches the end of the text already. */
function widened(span: Span, decls: Block[], length: number): Span | undefined {
  const after = span.first + span.removed + 1;
  return after > decls.length ? undefined : between(decls, span.first, after, length);
}

const isLineBreak = (c: number) => c === 10 || c === 13;

/**
 * The declarations the text holds in [from, to), as a parse of the whole text would read them: by the
 * fast path when they have no error, otherwise by the grammar from the span's first token, which is
 * where a whole parse hands the first of them to the grammar (those before are error-free). Undefined
 * when the whole text could read the span otherwise: when its last token is not a `}` and text follows,
 * since the whole text's next declaration could continue it; when a comment or text block is left open, or a
 * line comment is cut short at `to`, since in the whole text they run on; or when a `{` is left open,
 * for which a whole parse reads everything with the grammar.
 */
function parseSpan(text: string, from: number, to: number, lines: () => LineIndex): { blocks: Block[]; comments: Comment[]; errors: SyntaxError[] } | undefined {
  const stream = lex(text, false, from, to);
  const last = stream.count - 1;
  if (last >= 0 && stream.kinds[last] !== Tok.RBrace && to < text.length) return undefined;
  if (stream.errors.items.some((e) => e.id === "unterminated-text-block" || e.id === "unterminated-comment")) return undefined;
  const comment = stream.comments[stream.comments.length - 1];
  if (comment && !comment.block && comment.end === to && to < text.length && !isLineBreak(text.charCodeAt(to))) return undefined;
  const fast = fastParse(stream);
  let blocks: Block[];
  let errors: SyntaxError[];
  if (fast.complete) {
    blocks = fast.declarations;
    errors = reportedErrors(stream.errors);
  } else {
    if (!balanced(stream)) return undefined;
    try {
      const read = loadRecover().parseWithGrammar(stream, lines(), 0);
      blocks = read.declarations;
      errors = reportedErrors(stream.errors, read.errors);
    } catch {
      return undefined;
    }
    // Before text that follows, the grammar must have ended the last declaration at the span's last `}`:
    // one it was still reading would go on into that text in the whole text.
    const end = blocks[blocks.length - 1];
    if (to < text.length && last >= 0 && (!end || end.close !== end.end - 1 || end.end !== stream.ends[last])) return undefined;
  }
  return { blocks, comments: stream.comments, errors };
}

function shiftBlock(b: Block, delta: number): void {
  b.start += delta;
  b.end += delta;
  if (b.open >= 0) b.open += delta;
  if (b.close >= 0) b.close += delta;
  b.keyword.start += delta;
  b.keyword.end += delta;
  if (b.label) { b.label.start += delta; b.label.end += delta; }
  if (b.title) { b.title.start += delta; b.title.end += delta; }
  for (const m of b.members) shiftMember(m, delta);
}

function shiftMember(m: Member, delta: number): void {
  if (m.type === "block") return shiftBlock(m, delta);
  m.start += delta;
  m.end += delta;
  if (Array.isArray(m.value)) for (const v of m.value) shiftValue(v, delta);
  else shiftValue(m.value, delta);
}

function shiftValue(v: Value, delta: number): void {
  v.start += delta;
  v.end += delta;
  if (v.kind !== "list") return;
  for (const item of v.items) {
    if (!Array.isArray(item)) { item.start += delta; item.end += delta; }
    else for (const a of item) { a.start += delta; a.end += delta; }
  }
}
