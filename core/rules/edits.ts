// Applying text edits: the fixes of one pass, in order, skipping any that overlap an earlier one.
import type { TextEdit } from "../model/diagnostic.js";

/**
 * Applies the edits that do not overlap one another; insertions at the same point are all kept (an
 * identical one once), in order. Returns the new text and how many edits were left out.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; skipped: number } {
  const kept = nonOverlapping(edits, text.length);
  let out = "";
  let at = 0;
  for (const e of kept) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return { text: out + text.slice(at), skipped: edits.length - kept.length };
}

/**
 * The edits that can be applied together, in document order: each starts at or after the end of the
 * one before. An edit the same as one already kept is dropped: two findings that ask for the same
 * line (the Minister's approval, for bulk data and for a politically sensitive subject) get it once.
 */
export function nonOverlapping(edits: readonly TextEdit[], length: number): TextEdit[] {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i);
  const out: TextEdit[] = [];
  const kept = new Set<string>();
  let at = 0;
  for (const { e } of sorted) {
    const key = `${e.start}:${e.end}:${e.newText}`;
    if (kept.has(key)) continue;
    kept.add(key);
    if (e.start < at || e.end < e.start || e.end > length) continue;
    out.push(e);
    at = e.end;
  }
  return out;
}
