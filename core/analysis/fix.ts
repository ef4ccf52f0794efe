// Applying the safe fixes of a whole workspace, pass after pass, in memory: `lint --fix` writes what changed.
import type { FileModel } from "../model/bound.js";
import { applyEdits } from "../rules/edits.js";
import type { TextEdit } from "../model/diagnostic.js";
import type { Analysis } from "./analysis.js";

const MAX_PASSES = 10;

/** Fixes applied, per file; the files' new texts are in the analysis. */
export type Applied = Map<string, number>;

/** Which files may be rewritten: never one that could not be decoded, since writing it back would lose bytes. */
function fixable(file: FileModel): boolean {
  return file.readError === undefined;
}

/**
 * Applies safe fixes to every file of the analysis, re-checking after each pass because one fix can
 * enable or overlap another. Returns how many fixes each changed file got.
 */
export function fixAll(analysis: Analysis): Applied {
  const applied: Applied = new Map();
  // A fix whose finding survives it must not be applied again and again: remember what each file got.
  const given = new Map<string, Set<string>>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let progress = false;
    for (const file of [...analysis.ws.files.values()]) {
      if (!fixable(file)) continue;
      const edits: TextEdit[] = [];
      let count = 0;
      const seen = given.get(file.uri) ?? new Set<string>();
      given.set(file.uri, seen);
      for (const d of analysis.check(file.uri)) {
        if (!d.fix?.safe) continue;
        const signature = `${d.rule}|${d.message}|${d.fix.edits.map((e) => e.newText).join("|")}`;
        if (seen.has(signature)) continue;
        seen.add(signature);
        for (const e of d.fix.edits) edits.push(e);
        count++;
      }
      if (edits.length === 0) continue;
      const { text, skipped } = applyEdits(file.tree.text, edits);
      if (text === file.tree.text) continue;
      analysis.setFile(file.uri, text);
      applied.set(file.uri, (applied.get(file.uri) ?? 0) + count - skipped);
      progress = true;
    }
    if (!progress) break;
  }
  return applied;
}
