// A file at rest: the language server lets go of the bodies of closed files and reads them again from their text when asked.
import { parse } from "../../grammar/parse.js";
import { placeSuppressions, rebindDecl } from "./binder.js";
import type { Decl, FileModel, Problem } from "./bound.js";

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

/**
 * Lets go of what a file's declarations hold below their first line: members, nested blocks, typed values and
 * reference sites, about two thirds of what a register keeps. The declarations themselves stay, with their
 * kind, name, title and place, since the workspace's index holds them; so do the text, the line index, the
 * comments, the syntax errors, the binder's problems and the suppressions.
 */
function rest(file: FileModel): void {
  for (const d of file.decls) {
    d.syntax.members = ASLEEP;
    d.blocks = ASLEEP;
  }
  file.refs = ASLEEP;
  file.resting = true;
}

/**
 * Reads a resting file again from its text: the same text parses to the same declarations, which are bound
 * anew into the objects the index holds. What the first whole binding reported is kept, not reported twice; a
 * file first bound only for the index (`problemsDue`) has its problems found now.
 */
function wake(file: FileModel): void {
  const tree = parse(file.tree.text);
  if (tree.declarations.length !== file.decls.length) {
    throw new Error(`internal error: ${file.uri} read ${tree.declarations.length} declarations on waking, ${file.decls.length} before`);
  }
  file.refs = [];
  const report = file.problemsDue ? (p: Problem) => file.problems.push(p) : undefined;
  for (let i = 0; i < file.decls.length; i++) {
    // Only the bodies are taken from the new parse. The file keeps its tree and each declaration its first line,
    // which resting left in place: made anew at every waking, they would all be copied into the old generation again.
    const block = file.decls[i]!.syntax;
    const fresh = tree.declarations[i]!;
    if (fresh.start !== block.start || fresh.end !== block.end) {
      throw new Error(`internal error: ${file.uri} read a declaration at ${fresh.start}-${fresh.end} on waking, ${block.start}-${block.end} before`);
    }
    block.members = fresh.members;
    rebindDecl(file.decls[i]!, file, report);
  }
  if (file.problemsDue) placeSuppressions(file);
  file.problemsDue = false;
  file.resting = false;
}

/**
 * Which files of a workspace rest and which are awake, and how often a question woke each: the bookkeeping
 * behind `Workspace.rest`, `awake`, `restCold` and `woken`.
 */
export class Dormancy {
  private resting = 0;
  /**
   * The awake files that questions have woken less than twice: those a bounded run lets rest again. Kept apart
   * from the hot ones, so that letting them rest after every read and every check does not walk the hot ones.
   */
  private readonly coldFiles = new Set<string>();
  /** How often each file was woken by a question (another file's check, a feature). */
  private readonly wakes = new Map<string, number>();
  /** Counts the times files came to rest: a list of declarations woken at the present count needs no look again. */
  private rests = 0;
  private readonly wokenAt = new WeakMap<object, number>();

  /** How many files rest. */
  get restingFiles(): number {
    return this.resting;
  }

  /** A file came into the workspace, awake. */
  added(uri: string): void {
    if (!this.hot(uri)) this.coldFiles.add(uri);
  }

  /** A file left the workspace. */
  removed(file: FileModel): void {
    if (file.resting) this.resting--;
    this.coldFiles.delete(file.uri);
    this.wakes.delete(file.uri);
  }

  /** Reads a resting file's bodies again; a file awake is left as it is. */
  wake(file: FileModel): void {
    if (!file.resting) return;
    wake(file);
    this.resting--;
    this.added(file.uri);
  }

  /** Lets a file rest; false when it already did. */
  rest(file: FileModel): boolean {
    if (file.resting) return false;
    rest(file);
    this.resting++;
    this.rests++;
    this.coldFiles.delete(file.uri);
    return true;
  }

  /** The awake files that questions have woken less than twice, but `except` and those `keep` names. */
  cold(except: string | undefined, keep?: (uri: string) => boolean): string[] {
    const out: string[] = [];
    for (const uri of this.coldFiles) if (uri !== except && !keep?.(uri)) out.push(uri);
    return out;
  }

  private hot(uri: string): boolean {
    return (this.wakes.get(uri) ?? 0) >= 2;
  }

  /** Wakes the files of the declarations a question answers with, counting each waking. */
  woken<T extends Iterable<Decl>>(decls: T): T {
    if (this.resting === 0 || this.wokenAt.get(decls) === this.rests) return decls;
    for (const d of decls) {
      if (!d.file.resting) continue;
      this.wakes.set(d.file.uri, (this.wakes.get(d.file.uri) ?? 0) + 1);
      this.wake(d.file); // a file woken twice is hot from now on, and stays out of the cold ones
    }
    this.wokenAt.set(decls, this.rests);
    return decls;
  }
}
