// `entente lint --fix`: applies the safe fixes, pass after pass, and writes each changed file atomically.
import type { FileModel } from "../core/model/bound.js";
import type { Workspace } from "../core/model/workspace.js";
import { applyEdits } from "../core/rules/edits.js";
import { checkFile, type CheckOptions } from "../core/rules/run.js";
import type { TextEdit } from "../core/rules/rule.js";
import { writeAtomically } from "./write.js";

const MAX_PASSES = 10;

export interface FixOutcome {
  /** Fixes applied, per file path. */
  applied: Map<string, number>;
  /** Files that could not be written, with the reason. */
  failed: { path: string; reason: string }[];
}

/** Which files may be rewritten: never one that could not be decoded, since writing it back would lose bytes. */
function fixable(file: FileModel): boolean {
  return file.readError === undefined;
}

/**
 * Applies safe fixes to every file of the workspace, re-checking after each pass because one fix can
 * enable or overlap another. `boms` marks files that began with a byte-order mark, to keep it.
 */
export function fixWorkspace(ws: Workspace, opts: CheckOptions, boms: ReadonlySet<string>): FixOutcome {
  const outcome: FixOutcome = { applied: new Map(), failed: [] };
  const changed = new Set<string>();
  // A fix whose finding survives it must not be applied again and again: remember what each file got.
  const given = new Map<string, Set<string>>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let progress = false;
    for (const file of [...ws.files.values()]) {
      if (!fixable(file)) continue;
      const edits: TextEdit[] = [];
      let count = 0;
      const seen = given.get(file.uri) ?? new Set<string>();
      given.set(file.uri, seen);
      for (const d of checkFile(ws, file, opts).diagnostics) {
        if (!d.fix?.safe) continue;
        const signature = `${d.rule}|${d.message}|${d.fix.edits.map((e) => e.newText).join("|")}`;
        if (seen.has(signature)) continue;
        seen.add(signature);
        edits.push(...d.fix.edits);
        count++;
      }
      if (edits.length === 0) continue;
      const { text, skipped } = applyEdits(file.tree.text, edits);
      if (text === file.tree.text) continue;
      ws.setFile(file.uri, text);
      outcome.applied.set(file.uri, (outcome.applied.get(file.uri) ?? 0) + count - skipped);
      changed.add(file.uri);
      progress = true;
    }
    if (!progress) break;
  }
  for (const uri of changed) {
    try {
      writeAtomically(uri, ws.files.get(uri)!.tree.text, boms.has(uri));
    } catch (e) {
      outcome.failed.push({ path: uri, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
      outcome.applied.delete(uri);
    }
  }
  return outcome;
}
