// The lists the workspace index keeps per name and per service: in document order, shared when empty.
import type { Decl } from "./bound.js";
import { before } from "./concerns.js";
import { firstNotBefore } from "./search.js";

/** The answer for a name nothing is recorded under: one shared list rather than a new one per question. */
export const NO_DECLS: readonly Decl[] = Object.freeze([]);

/**
 * Adds a declaration to a list kept in document order: the answers (which declaration a rule names, in what
 * order) must not depend on the order in which files were read and re-read, or the editor would differ from the CLI.
 */
export function insert(m: Map<string, Decl[]>, k: string, d: Decl): void {
  const a = m.get(k);
  if (!a) return void m.set(k, [d]);
  // A lint reads its files in path order, so a declaration mostly comes after all the others: one comparison then,
  // not a search of a list that may hold every act with a service (comparing long paths that share their folders).
  if (before(a[a.length - 1]!, d)) a.push(d);
  else a.splice(firstNotBefore(a, (x) => before(x, d)), 0, d);
}

/** Removes the values of `gone` from the lists of the keys touched: one pass per list, not one per value. */
export function dropAll<K, V>(m: Map<K, V[]>, touched: Iterable<K>, gone: ReadonlySet<V>): void {
  for (const k of touched) {
    const a = m.get(k);
    if (!a) continue;
    const kept = a.filter((v) => !gone.has(v));
    if (kept.length === 0) m.delete(k);
    else m.set(k, kept);
  }
}
