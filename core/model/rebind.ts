// Binds a file after an edit re-parsed one declaration: that declaration is bound again, the others keep their bound nodes.
import type { Reparsed } from "../../grammar/reparse.js";
import { bindDecl, placeSuppressions } from "./binder.js";
import type { Approval, FileModel, Node, Problem, Rating } from "./bound.js";
import { fieldSpec } from "./schema/index.js";
import { readSuppressions } from "./suppressions.js";

/**
 * The model of the edited file, equal to `bindFile` of the re-parsed tree. `old` is given up: its
 * declarations move into the new model, those after the edit shifted by the edit's length, as the
 * re-parse shifted their syntax.
 */
export function rebindFile(old: FileModel, { tree, index, delta }: Reparsed): FileModel {
  const file: FileModel = { uri: old.uri, tree, decls: old.decls.slice(), problems: [], refs: [], suppressions: readSuppressions(tree.comments) };
  const gone = old.decls[index]!;
  // The problems and references of each declaration lie within it, and are listed in document order.
  const from = gone.syntax.start;
  const to = gone.syntax.end;
  let i = 0;
  while (i < old.problems.length && old.problems[i]!.start < from) file.problems.push(old.problems[i++]!);
  while (i < old.problems.length && old.problems[i]!.start < to) i++;
  const fresh = bindDecl(tree.declarations[index]!, file, (p) => file.problems.push(p));
  for (; i < old.problems.length; i++) file.problems.push(shiftProblem(old.problems[i]!, delta));
  // The syntax after the edit has moved already, so a reference lies before the declaration or after it.
  const own = file.refs;
  file.refs = [];
  for (const r of old.refs) {
    if (r.node.decl === gone) continue;
    if (own.length > 0 && r.atom.start >= fresh.syntax.end) file.refs.push(...own.splice(0));
    file.refs.push(r);
  }
  file.refs.push(...own);
  file.decls[index] = fresh;
  for (let j = 0; j < file.decls.length; j++) {
    const d = file.decls[j]!;
    if (d === fresh) continue;
    d.file = file;
    if (j > index) {
      d.nameStart += delta;
      d.nameEnd += delta;
      shiftData(d, delta);
    }
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

/** Moves the places the typed values of a node's fields hold; the atoms they refer to moved with the syntax. */
function shiftData(node: Node, delta: number): void {
  for (const m of node.syntax.members) {
    if (m.type !== "field" || m.data === undefined || !node.spec) continue;
    const type = fieldSpec(node.spec, m.key.text)?.value.type;
    if (type !== "approval" && type !== "rating") continue;
    const placed = m.data as Approval | Rating | symbol;
    if (typeof placed !== "object") continue; // INVALID
    placed.start += delta;
    placed.end += delta;
  }
  for (const b of node.blocks) shiftData(b, delta);
}
