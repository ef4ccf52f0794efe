// The partner register as data: per foreign service its standing, agreements, quid-pro-quo balance, terms and open findings; and all agreements with their history.
import { approvals, date, list, rating, refs, str } from "../../model/access.js";
import type { Decl } from "../../model/bound.js";
import type { ConfigOf } from "../../model/config.js";
import { formatDay, quarterOf } from "../../model/dates.js";
import { agreementsOf, criteriaOf, isAmendment, currentAssessment, isDomestic, isForeign, isInternational, isOwn, reviewBy, statusOf } from "../../model/queries.js";
import { CRITERIA, enumNames } from "../../model/schema/index.js";
import { aboutServices } from "../../model/concerns.js";
import type { Workspace } from "../../model/workspace.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import { agreementHistory, agreementState, CAVEATS, day, serviceFacts, termsOf, type AgreementHistory, type AgreementState, type ServiceFacts } from "../facts.js";

export type { AgreementState };
export interface Counts { error: number; warning: number; info: number }
export interface Flow { given: number; received: number }
export interface Where { file: string; line: number }

/** What the disclosures to a service said the recipient may do with the data, counted (docs/language.md, "What a disclosure promises"). */
export interface TermsSummary {
  withCaveats: number;
  /** Each caveat with the number of disclosures that carry it, in the schema's order. */
  caveats: { caveat: string; count: number }[];
  withPurpose: number;
  /** Disclosures given in answer to the recipient's request (`in-reply-to`). */
  inReply: number;
  /** Disclosures with a `retain-until`, and those whose day has passed. */
  retention: { set: number; passed: { disclosure: string; until: string }[] };
}

export interface ServiceEntry extends Where, ServiceFacts {
  name: string;
  title: string | null;
  /** From the current weighing; an international organisation without one is `framework` (cooperation rests on its framework). */
  status: "eligible" | "doubtful" | "ineligible" | "not-assessed" | "framework";
  criteria: { criterion: string; rating: string }[];
  assessment: { name: string; date: string; reviewBy: string | null; overdue: boolean; approvedBy: string | null } | null;
  /** The service's agreements by state; amendments are listed with the agreement they amend. */
  agreements: Record<AgreementState, string[]>;
  /** Disclosures given to the service and receipts from it: in all, by data category, by quarter. */
  balance: Flow & { byCategory: ({ category: string } & Flow)[]; byQuarter: ({ quarter: string } & Flow)[] };
  terms: TermsSummary;
  requests: { sent: number; answered: number; open: string[] };
  activities: Record<string, number>;
  /** Activities with the service that ran through a domestic service (`via`), per domestic service. */
  via: { service: string; activities: Record<string, number> }[];
  findings: Counts;
}

export interface AgreementEntry extends Where, AgreementHistory {
  name: string;
  title: string | null;
  form: string | null;
  kind: string | null;
  parties: string[];
  status: string | null;
  state: AgreementState;
  covers: string[];
}

export interface Report {
  today: string;
  files: number;
  ownService: string | null;
  /** Services of the own country: not foreign partners, so not in the register. */
  domestic: string[];
  services: ServiceEntry[];
  agreements: AgreementEntry[];
  /** Open findings: those no baseline accepts. */
  findings: Counts;
  /** The findings a baseline (entente-baseline.json) accepts, listed apart from the open ones, in file order. */
  baselined: BaselinedFinding[];
}

export interface BaselinedFinding extends Where {
  rule: string;
  severity: Diagnostic["severity"];
  message: string;
  reason: string | null;
}

const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

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
    const decls = ws.file(uri)?.decls ?? [];
    for (const d of list) {
      if (d.baseline) continue;
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

/** Data categories in the schema's order, unspecified data last. */
const CATEGORIES: readonly string[] = enumNames("disclosure", ["data"]);
const categoryRank = (c: string) => (CATEGORIES.includes(c) ? CATEGORIES.indexOf(c) : CATEGORIES.length);

/** Counts what the disclosures to a service promised with the data. */
function termsSummary(disclosures: readonly Decl[], today: number): TermsSummary {
  const out: TermsSummary = { withCaveats: 0, caveats: [], withPurpose: 0, inReply: 0, retention: { set: 0, passed: [] } };
  const caveats = new Map<string, number>();
  for (const d of disclosures) {
    const t = termsOf(d);
    if (t.caveats.length > 0) out.withCaveats++;
    for (const c of t.caveats) caveats.set(c, (caveats.get(c) ?? 0) + 1);
    if (t.purpose) out.withPurpose++;
    if (t.inReplyTo) out.inReply++;
    const until = date(d, "retain-until");
    if (until !== undefined) {
      out.retention.set++;
      if (until < today) out.retention.passed.push({ disclosure: d.name, until: formatDay(until) });
    }
  }
  out.caveats = CAVEATS.filter((c) => caveats.has(c)).map((caveat) => ({ caveat, count: caveats.get(caveat)! }));
  out.retention.passed.sort((a, b) => (a.until < b.until ? -1 : a.until > b.until ? 1 : byName({ name: a.disclosure }, { name: b.disclosure })));
  return out;
}

function serviceEntry(ws: Workspace, s: Decl, today: number, configOf: ConfigOf, findings: Counts | undefined, where: (d: Decl) => Where): ServiceEntry {
  const current = currentAssessment(ws, s.name, today);
  const criteria = current ? criteriaOf(current) : undefined;
  const review = current ? reviewBy(current, configOf) : undefined;
  const agreements: Record<AgreementState, string[]> = { "in-force": [], "not-yet-in-force": [], expired: [], superseded: [], terminated: [], "in-preparation": [] };
  for (const a of agreementsOf(ws, s.name)) if (!isAmendment(a)) agreements[agreementState(ws, a, today)].push(a.name);
  const categories = new Map<string, Flow>();
  const quarters = new Map<string, Flow>();
  const activities: Record<string, number> = {};
  const via = new Map<string, Record<string, number>>();
  let received = 0;
  const given: Decl[] = [];
  const requests: Decl[] = [];
  const answered = new Set<string>();
  for (const act of ws.activitiesWith(s.name)) {
    activities[act.kind] = (activities[act.kind] ?? 0) + 1;
    for (const r of refs(act, "via") ?? []) {
      const through = ws.service(r.text);
      if (!through || !isDomestic(ws, through)) continue;
      const counts = via.get(through.name) ?? {};
      counts[act.kind] = (counts[act.kind] ?? 0) + 1;
      via.set(through.name, counts);
    }
    const when = date(act, "date");
    if (act.kind === "disclosure" && (refs(act, "to") ?? []).some((r) => r.text === s.name)) {
      given.push(act);
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
    name: s.name, title: s.title, ...serviceFacts(s),
    status: info?.status ?? (isInternational(s) ? "framework" : "not-assessed"),
    criteria: CRITERIA.map((c) => ({ criterion: c, rating: (criteria ? rating(criteria, c)?.rating : undefined) ?? "missing" })),
    assessment: current ? {
      name: current.name, date: day(date(current, "date"))!, reviewBy: day(review), overdue: review !== undefined && review < today,
      approvedBy: approvals(current)[0]?.authority ?? null,
    } : null,
    agreements,
    balance: {
      given: given.length, received,
      byCategory: [...categories.entries()].sort(([a], [b]) => categoryRank(a) - categoryRank(b)).map(([category, f]) => ({ category, ...f })),
      byQuarter: sorted(quarters).map(([quarter, f]) => ({ quarter, ...f })),
    },
    terms: termsSummary(given, today),
    requests: { sent: requests.length, answered: requests.filter((r) => answered.has(r.name)).length, open: requests.filter((r) => !answered.has(r.name)).map((r) => r.name).sort() },
    activities,
    via: sorted(via).map(([service, activities]) => ({ service, activities })),
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
  const baselined: BaselinedFinding[] = [];
  for (const [uri, list] of diagnostics) {
    for (const d of list) {
      if (!d.baseline) total[d.severity]++;
      else baselined.push({ file: path(uri), line: d.range.start.line + 1, rule: d.rule, severity: d.severity, message: d.message, reason: d.baseline.reason });
    }
  }
  baselined.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return {
    today: formatDay(today),
    files: ws.files.size,
    ownService: own.length === 1 ? own[0]!.name : null,
    domestic: services.filter((s) => isDomestic(ws, s)).map((s) => s.name).sort(),
    services: services.filter((s) => isForeign(ws, s)).map((s) => serviceEntry(ws, s, today, configOf, findings.get(s.name), where)).sort(byName),
    agreements: [...ws.ofKind("agreement")].filter((a) => a.name).map((a): AgreementEntry => {
      const h = agreementHistory(ws, a, today);
      return {
        name: a.name, title: a.title, form: str(a, "form") ?? null, kind: str(a, "kind") ?? null,
        parties: (refs(a, "parties") ?? []).map((r) => r.text), status: str(a, "status") ?? null, state: agreementState(ws, a, today),
        signed: h.signed, effective: h.effective, expires: h.expires, terminated: h.terminated, ministryReview: h.ministryReview,
        covers: list(a, "covers") ?? [], amends: h.amends, amendedBy: h.amendedBy, supersedes: h.supersedes, supersededBy: h.supersededBy,
        annexes: h.annexes, ...where(a),
      };
    }).sort(byName),
    findings: total,
    baselined,
  };
}
