// Binds a file after an edit re-parsed some of its declarations: those are bound again, the others keep their bound nodes.
import { reparse, type Reparsed } from "../../grammar/reparse.js";
import { bindDecl, placeSuppressions } from "./binder.js";
import type { Decl, FileModel, Problem, RefSite } from "./bound.js";
import { readSuppressions } from "./suppressions.js";

/** An edited file's new model, and which declarations the index gives up, takes in, and must see checked again. */
export interface EditedFile {
  file: FileModel;
  gone: Decl[];
  came: Decl[];
  /** The declarations whose content or place changed, before and after the edit. */
  changed: Decl[];
}

/**
 * The new model of a file whose old one nobody else keeps, when what the edit changed (the text between the
 * declarations around it) still reads on its own as in the whole text; undefined when the file must be read anew.
 */
export function editedFile(old: FileModel, text: string): EditedFile | undefined {
  let edit: Reparsed | undefined;
  let file: FileModel;
  try {
    edit = reparse(old.tree, text);
    if (!edit) return undefined;
    file = rebindFile(old, edit);
  } catch {
    // A fault here must not cost the drafter the edit: the whole text is parsed, and the old model
    // (perhaps half moved) is dropped from the index by its declarations, which still say what they said.
    return undefined;
  }
  const gone = old.decls.slice(edit.first, edit.first + edit.removed);
  const came = file.decls.slice(edit.first, edit.first + edit.added);
  // Findings elsewhere may point into the declarations after the edit: they moved when lines did.
  const next = file.decls[edit.first + edit.added];
  const lines = file.tree.lines;
  const moved = next && (lines.lineCount !== old.tree.lines.lineCount || lines.lineOf(edit.editEnd) === lines.lineOf(next.syntax.start));
  return { file, gone, came, changed: moved ? [...gone, ...file.decls.slice(edit.first)] : [...gone, ...came] };
}

/**
 * The model of the edited file, equal to `bindFile` of the re-parsed tree. `old` is given up: its
 * declarations move into the new model, those after the edit shifted by the edit's length, as the
 * re-parse shifted their syntax.
 */
export function rebindFile(old: FileModel, { tree, first, removed, added, delta }: Reparsed): FileModel {
  const file: FileModel = { uri: old.uri, tree, decls: [], problems: [], refs: [], suppressions: readSuppressions(tree.comments) };
  const gone = new Set(old.decls.slice(first, first + removed));
  const next = old.decls[first + removed];
  // The problems of each declaration lie within it, in document order, at the offsets of the old text
  // (the declarations after the edit have moved already: their old start is their start less delta).
  const before = first > 0 ? old.decls[first - 1]!.syntax.end : 0;
  const after = next ? next.syntax.start - delta : Infinity;
  let i = 0;
  while (i < old.problems.length && old.problems[i]!.start < before) file.problems.push(old.problems[i++]!);
  while (i < old.problems.length && old.problems[i]!.start < after) i++;
  const fresh = tree.declarations.slice(first, first + added).map((block) => bindDecl(block, file, (p) => file.problems.push(p)));
  for (; i < old.problems.length; i++) file.problems.push(shiftProblem(old.problems[i]!, delta));
  // In document order: the references of the declarations before the edit, the fresh ones, then those
  // of the declarations after it (which have moved already).
  const later = (r: RefSite) => next !== undefined && r.atom.start >= next.syntax.start;
  const kept = old.refs.filter((r) => !gone.has(r.node.decl));
  file.refs = [...kept.filter((r) => !later(r)), ...file.refs, ...kept.filter(later)];
  for (const d of old.decls.slice(0, first)) {
    d.file = file;
    file.decls.push(d);
  }
  file.decls.push(...fresh);
  for (const d of old.decls.slice(first + removed)) {
    d.file = file;
    file.decls.push(d);
  }
  placeSuppressions(file);
  return file;
}

function shiftProblem(p: Problem, delta: number): Problem {
  p.start += delta;
  p.end += delta;
  for (const r of p.related ?? []) {
    r.start += delta;
    r.end += delta;
  }
  return p;
}
