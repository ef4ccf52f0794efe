// Domain queries over the workspace: own, foreign or domestic, current assessment, status, agreements in force, review dates.
import { approvals, approvalsUncertain, date, flag, list, rating, refs, str } from "./access.js";
import { rankOf } from "./authority.js";
import type { Decl, Node } from "./bound.js";
import type { ConfigOf } from "./config.js";
import { addMonths } from "./dates.js";
import { CRITERIA } from "./schema/index.js";
import type { Workspace } from "./workspace.js";

export type Status = "eligible" | "doubtful" | "ineligible";

export interface StatusInfo {
  status: Status;
  assessment: Decl;
  /** Criteria rated `doubtful`, and `not-met`, in schema order. */
  doubtful: string[];
  notMet: string[];
}

export function isOwn(service: Decl): boolean {
  return flag(service, "own") === true;
}

/** The criteria block of an assessment. */
export function criteriaOf(assessment: Decl): Node | undefined {
  return assessment.blocks.find((b) => b.spec?.name === "criteria");
}

/** The status an assessment gives its service (docs/language.md, "Weighings"). */
export function statusOf(assessment: Decl): StatusInfo {
  const criteria = criteriaOf(assessment);
  const doubtful: string[] = [];
  const notMet: string[] = [];
  for (const c of CRITERIA) {
    const r = criteria ? rating(criteria, c)?.rating : undefined;
    if (r === "doubtful") doubtful.push(c);
    else if (r === "not-met") notMet.push(c);
  }
  const status: Status = notMet.length > 0 ? "ineligible" : doubtful.length > 0 ? "doubtful" : "eligible";
  return { status, assessment, doubtful, notMet };
}

/**
 * The day from which a weighing counts: the day the service leadership (deputy director or higher) decided
 * on it, and not before its own date (CTIVD 22B §4.1: the decision, not the draft, precedes cooperation).
 * A weighing without that decision counts from its date: assessment-approval reports what it lacks.
 */
export function decidedOn(assessment: Decl): number {
  // Asked for every act with the service; what a declaration says never changes (an edit binds it anew), so the answer is kept with it.
  let day = decided.get(assessment);
  if (day === undefined) decided.set(assessment, (day = decisionDay(assessment)));
  return day;
}

const decided = new WeakMap<Decl, number>();

function decisionDay(assessment: Decl): number {
  const drafted = date(assessment, "date")!;
  if (approvalsUncertain(assessment)) return drafted;
  const leadership = rankOf("deputy-director");
  let first = Infinity;
  for (const a of approvals(assessment)) if (rankOf(a.authority) >= leadership && a.date < first) first = a.date;
  return first === Infinity ? drafted : Math.max(drafted, first);
}

/**
 * The service's current weighing at `day` (docs/language.md, "Weighings"): its latest weighing the
 * service leadership had decided on by then. A re-weighing still awaiting that decision changes
 * nothing yet: the weighing decided before it still fixes the status and the permitted forms (§4.1).
 */
export function currentAssessment(ws: Workspace, service: string, day: number): Decl | undefined {
  let current: Decl | undefined;
  for (const a of ws.assessmentsOf(service)) {
    // In order of their dates; a weighing counts from its decision, never before its own date.
    if (date(a, "date")! > day) break;
    if (decidedOn(a) <= day) current = a;
  }
  return current;
}

export function latestAssessment(ws: Workspace, service: string): Decl | undefined {
  const all = ws.assessmentsOf(service);
  return all[all.length - 1];
}

/** The service's status at `day`, or undefined when it has no assessment dated by then. */
export function serviceStatus(ws: Workspace, service: string, day: number): StatusInfo | undefined {
  const a = currentAssessment(ws, service, day);
  return a ? statusOf(a) : undefined;
}

/** When an assessment must be reviewed: its `review-by`, or its date plus the interval its file's configuration sets. */
export function reviewBy(assessment: Decl, configOf: ConfigOf): number | undefined {
  const explicit = date(assessment, "review-by");
  if (explicit !== undefined) return explicit;
  const d = date(assessment, "date");
  return d === undefined ? undefined : addMonths(d, configOf(assessment.file.uri).reviewIntervalMonths);
}

/** Agreements that name the service among their parties (amendments included). */
export function agreementsOf(ws: Workspace, service: string): readonly Decl[] {
  // Asked for every act with the service: worked out once until the workspace changes. The answer outlives files
  // coming to rest (Workspace.rest), and its readers read the agreements' bodies: their files are woken.
  return ws.woken(ws.memo("agreements-of:" + service, () =>
    ws.recordsAbout(service).filter((d) => d.kind === "agreement" && (refs(d, "parties") ?? []).some((p) => p.text === service))));
}

export const isAmendment = (agreement: Decl) => str(agreement, "form") === "amendment";

/** Signed (or since terminated): a draft or an agreement under negotiation binds nobody yet. */
export const concluded = (agreement: Decl) => {
  const status = str(agreement, "status");
  return status === "signed" || status === "terminated";
};

/** The day an agreement takes effect: its `effective`, or else the day it was signed. */
export const startOf = (agreement: Decl) => date(agreement, "effective") ?? date(agreement, "signed");

/** The amendments that name the agreement in `amends`, in document order. */
export function amendmentsOf(ws: Workspace, agreement: Decl): Decl[] {
  return ws.successorsOf(agreement.name).filter((a) => isAmendment(a) && (refs(a, "amends") ?? []).some((r) => r.text === agreement.name));
}

/**
 * In force at `day` (docs/language.md, "In force"): signed (or since terminated), in effect from
 * `effective` or else `signed`, not expired before the day, not terminated on or before it, and not
 * superseded by an agreement in force on it. `seen` guards against a cycle of supersession, which
 * invalid-value reports: an agreement in a cycle is not superseded through it.
 */
export function inForce(ws: Workspace, agreement: Decl, day: number, seen?: ReadonlySet<Decl>): boolean {
  if (!concluded(agreement)) return false;
  const from = startOf(agreement);
  if (from === undefined || from > day) return false;
  const expires = date(agreement, "expires");
  if (expires !== undefined && expires < day) return false;
  // Without its date a termination cannot be placed (missing-field says so): the agreement is not taken out of force.
  const terminated = date(agreement, "terminated");
  if (terminated !== undefined && terminated <= day) return false;
  const successors = ws.successorsOf(agreement.name);
  // Most agreements have no successor: no path to remember then (this runs for every act and agreement).
  if (successors.length === 0) return true;
  const path = new Set(seen).add(agreement);
  return !successors.some((later) =>
    !path.has(later) && (refs(later, "supersedes") ?? []).some((r) => r.text === agreement.name) && inForce(ws, later, day, path));
}

/** The agreements with a service in force at `day`; an amendment counts through the agreement it amends. */
export function agreementsInForce(ws: Workspace, service: string, day: number): Decl[] {
  return agreementsOf(ws, service).filter((a) => !isAmendment(a) && inForce(ws, a, day));
}

/** The amendments of an agreement in force at `day`: their `covers` and clauses add to the agreement's. */
export function amendmentsInForce(ws: Workspace, agreement: Decl, day: number): Decl[] {
  return amendmentsOf(ws, agreement).filter((a) => inForce(ws, a, day));
}

/** Whether an agreement covers a form at `day`: by its own `covers` or an amendment's in force then. */
export function covers(ws: Workspace, agreement: Decl, form: string, day: number): boolean {
  if ((list(agreement, "covers") ?? []).includes(form)) return true;
  return amendmentsInForce(ws, agreement, day).some((a) => (list(a, "covers") ?? []).includes(form));
}

/** The own service, when the workspace has exactly one. */
function ownService(ws: Workspace): Decl | undefined {
  const own = ws.ownServices();
  return own.length === 1 ? own[0] : undefined;
}

/** An international organisation (NATO's fusion centre, EU SitCen): cooperation inside its framework needs no weighing or agreement of its own. */
export function isInternational(service: Decl): boolean {
  return str(service, "type") === "international-organisation";
}

/**
 * Foreign (docs/language.md, "Foreign and domestic"): an international organisation, or a service
 * whose country differs from the own service's. When the own service has no country (or there is
 * no single own service), every service but an own one is foreign.
 */
export function isForeign(ws: Workspace, service: Decl): boolean {
  if (isOwn(service)) return false;
  if (isInternational(service)) return true;
  const home = ownService(ws);
  const country = home ? str(home, "country") : undefined;
  return country === undefined || str(service, "country") !== country;
}

/** Domestic: not own and not foreign (the AIVD, a Dutch police force). */
export function isDomestic(ws: Workspace, service: Decl): boolean {
  return !isOwn(service) && !isForeign(ws, service);
}
