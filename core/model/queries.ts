// Domain queries over the workspace: own or foreign, current assessment, status, agreements in force, review dates.
import { date, flag, list, rating, refs, str } from "./access.js";
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

/** The status an assessment gives its service (RULES.md / LANGUAGE.md §4). */
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

/** The service's latest assessment dated on or before `day`. */
export function currentAssessment(ws: Workspace, service: string, day: number): Decl | undefined {
  let current: Decl | undefined;
  for (const a of ws.assessmentsOf(service)) {
    if (date(a, "date")! <= day) current = a;
    else break;
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

/** Agreements that name the service among their parties. */
export function agreementsOf(ws: Workspace, service: string): Decl[] {
  return ws.recordsAbout(service).filter((d) => d.kind === "agreement" && (refs(d, "parties") ?? []).some((p) => p.text === service));
}

/** In force at `day`: signed, signed on or before it, and not expired before it (LANGUAGE.md §4). */
export function inForce(agreement: Decl, day: number): boolean {
  if (str(agreement, "status") !== "signed") return false;
  const signed = date(agreement, "signed");
  if (signed === undefined || signed > day) return false;
  const expires = date(agreement, "expires");
  return expires === undefined || expires >= day;
}

export function agreementsInForce(ws: Workspace, service: string, day: number): Decl[] {
  return agreementsOf(ws, service).filter((a) => inForce(a, day));
}

/** Whether an agreement's `covers` includes a form. */
export function covers(agreement: Decl, form: string): boolean {
  return (list(agreement, "covers") ?? []).includes(form);
}
