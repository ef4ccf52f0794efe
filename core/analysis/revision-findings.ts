// The findings a git revision had, by key: from the workspace's own analysis with only the files that differ swapped in (the editor's incremental checking), or from a second, full analysis when the configuration differs.
import { readFileSync } from "node:fs";
import type { SyntaxTree } from "../../grammar/syntax-tree.js";
import type { FileModel } from "../model/bound.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Analysis } from "./analysis.js";
import { relativeName } from "./baseline.js";
import type { FileSource, RevisionSource } from "./file-source.js";
import { findingKey, fullKey } from "./finding-key.js";

/** Counts findings by key, files named from `top`; a finding whose key is `known` is not keyed again. */
function count(into: Map<string, number>, top: string, path: string, tree: SyntaxTree, list: readonly Diagnostic[], known?: ReadonlyMap<Diagnostic, string>): void {
  const name = relativeName(top, path);
  for (const d of list) {
    const k = known?.get(d) ?? fullKey(findingKey(tree, d, name));
    into.set(k, (into.get(k) ?? 0) + 1);
  }
}

/** A second analysis of the revision, as `lint` would do on a checkout of it. */
export function fullRevisionFindings(then: Analysis, top: string): { counts: Map<string, number>; files: number } {
  then.loadAll();
  const counts = new Map<string, number>();
  // Only keys are counted: the findings need no related places, fixes or inlay texts.
  for (const [id, list] of then.checkAll(false)) count(counts, top, id, then.ws.file(id)!.tree, list);
  return { counts, files: then.ws.files.size };
}

const readNow = (path: string): string | undefined => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
};

/**
 * Whether every file, at the revision and now, follows the same entente.json with the same text: only
 * then can the workspace's analysis stand in for the revision's.
 */
function sameConfiguration(a: Analysis, then: Analysis, source: FileSource, paths: Iterable<string>): boolean {
  const seen = new Map<string, boolean>();
  for (const path of paths) {
    const now = a.config.pathFor(path);
    const before = then.config.pathFor(path);
    if (now !== before) return false;
    if (now === undefined || seen.has(now)) continue;
    let same: boolean;
    try {
      same = source.readText(now) === readNow(now);
    } catch {
      same = false;
    }
    seen.set(now, same);
    if (!same) return false;
  }
  return true;
}

/**
 * The revision's findings by key, reusing the workspace's analysis: the files whose text differs at the
 * revision are swapped in, the files whose checks read what they declare are checked again, every other
 * file's findings are those of now; then the files are put back. Undefined when the configuration
 * differs (the caller then analyses the revision in full).
 */
export function incrementalRevisionFindings(
  a: Analysis, then: Analysis, source: RevisionSource, top: string, checked: ReadonlyMap<string, readonly Diagnostic[]>, keys: ReadonlyMap<Diagnostic, string>,
): { counts: Map<string, number>; files: number } | undefined {
  const revFiles = then.discover().files;
  const nowPaths = new Map<string, string>(); // path → id
  for (const id of a.ws.files.keys()) {
    const p = a.pathOf(id);
    if (p !== undefined) nowPaths.set(p, id);
  }
  if (!sameConfiguration(a, then, source, [...revFiles, ...nowPaths.keys()])) return undefined;
  const swapped = new Map<string, FileModel>(); // id → the file as it is now
  const added: string[] = []; // ids only at the revision
  const changed = new Set<string>();
  const atRevision = new Set(revFiles);
  // A file whose bytes now are the revision's, as git's id of them tells, is not read from git (most are not, in a
  // comparison with a recent revision); its text, which a resting file keeps, is all that is read of it here.
  const differ = revFiles
    .map((path) => {
      const id = a.idOf(path);
      return { path, id, now: a.ws.files.get(id) };
    })
    .filter(({ path, id, now }) => !(now && now.readError === undefined && source.holds(path, now.tree.text, a.hasBom(id))));
  source.fetch(differ.map((f) => f.path));
  for (const { path, id, now } of differ) {
    const read = source.readSource(path);
    if ("error" in read) return undefined;
    if (now && now.tree.text === read.text && (now.readError === undefined) === (read.readError === undefined)) continue;
    if (now) swapped.set(id, now);
    else added.push(id);
    for (const k of a.swapFile(id, read.text, read.readError)) changed.add(k);
  }
  const removed = new Map<string, FileModel>();
  for (const [path, id] of nowPaths) {
    if (atRevision.has(path)) continue;
    removed.set(id, a.ws.file(id)!);
    for (const k of a.removeFile(id)) changed.add(k);
  }
  try {
    const again = new Set([...swapped.keys(), ...added, ...a.affected(changed)]);
    const counts = new Map<string, number>();
    for (const id of a.ws.files.keys()) {
      const list = again.has(id) ? a.check(id, false) : checked.get(id) ?? [];
      count(counts, top, a.pathOf(id) ?? id, a.ws.file(id)!.tree, list, keys);
    }
    return { counts, files: a.ws.files.size };
  } finally {
    // The workspace as it is now again: the files swapped and removed back as they were (not parsed again), those of the revision alone out.
    for (const file of [...swapped.values(), ...removed.values()]) a.ws.putFile(file);
    for (const id of added) a.removeFile(id);
  }
}
