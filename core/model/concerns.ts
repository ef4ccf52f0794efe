// What a declaration concerns (its services, its counterparts, the agreements it succeeds), by which it is indexed and keyed, and document order.
import type { ParseOptions } from "../../grammar/parse.js";
import { flag, refs } from "./access.js";
import type { Decl } from "./bound.js";
import { aboutFields, ACTIVITY_KINDS, counterpartFields, kindSpec } from "./schema/index.js";

/** The service names the given reference fields of a declaration hold, each once. */
function servicesIn(decl: Decl, fields: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of fields) for (const r of refs(decl, f) ?? []) if (!out.includes(r.text)) out.push(r.text);
  return out;
}

/** The services an activity is with (docs/language.md, "Activities"). */
export function counterparts(decl: Decl): string[] {
  return servicesIn(decl, counterpartFields(decl.kind));
}

/** The service names a declaration is about; a change to it can change what rules say of those services. */
export function aboutServices(decl: Decl): string[] {
  return servicesIn(decl, aboutFields(decl.kind));
}

/** The fields of an agreement that name the agreements it succeeds. */
const SUCCESSION_FIELDS = ["supersedes", "amends"];

/** The agreements a declaration supersedes or amends. */
export function successorOf(d: Decl): string[] {
  if (d.kind !== "agreement") return [];
  const out: string[] = [];
  for (const f of SUCCESSION_FIELDS) for (const r of refs(d, f) ?? []) out.push(r.text);
  return out;
}

const indexed = new Map<string, readonly string[]>();
const NO_INDEXED: readonly string[] = Object.freeze([]);

/**
 * The fields whose values the workspace's index reads when a file is added (`aboutServices`, `successorOf` and
 * the own services' summary): all that a first reading binds of a file that rests at once. Not those of
 * `provides`: the dependency keys of a file are asked for when it changes, and the file is woken for that.
 */
export function indexedFields(kind: string): readonly string[] {
  let fields = indexed.get(kind);
  if (!fields) {
    // Unknown kinds are not remembered: a file could name any number of them.
    if (!kindSpec(kind)) return NO_INDEXED;
    const all = new Set(aboutFields(kind));
    if (kind === "agreement") for (const f of SUCCESSION_FIELDS) all.add(f);
    if (kind === "service") all.add("own");
    indexed.set(kind, (fields = [...all]));
  }
  return fields;
}

/** How a file that rests at once is parsed: for the fields the index reads only (`bindFile`'s `indexOnly`). */
export const INDEX_ONLY: ParseOptions = { fields: indexedFields };

/** Document order across the workspace: by file, then by position. */
export function before(a: Decl, b: Decl): boolean {
  if (a.file !== b.file) return a.file.uri < b.file.uri;
  return a.syntax.start < b.syntax.start;
}

/**
 * The dependency keys declarations provide: what can change for other files when they change (see
 * ARCHITECTURE.md, "Incremental checking"). Activities provide `a:` keys only when incidental, since only
 * ad-hoc-precedent reads other files' activities.
 */
export function provides(decls: Iterable<Decl>): Set<string> {
  const keys = new Set<string>();
  for (const d of decls) {
    if (d.name) keys.add("n:" + d.name);
    keys.add("k:" + d.kind);
    if (ACTIVITY_KINDS.has(d.kind)) {
      keys.add("first-activity");
      if (flag(d, "ad-hoc") === true) for (const s of counterparts(d)) keys.add("a:" + s);
    } else {
      for (const s of aboutServices(d)) keys.add("s:" + s);
    }
    if (d.kind === "service" && flag(d, "own") === true) keys.add("own");
    for (const target of successorOf(d)) keys.add("h:" + target);
  }
  return keys;
}
