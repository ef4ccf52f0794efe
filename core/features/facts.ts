// The facts hover, the outline and the register show of a service, an agreement's history and a disclosure's terms, as data and in words.
import type { Locale } from "../../grammar/messages.js";
import { date, flag, list, reference, refs, str } from "../model/access.js";
import type { Decl } from "../model/bound.js";
import { formatDay } from "../model/dates.js";
import { inForce, startOf } from "../model/queries.js";
import { enumNames, wordOf } from "../model/schema/index.js";
import type { Workspace } from "../model/workspace.js";
import { joinAnd, words } from "../words/index.js";

export type AgreementState = "in-force" | "not-yet-in-force" | "expired" | "superseded" | "terminated" | "in-preparation";

export const day = (d: number | undefined) => (d === undefined ? null : formatDay(d));
/** Text as one line: a text block's breaks and indentation become single spaces. */
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** The day an agreement takes effect: `effective`, else `signed`. */

/** Where an agreement stands on `today`, by the one query of what is in force. */
export function agreementState(ws: Workspace, a: Decl, today: number): AgreementState {
  const status = str(a, "status");
  if (status !== "signed" && status !== "terminated") return "in-preparation";
  if (inForce(ws, a, today)) return "in-force";
  const from = startOf(a);
  if (from !== undefined && from > today) return "not-yet-in-force";
  const terminated = date(a, "terminated");
  if (status === "terminated" || (terminated !== undefined && terminated <= today)) return "terminated";
  const expires = date(a, "expires");
  return expires !== undefined && expires < today ? "expired" : "superseded";
}

/** A later agreement in an agreement's history: an amendment of it, or one that supersedes it. */
export interface Successor { name: string; from: string | null; state: AgreementState }

/** An agreement's lifecycle beyond its form and parties (docs/language.md, "The lifecycle of an agreement"). */
export interface AgreementHistory {
  signed: string | null;
  effective: string | null;
  expires: string | null;
  terminated: string | null;
  ministryReview: { date: string; reference: string | null } | null;
  amends: string | null;
  amendedBy: Successor[];
  supersedes: string | null;
  supersededBy: Successor[];
  annexes: number;
}

export function agreementHistory(ws: Workspace, a: Decl, today: number): AgreementHistory {
  const successors = (field: string): Successor[] => ws.successorsOf(a.name)
    .filter((s) => (refs(s, field) ?? []).some((r) => r.text === a.name))
    .map((s) => ({ name: s.name, from: day(startOf(s)), state: agreementState(ws, s, today) }));
  const review = date(a, "ministry-review");
  return {
    signed: day(date(a, "signed")), effective: day(date(a, "effective")), expires: day(date(a, "expires")), terminated: day(date(a, "terminated")),
    ministryReview: review === undefined ? null : { date: formatDay(review), reference: reference(a, "ministry-review") ?? null },
    amends: refs(a, "amends")?.[0]?.text ?? null, amendedBy: successors("amends"),
    supersedes: refs(a, "supersedes")?.[0]?.text ?? null, supersededBy: successors("supersedes"),
    annexes: a.blocks.filter((b) => b.spec?.name === "annex").length,
  };
}

/** "AMD-1 (in force since 2026-05-01)", "MOU-2 (in preparation)". */
export function successorText(s: Successor, locale: Locale): string {
  const F = words(locale).facts;
  const when = s.state === "in-force" && s.from ? F.inForceSince(s.from) : s.state === "not-yet-in-force" && s.from ? F.inForceFrom(s.from) : words(locale).state[s.state];
  return `${s.name} (${when})`;
}

/** "2025-04-10 (BS/2025/118)": a ministry review with its reference. */
export function reviewText(r: AgreementHistory["ministryReview"]): string | null {
  return r ? `${r.date}${r.reference ? ` (${r.reference})` : ""}` : null;
}

/** What came before and after an agreement, its end and its annexes: the parts the register's history column holds. */
export function historyParts(h: AgreementHistory, locale: Locale): string[] {
  const F = words(locale).facts;
  const out: string[] = [];
  if (h.amends) out.push(`${F.amends} ${h.amends}`);
  if (h.supersedes) out.push(`${F.supersedes} ${h.supersedes}`);
  if (h.amendedBy.length > 0) out.push(`${F.amendedBy} ${h.amendedBy.map((s) => successorText(s, locale)).join(", ")}`);
  if (h.supersededBy.length > 0) out.push(`${F.supersededBy} ${h.supersededBy.map((s) => successorText(s, locale)).join(", ")}`);
  if (h.terminated) out.push(F.terminatedOn(h.terminated));
  if (h.annexes > 0) out.push(F.annexes(h.annexes));
  return out;
}

/** The dates of an agreement in words: signed, in force from, ministry review, expires. */
export function datesParts(h: AgreementHistory, locale: Locale): string[] {
  const F = words(locale).facts;
  return [
    h.signed && `${F.signed} ${h.signed}`,
    h.effective && h.effective !== h.signed ? F.inForceFrom(h.effective) : null,
    h.ministryReview && `${F.ministryReview} ${reviewText(h.ministryReview)}`,
    h.expires && `${F.expires} ${h.expires}`,
  ].filter((x): x is string => !!x);
}

/** What a service is, as written: the facts hover and the register show. */
export interface ServiceFacts {
  country: string | null;
  type: string | null;
  priority: string | null;
  relationship: string | null;
  refusesAgreement: boolean;
  /** For an international organisation: the treaty or arrangement cooperation rests on, and its members. */
  framework: string | null;
  members: string[];
}

export function serviceFacts(s: Decl): ServiceFacts {
  const framework = str(s, "framework");
  return {
    country: str(s, "country") ?? null, type: str(s, "type") ?? null, priority: str(s, "priority") ?? null,
    relationship: str(s, "relationship") ?? null, refusesAgreement: flag(s, "refuses-agreement") === true,
    framework: framework === undefined ? null : oneLine(framework), members: (refs(s, "members") ?? []).map((r) => r.text),
  };
}

/** "military intelligence service · XA · primary partner · a relationship of trust", then framework and members. */
export function serviceFactsParts(f: ServiceFacts, locale: Locale): string[] {
  const F = words(locale).facts;
  const w = (field: string, v: string | null) => (v === null ? null : wordOf("service", field, v, locale));
  return [
    w("type", f.type), f.country, w("priority", f.priority), w("relationship", f.relationship), f.refusesAgreement ? F.refuses : null,
    f.framework && `${F.framework}: ${f.framework}`, f.members.length > 0 ? `${F.members}: ${joinAnd(f.members, locale)}` : null,
  ].filter((x): x is string => !!x);
}

/** What a disclosure said the recipient may do with the data, and what it answers (docs/language.md, "What a disclosure promises"). */
export interface Terms {
  purpose: string | null;
  retainUntil: string | null;
  caveats: string[];
  inReplyTo: string | null;
}

/** The caveats in the schema's order, so that every list of them reads the same. */
export const CAVEATS: readonly string[] = enumNames("disclosure", ["caveats"]);

export function termsOf(d: Decl): Terms {
  const purpose = str(d, "purpose");
  const caveats = list(d, "caveats") ?? [];
  return {
    purpose: purpose === undefined ? null : oneLine(purpose), retainUntil: day(date(d, "retain-until")),
    caveats: CAVEATS.filter((c) => caveats.includes(c)), inReplyTo: str(d, "in-reply-to") ?? null,
  };
}

/** A disclosure's terms in words: caveats, retain until, in reply to, and (when asked) the purpose. */
export function termsParts(t: Terms, locale: Locale, withPurpose: boolean): string[] {
  const F = words(locale).facts;
  return [
    t.caveats.length > 0 ? joinAnd(t.caveats.map((c) => wordOf("disclosure", "caveats", c, locale)), locale) : null,
    t.retainUntil && F.retainUntil(t.retainUntil),
    t.inReplyTo && `${F.inReplyTo} ${t.inReplyTo}`,
    withPurpose && t.purpose ? `${F.purpose}: ${t.purpose}` : null,
  ].filter((x): x is string => !!x);
}
