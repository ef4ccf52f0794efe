// A file at rest: the language server lets go of the bodies of closed files and reads them again from their text when asked.
import { parse } from "../../grammar/parse.js";
import { rebindDecl } from "./binder.js";
import type { FileModel } from "./bound.js";

/**
 * What a resting file holds instead of its declarations' members, its nested blocks and its reference sites:
 * any read of it throws, so that a reader who forgot to wake the file fails loudly (a test catches it) instead
 * of finding no fields and saying something false about a lawful act.
 */
const ASLEEP: never = new Proxy(Object.freeze([]), {
  get(_target, key) {
    throw new Error(`internal error: read of a resting file's syntax (${String(key)}) without waking it`);
  },
}) as never;

/** Whether a file has let go of its bodies (`rest`). */
export const resting = (file: FileModel): boolean => file.resting === true;

/**
 * Lets go of what a file's declarations hold below their first line: members, nested blocks, typed values and
 * reference sites, about two thirds of what a register keeps. The declarations themselves stay, with their
 * kind, name, title and place, since the workspace's index holds them; so do the text, the line index, the
 * comments, the syntax errors, the binder's problems and the suppressions.
 */
export function rest(file: FileModel): void {
  if (file.resting) return;
  for (const d of file.decls) {
    d.syntax.members = ASLEEP;
    d.blocks = ASLEEP;
  }
  file.refs = ASLEEP;
  file.resting = true;
}

/**
 * Reads a resting file again from its text: the same text parses to the same declarations, which are bound
 * anew into the objects the index holds. What the first binding reported is kept, not reported twice.
 */
export function wake(file: FileModel): void {
  if (!file.resting) return;
  const tree = parse(file.tree.text);
  if (tree.declarations.length !== file.decls.length) {
    throw new Error(`internal error: ${file.uri} read ${tree.declarations.length} declarations on waking, ${file.decls.length} before`);
  }
  file.tree = tree;
  file.refs = [];
  for (let i = 0; i < file.decls.length; i++) rebindDecl(file.decls[i]!, tree.declarations[i]!, file);
  file.resting = false;
}
