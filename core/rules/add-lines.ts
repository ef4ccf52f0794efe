// Fixes that add lines to a block, indented like its other members, and the placeholders they write where only a person can supply the fact.
import { eolOf } from "../../grammar/line-index.js";
import type { FileModel, Node } from "../model/bound.js";
import type { TextEdit } from "../model/diagnostic.js";
import { PLACEHOLDER_DATE, PLACEHOLDER_TEXT } from "../model/values.js";
import type { Fix } from "./rule.js";

export const placeholder = {
  date: PLACEHOLDER_DATE,
  reference: `"${PLACEHOLDER_TEXT} reference"`,
  text: (what: string) => `"${PLACEHOLDER_TEXT} ${what}"`,
  approval: (authority: string) => `approval: ${authority} ${PLACEHOLDER_DATE} "${PLACEHOLDER_TEXT} reference"`,
};

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== "\n" && text[i - 1] !== "\r") i--;
  return i;
}

function indentAt(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  let end = start;
  while (end < text.length && (text[end] === " " || text[end] === "\t")) end++;
  return text.slice(start, end);
}

/**
 * An edit that adds lines as the last members of a block with both its braces, indented like its other members.
 * The lines are written with two spaces per level; each level becomes the file's own step of indentation.
 */
function addLines(file: FileModel, node: Node, lines: string[]): TextEdit {
  const block = node.syntax;
  const text = file.tree.text;
  const eol = eolOf(text);
  const blockIndent = indentAt(text, block.start);
  const first = block.members[0];
  const memberIndent = first && lineStartOf(text, first.start) !== lineStartOf(text, block.open) ? indentAt(text, first.start) : blockIndent + "  ";
  const step = memberIndent.length > blockIndent.length && memberIndent.startsWith(blockIndent) ? memberIndent.slice(blockIndent.length) : "  ";
  const indented = (l: string) => memberIndent + l.replace(/^(?: {2})+/, (lead) => step.repeat(lead.length / 2)) + eol;
  const closeOnOwnLine = text.slice(lineStartOf(text, block.close), block.close).trim() === "";
  if (closeOnOwnLine) {
    const at = lineStartOf(text, block.close);
    return { start: at, end: at, newText: lines.map(indented).join("") };
  }
  return { start: block.close, end: block.close, newText: eol + lines.map(indented).join("") + blockIndent };
}

/**
 * A fix that adds lines to a block; `safe` when it asserts no fact (a placeholder stands in for one). None for a
 * block without a closing brace (the syntax error comes first). The edit is worked out only when asked for.
 */
export function addLinesFix(file: FileModel, node: Node, lines: string[], title: string, safe: boolean, args?: Record<string, string>): Fix | undefined {
  if (node.syntax.close < 0 || node.syntax.open < 0) return undefined;
  return { title, args, safe, edits: () => [addLines(file, node, lines)] };
}

/** Spreads `fix` into a finding only when there is one. */
export function withFix(fix: Fix | undefined): { fix?: Fix } {
  return fix ? { fix } : {};
}
