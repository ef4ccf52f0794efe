// Code actions: the rules' fixes, suppressing a finding with a reason, and applying every safe fix of a file.
import { eolOf } from "../../grammar/line-index.js";
import type { Locale } from "../../grammar/messages.js";
import type { Block, Member } from "../../grammar/syntax-tree.js";
import type { FileModel } from "../model/bound.js";
import { firstNotBefore } from "../model/search.js";
import { nonOverlapping } from "../rules/edits.js";
import type { TextEdit } from "../model/diagnostic.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { ruleById } from "../rules/catalogue.js";
import { words } from "../words/index.js";

export interface CodeAction {
  title: string;
  kind: "quickfix" | "source.fixAll";
  diagnostics: Diagnostic[];
  edits: TextEdit[];
  preferred: boolean;
}

/** The innermost field or block that holds the offset: what an `entente-ignore` line above it covers. */
function targetAt(blocks: readonly Block[], offset: number): Member | undefined {
  let found: Member | undefined;
  let level: readonly Member[] = blocks;
  for (;;) {
    // The first member that ends at or after the offset, found by halving (members are in document order,
    // so their ends ascend too): a file of many declarations with as many findings would otherwise cost their product.
    const m = level[firstNotBefore(level, (x) => x.end < offset)];
    if (!m || offset < m.start) return found;
    found = m;
    if (m.type !== "block") return found;
    // A finding on the block's header concerns the whole block.
    if (offset <= (m.label ?? m.title ?? m.keyword).end) return found;
    level = m.members;
  }
}

function suppression(file: FileModel, d: Diagnostic, locale: Locale, eol: string): CodeAction | undefined {
  if (ruleById(d.rule)?.unsuppressible) return undefined;
  const target = targetAt(file.tree.declarations, d.start);
  if (!target) return undefined;
  const text = file.tree.text;
  // From the line index, not by walking back: on a line of a million characters that walk is repeated per finding.
  const lines = file.tree.lines;
  const lineStart = lines.lineStarts[lines.lineOf(target.start)]!;
  const indent = text.slice(lineStart, target.start).match(/^[ \t]*/)![0];
  return {
    title: words(locale).editor.suppress(d.rule),
    kind: "quickfix", diagnostics: [d], preferred: false,
    edits: [{ start: lineStart, end: lineStart, newText: `${indent}// entente-ignore: ${d.rule} -- ${eol}` }],
  };
}

export function codeActions(file: FileModel, inRange: readonly Diagnostic[], all: readonly Diagnostic[], locale: Locale): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of inRange) {
    if (d.fix) out.push({ title: d.fix.title, kind: "quickfix", diagnostics: [d], edits: d.fix.edits, preferred: d.fix.safe });
  }
  // Once per request: on a file without line breaks, finding out scans all of it.
  const eol = eolOf(file.tree.text);
  for (const d of inRange) {
    const s = suppression(file, d, locale, eol);
    if (s) out.push(s);
  }
  const safe = all.filter((d) => d.fix?.safe);
  if (safe.length > 1) {
    // One pass over the file; overlapping fixes wait for the next request, like `lint --fix` does.
    const edits = nonOverlapping(safe.flatMap((d) => d.fix!.edits), file.tree.text.length);
    if (edits.length > 0) {
      out.push({ title: words(locale).editor.fixAll, kind: "source.fixAll", diagnostics: safe, edits, preferred: false });
    }
  }
  return out;
}
