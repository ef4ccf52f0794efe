// Binds a file after an edit re-parsed some of its declarations: those are bound again, the others keep their bound nodes.
import type { Reparsed } from "../../grammar/reparse.js";
import { bindDecl, placeSuppressions } from "./binder.js";
import type { FileModel, Problem, RefSite } from "./bound.js";
import { readSuppressions } from "./suppressions.js";

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
