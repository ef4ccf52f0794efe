// Shared pieces of the domain rules: counterpart services, personal data, and where a field or item is written.
import { itemAtoms, keyEnd, valueSpan, valuesOf, type Atom } from "../../grammar/syntax-tree.js";
import { date, fieldAt, list, refs } from "../model/access.js";
import type { Decl, Node } from "../model/bound.js";
import { isDomestic, isForeign } from "../model/queries.js";
import { counterpartFields, kindSpec } from "../model/schema/index.js";
import type { Workspace } from "../model/workspace.js";
import type { RuleContext, Subject } from "./rule.js";

export { addLinesFix, placeholder, withFix } from "./add-lines.js";

/** A counterpart reference that resolves to exactly one foreign service. */
export interface Counterpart {
  atom: Atom;
  service: Decl;
}

/**
 * The foreign services named in the given reference fields (docs/language.md, "Foreign and
 * domestic": the rules of sections B–G are about foreign cooperation only); unresolved names are
 * left to the structural rules.
 */
export function foreignServices(ws: Workspace, decl: Node, fields: readonly string[]): Counterpart[] {
  const out: Counterpart[] = [];
  for (const f of fields) {
    const atoms = refs(decl, f);
    if (atoms === undefined) continue;
    for (const atom of atoms) {
      const service = ws.service(atom.text);
      if (service && isForeign(ws, service) && !named(out, service)) out.push({ atom, service });
    }
  }
  return out;
}

/** Whether the list holds the service already (a loop, not `some`: a closure per name of every act adds up). */
function named(counterparts: readonly Counterpart[], service: Decl): boolean {
  for (const c of counterparts) if (c.service === service) return true;
  return false;
}

/**
 * Whether the act runs through a domestic service (`via: AIVD`): the own service then relies on that
 * service's weighing and agreements for the exchange (CTIVD 22B §5.5).
 */
export function viaDomestic(ws: Workspace, act: Decl): boolean {
  const via = refs(act, "via");
  if (via === undefined) return false;
  for (const r of via) {
    const s = ws.service(r.text);
    if (s !== undefined && isDomestic(ws, s)) return true;
  }
  return false;
}

/** The foreign counterpart services of an activity (docs/language.md, "Activities"). */
export function counterpartServices(ws: Workspace, decl: Decl): Counterpart[] {
  // Asked by many rules for every act: worked out once until the workspace changes.
  // The function is passed, not a closure: this is asked hundreds of thousands of times in a large register.
  return ws.memoOn(decl, "counterparts", foreignCounterparts);
}

const foreignCounterparts = (decl: Decl, ws: Workspace) => foreignServices(ws, decl, counterpartFields(decl.kind));

/** The activity's own date, as a day number. */
export function actDate(decl: Decl): number | undefined {
  return date(decl, "date");
}

/** A dated activity of the file with one of the foreign counterpart services it names. */
export interface DatedCounterpart extends Counterpart {
  act: Decl;
  day: number;
  /** The act and counterpart, for a finding about them (one mistake, one finding). */
  subject: Subject;
}

/**
 * The cooperation rules' common walk: every declaration of the file of the given kinds that has
 * a date (and that `keep` accepts), once for each foreign counterpart service it names.
 */
export function datedCounterparts(ctx: RuleContext, kinds: ReadonlySet<string>, keep?: (act: Decl) => boolean): readonly DatedCounterpart[] {
  // Half a dozen rules walk the same acts of the file: the walk is made once per file and kind set.
  const all = ctx.ws.memoOn(ctx.file, kindsKey(kinds), (file, ws) => {
    const out: DatedCounterpart[] = [];
    for (const act of file.decls) {
      // Per act, the answer is shared by the walks of every set of kinds (activities, and the substantive ones among them).
      if (kinds.has(act.kind) && act.spec) for (const c of ws.memoOn(act, "dated", datedOf)) out.push(c);
    }
    return out;
  });
  return keep ? all.filter((c) => keep(c.act)) : all;
}

/** A memo key for each set of kinds the rules walk. */
function kindsKey(kinds: ReadonlySet<string>): string {
  let key = kindsKeys.get(kinds);
  if (!key) kindsKeys.set(kinds, (key = `dated-counterparts:${kindsKeys.size}`));
  return key;
}
const kindsKeys = new Map<ReadonlySet<string>, string>();

/** One act's dated counterparts, once for each foreign counterpart it names. */
function datedOf(act: Decl, ws: Workspace): readonly DatedCounterpart[] {
  const day = actDate(act);
  if (day === undefined) return [];
  return counterpartServices(ws, act).map((c) => ({ act, day, atom: c.atom, service: c.service, subject: { act, service: c.service.name } }));
}

/** The field that lists the data an activity gives away (`data` of a disclosure, `provides` of a request). */
export function dataField(decl: Decl): string | undefined {
  return kindSpec(decl.kind)?.data;
}

/** Whether an activity gives personal data; undefined when that cannot be told. */
function givesPersonalData(decl: Decl): boolean | undefined {
  const field = dataField(decl);
  if (!field) return false;
  return list(decl, field)?.includes("personal");
}

/** The declarations of the file checked that give personal data (disclosures, and requests that provide it). */
export function personalDataActs(ctx: RuleContext): Decl[] {
  return ctx.file.decls.filter((d) => d.spec?.data !== undefined && givesPersonalData(d) === true);
}

/** The range of a field's key, for pointing at the field. */
export function keyRange(node: Node, field: string): { start: number; end: number } | undefined {
  const f = fieldAt(node, field);
  return f && { start: f.start, end: keyEnd(f) };
}

/** The range of the first value of a field, falling back to its key. */
export function valueRange(node: Node, field: string): { start: number; end: number } | undefined {
  const f = fieldAt(node, field);
  return f && (valueSpan(f) ?? { start: f.start, end: keyEnd(f) });
}

/**
 * Where the list item with this text is written, for pointing at it: a range of its own, not the atom, which
 * findings spread into themselves (a syntax node is not a range to copy; see ARCHITECTURE.md, "Performance").
 */
export function itemRange(node: Node, field: string, item: string): { start: number; end: number } | undefined {
  for (const m of node.syntax.members) {
    if (m.type !== "field" || m.name !== field) continue;
    for (const v of valuesOf(m)) {
      if (v.kind === "list") {
        for (const it of v.items) for (const a of itemAtoms(it)) if (a.text === item) return { start: a.start, end: a.end };
      } else if (v.text === item) return { start: v.start, end: v.end };
    }
  }
  return undefined;
}

/** The subjects of a finding about an act as a whole: the act with each of its foreign counterparts. */
export function actSubjects(ws: Workspace, act: Decl): Subject[] {
  return counterpartServices(ws, act).map((c) => ({ act, service: c.service.name }));
}

/**
 * The names of an act's counterparts that may be foreign: a foreign service, or a name that is not a
 * declared service (the structural rules report it; until it is fixed, the act is not taken to be domestic).
 */
export function foreignNames(ws: Workspace, act: Decl): string[] {
  const out: string[] = [];
  for (const f of counterpartFields(act.kind)) {
    for (const atom of refs(act, f) ?? []) if (mayBeForeign(ws, atom.text) && !out.includes(atom.text)) out.push(atom.text);
  }
  return out;
}

/** Whether a counterpart's name may be foreign (see `foreignNames`). */
function mayBeForeign(ws: Workspace, name: string): boolean {
  const service = ws.service(name);
  return !service || isForeign(ws, service);
}

/**
 * Whether the rules of sections C–G concern an act: they are about foreign cooperation only
 * (docs/language.md, "Foreign and domestic"), so an act whose counterparts are all domestic (the AIVD)
 * or the own service is left alone. An act that names no counterpart it can read is checked as before.
 */
export function isForeignAct(ws: Workspace, act: Decl): boolean {
  // Asked by most rules for every act: worked out once until the workspace changes.
  return ws.memoOn(act, "foreign-act", foreignAct);
}

/** As `foreignNames(ws, act).length > 0` when the act names a counterpart, without making the list: most rules ask this of every act. */
function foreignAct(act: Decl, ws: Workspace): boolean {
  let named = false;
  for (const f of counterpartFields(act.kind)) {
    const atoms = refs(act, f);
    if (atoms === undefined) continue;
    for (const atom of atoms) {
      named = true;
      if (mayBeForeign(ws, atom.text)) return true;
    }
  }
  return !named;
}
