// The workspace's index of declarations: lists per name, per service and per agreement, in document order and shared when empty.
import type { Decl } from "./bound.js";
import { aboutServices, before, successorOf } from "./concerns.js";
import { ACTIVITY_KINDS } from "./schema/index.js";
import { firstNotBefore } from "./search.js";

/** The answer for a name nothing is recorded under: one shared list rather than a new one per question. */
export const NO_DECLS: readonly Decl[] = Object.freeze([]);

/**
 * Adds a declaration to a list kept in document order: the answers (which declaration a rule names, in what
 * order) must not depend on the order in which files were read and re-read, or the editor would differ from the CLI.
 */
function insert(m: Map<string, Decl[]>, k: string, d: Decl): void {
  const a = m.get(k);
  if (!a) return void m.set(k, [d]);
  // A lint reads its files in path order, so a declaration mostly comes after all the others: one comparison then,
  // not a search of a list that may hold every act with a service (comparing long paths that share their folders).
  if (before(a[a.length - 1]!, d)) a.push(d);
  else a.splice(firstNotBefore(a, (x) => before(x, d)), 0, d);
}

/** Removes the values of `gone` from the lists of the keys touched: one pass per list, not one per value. */
function dropAll<K, V>(m: Map<K, V[]>, touched: Iterable<K>, gone: ReadonlySet<V>): void {
  for (const k of touched) {
    const a = m.get(k);
    if (!a) continue;
    const kept = a.filter((v) => !gone.has(v));
    if (kept.length === 0) m.delete(k);
    else m.set(k, kept);
  }
}

/** The declarations by name, by the service they concern, by kind and by the agreement they supersede or amend. */
export class DeclIndex {
  readonly names = new Map<string, Decl[]>();
  /** Per service: the assessments, agreements and liaisons about it, and apart from those the activities with it. */
  readonly records = new Map<string, Decl[]>();
  readonly activities = new Map<string, Decl[]>();
  readonly byKind = new Map<string, Set<Decl>>();
  /** Per agreement name, the agreements that supersede or amend it (its history). */
  readonly successors = new Map<string, Decl[]>();

  /** Adds a declaration; returns the services it concerns. */
  add(d: Decl): readonly string[] {
    const about = aboutServices(d);
    if (d.name) insert(this.names, d.name, d);
    for (const s of about) insert(ACTIVITY_KINDS.has(d.kind) ? this.activities : this.records, s, d);
    let set = this.byKind.get(d.kind);
    if (!set) this.byKind.set(d.kind, (set = new Set()));
    set.add(d);
    for (const target of successorOf(d)) insert(this.successors, target, d);
    return about;
  }

  /** Removes declarations; returns the services they concerned. */
  remove(decls: readonly Decl[]): Set<string> {
    const gone = new Set(decls);
    const names = new Set<string>();
    const services = new Set<string>();
    const targets = new Set<string>();
    for (const d of decls) {
      for (const s of aboutServices(d)) services.add(s);
      for (const t of successorOf(d)) targets.add(t);
      if (d.name) names.add(d.name);
      this.byKind.get(d.kind)?.delete(d);
    }
    dropAll(this.names, names, gone);
    dropAll(this.records, services, gone);
    dropAll(this.activities, services, gone);
    dropAll(this.successors, targets, gone);
    return services;
  }
}
