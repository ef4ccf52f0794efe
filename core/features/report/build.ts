// The partner register as data: per foreign service its standing, agreements, quid-pro-quo balance and open findings; and all agreements.
import { approvals, date, flag, list, rating, refs, str } from "../../model/access.js";
import type { Decl } from "../../model/bound.js";
import type { ConfigOf } from "../../model/config.js";
import { formatDay, quarterOf } from "../../model/dates.js";
import { agreementsOf, criteriaOf, currentAssessment, inForce, isOwn, reviewBy, statusOf } from "../../model/queries.js";
import { CRITERIA } from "../../model/schema/index.js";
import { aboutServices, type Workspace } from "../../model/workspace.js";
import type { Diagnostic } from "../../model/diagnostic.js";

export type AgreementState = "in-force" | "not-yet-in-force" | "expired" | "superseded" | "terminated" | "in-preparation";
export interface Counts { error: number; warning: number; info: number }
export interface Flow { given: number; received: number }
export interface Where { file: string; line: number }

export interface ServiceEntry extends Where {
  name: string;
  title: string | null;
  country: string | null;
  type: string | null;
  priority: string | null;
  relationship: string | null;
  refusesAgreement: boolean;
  status: "eligible" | "doubtful" | "ineligible" | "not-assessed";
  criteria: { criterion: string; rating: string }[];
  assessment: { name: string; date: string; reviewBy: string | null; overdue: boolean; approvedBy: string | null } | null;
  agreements: Record<AgreementState, string[]>;
  /** Disclosures given to the service and receipts from it: in all, by data category, by quarter. */
  balance: Flow & { byCategory: ({ category: string } & Flow)[]; byQuarter: ({ quarter: string } & Flow)[] };
  requests: { sent: number; answered: number; open: string[] };
  activities: Record<string, number>;
  findings: Counts;
}

export interface AgreementEntry extends Where {
  name: string;
  title: string | null;
  form: string | null;
  kind: string | null;
  parties: string[];
  status: string | null;
  state: AgreementState;
  signed: string | null;
  expires: string | null;
  ministryReview: string | null;
  covers: string[];
}

export interface Report {
  today: string;
  files: number;
  ownService: string | null;
  services: ServiceEntry[];
  agreements: AgreementEntry[];
  findings: Counts;
}

const day = (d: number | undefined) => (d === undefined ? null : formatDay(d));
const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Where an agreement stands today, by the one query of what is in force. */
function agreementState(ws: Workspace, a: Decl, today: number): AgreementState {
  const status = str(a, "status");
  if (status !== "signed" && status !== "terminated") return "in-preparation";
  if (inForce(ws, a, today)) return "in-force";
  const from = date(a, "effective") ?? date(a, "signed");
  if (from !== undefined && from > today) return "not-yet-in-force";
  const terminated = date(a, "terminated");
  if (status === "terminated" || (terminated !== undefined && terminated <= today)) return "terminated";
  const expires = date(a, "expires");
  return expires !== undefined && expires < today ? "expired" : "superseded";
}

/** Adds one to the `given` or `received` side of a keyed tally. */
function tally(m: Map<string, Flow>, key: string, side: keyof Flow): void {
  const f = m.get(key) ?? { given: 0, received: 0 };
  f[side]++;
  m.set(key, f);
}

/** Findings per service: each finding counts for the services its declaration concerns. */
function findingsByService(ws: Workspace, diagnostics: ReadonlyMap<string, readonly Diagnostic[]>): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const [uri, list] of diagnostics) {
    const decls = ws.files.get(uri)?.decls ?? [];
    for (const d of list) {
      const decl = decls.find((x) => d.start >= x.syntax.start && d.start <= x.syntax.end);
      if (!decl) continue;
      const services = decl.kind === "service" ? [decl.name] : aboutServices(decl);
      for (const s of new Set(services)) {
        const c = out.get(s) ?? { error: 0, warning: 0, info: 0 };
        c[d.severity]++;
        out.set(s, c);
      }
    }
  }
  return out;
}

function serviceEntry(ws: Workspace, s: Decl, today: number, configOf: ConfigOf, findings: Counts | undefined, where: (d: Decl) => Where): ServiceEntry {
  const current = currentAssessment(ws, s.name, today);
  const criteria = current ? criteriaOf(current) : undefined;
  const review = current ? reviewBy(current, configOf) : undefined;
  const agreements: Record<AgreementState, string[]> = { "in-force": [], "not-yet-in-force": [], expired: [], superseded: [], terminated: [], "in-preparation": [] };
  for (const a of agreementsOf(ws, s.name)) agreements[agreementState(ws, a, today)].push(a.name);
  const categories = new Map<string, Flow>();
  const quarters = new Map<string, Flow>();
  const activities: Record<string, number> = {};
  let given = 0;
  let received = 0;
  const requests: Decl[] = [];
  const answered = new Set<string>();
  for (const act of ws.activitiesWith(s.name)) {
    activities[act.kind] = (activities[act.kind] ?? 0) + 1;
    const when = date(act, "date");
    if (act.kind === "disclosure" && (refs(act, "to") ?? []).some((r) => r.text === s.name)) {
      given++;
      for (const c of list(act, "data") ?? ["unspecified"]) tally(categories, c, "given");
      if (when !== undefined) tally(quarters, quarterOf(when), "given");
    } else if (act.kind === "receipt" && (refs(act, "from") ?? []).some((r) => r.text === s.name)) {
      received++;
      for (const c of list(act, "data") ?? ["unspecified"]) tally(categories, c, "received");
      if (when !== undefined) tally(quarters, quarterOf(when), "received");
      for (const r of refs(act, "requested") ?? []) answered.add(r.text);
    } else if (act.kind === "request" && (refs(act, "to") ?? []).some((r) => r.text === s.name)) {
      requests.push(act);
    }
  }
  const sorted = <T>(m: Map<string, T>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const info = current ? statusOf(current) : undefined;
  return {
    name: s.name, title: s.title, country: str(s, "country") ?? null, type: str(s, "type") ?? null,
    priority: str(s, "priority") ?? null, relationship: str(s, "relationship") ?? null, refusesAgreement: flag(s, "refuses-agreement") === true,
    status: info?.status ?? "not-assessed",
    criteria: CRITERIA.map((c) => ({ criterion: c, rating: (criteria ? rating(criteria, c)?.rating : undefined) ?? "missing" })),
    assessment: current ? {
      name: current.name, date: day(date(current, "date"))!, reviewBy: day(review), overdue: review !== undefined && review < today,
      approvedBy: approvals(current)[0]?.authority ?? null,
    } : null,
    agreements,
    balance: {
      given, received,
      byCategory: sorted(categories).map(([category, f]) => ({ category, ...f })),
      byQuarter: sorted(quarters).map(([quarter, f]) => ({ quarter, ...f })),
    },
    requests: { sent: requests.length, answered: requests.filter((r) => answered.has(r.name)).length, open: requests.filter((r) => !answered.has(r.name)).map((r) => r.name).sort() },
    activities,
    findings: findings ?? { error: 0, warning: 0, info: 0 },
    ...where(s),
  };
}

/**
 * The register of a checked workspace. `diagnostics` are the findings per file (as `lint` reports
 * them); `path` turns a file URI into the path to show.
 */
export function buildReport(ws: Workspace, diagnostics: ReadonlyMap<string, readonly Diagnostic[]>, today: number, configOf: ConfigOf, path: (uri: string) => string): Report {
  const where = (d: Decl): Where => ({ file: path(d.file.uri), line: d.file.tree.lines.positionAt(d.syntax.start).line + 1 });
  const findings = findingsByService(ws, diagnostics);
  const services = [...ws.ofKind("service")].filter((s) => s.name && ws.lookup(s.name).length === 1);
  const own = services.filter(isOwn);
  const total: Counts = { error: 0, warning: 0, info: 0 };
  for (const list of diagnostics.values()) for (const d of list) total[d.severity]++;
  return {
    today: formatDay(today),
    files: ws.files.size,
    ownService: own.length === 1 ? own[0]!.name : null,
    services: services.filter((s) => !isOwn(s)).map((s) => serviceEntry(ws, s, today, configOf, findings.get(s.name), where)).sort(byName),
    agreements: [...ws.ofKind("agreement")].filter((a) => a.name).map((a): AgreementEntry => ({
      name: a.name, title: a.title, form: str(a, "form") ?? null, kind: str(a, "kind") ?? null,
      parties: (refs(a, "parties") ?? []).map((r) => r.text), status: str(a, "status") ?? null, state: agreementState(ws, a, today),
      signed: day(date(a, "signed")), expires: day(date(a, "expires")), ministryReview: day(date(a, "ministry-review")),
      covers: list(a, "covers") ?? [], ...where(a),
    })).sort(byName),
    findings: total,
  };
}
