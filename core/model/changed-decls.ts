// Which declarations a new text of a whole file changed, so that the files whose checks read them, and only those, are checked again.
import type { Decl, FileModel } from "./bound.js";

/** The same kind, name and text: every answer about the declaration is the same, whatever else the file holds. */
function alike(a: Decl, aText: string, b: Decl, bText: string): boolean {
  const { start: as, end: ae } = a.syntax;
  const { start: bs, end: be } = b.syntax;
  return a.kind === b.kind && a.name === b.name && ae - as === be - bs && aText.slice(as, ae) === bText.slice(bs, be);
}

/**
 * The declarations of `before` and of `after` (two versions of one file) outside their common first and last
 * declarations that read alike; every one of both when either could not be read. Declarations beyond the change
 * keep their order, and with it every answer that depends on the order of declarations (the first activity with a
 * service, which of two of the same name came first).
 * `places`: findings elsewhere carry places in this file (the editor's related places, as lines and columns), so a
 * declaration that now begins on another line or column counts as changed too (the same text from the same place
 * puts every place inside it where it was). A comparison of findings by key (`--new-since`, where a key never holds
 * a place) passes false.
 */
export function changedDecls(before: FileModel, after: FileModel, places: boolean): Decl[] {
  const a = before.decls;
  const b = after.decls;
  if (before.readError !== undefined || after.readError !== undefined) return [...a, ...b];
  const aText = before.tree.text;
  const bText = after.tree.text;
  const stays = (i: number, j: number) => {
    const p = before.tree.lines.positionAt(a[i]!.syntax.start);
    const q = after.tree.lines.positionAt(b[j]!.syntax.start);
    return p.line === q.line && p.character === q.character;
  };
  const same = (i: number, j: number) => alike(a[i]!, aText, b[j]!, bText) && (!places || stays(i, j));
  let head = 0;
  while (head < a.length && head < b.length && same(head, head)) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && same(a.length - 1 - tail, b.length - 1 - tail)) tail++;
  return [...a.slice(head, a.length - tail), ...b.slice(head, b.length - tail)];
}
