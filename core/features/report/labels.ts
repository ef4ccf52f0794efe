// The words of the partner register, drawn from the word modules and the schema: values in words, names and dates as written.
import type { Locale } from "../../../grammar/messages.js";
import { RATINGS, valueWord, wordOf } from "../../model/schema/index.js";
import { words, type Words } from "../../words/index.js";
import { activityCountsText } from "../hints.js";
import type { AgreementEntry, AgreementState, ServiceEntry, TermsSummary } from "./build.js";

export { criterionWord } from "../../model/schema/index.js";

export type Word = keyof Words["report"];

export function word(w: Word, locale: Locale): string {
  return words(locale).report[w];
}

export const statusWord = (s: ServiceEntry["status"], locale: Locale) => words(locale).status[s];
export const stateWord = (s: AgreementState, locale: Locale) => words(locale).state[s];
export const AGREEMENT_STATES: AgreementState[] = ["in-force", "not-yet-in-force", "expired", "superseded", "terminated", "in-preparation"];

/** "2 errors, 1 warning" — or "none". */
export function countsText(c: { error: number; warning: number; info: number }, locale: Locale): string {
  const severity = words(locale).severity;
  const parts = (["error", "warning", "info"] as const).filter((k) => c[k] > 0).map((k) => `${c[k]} ${severity[k][c[k] === 1 ? 0 : 1]}`);
  return parts.length > 0 ? parts.join(", ") : word("none", locale);
}

/** "3 disclosures, 1 request": activity counts in the schema's order of kinds. */
export function activitiesText(counts: Record<string, number>, locale: Locale): string {
  return activityCountsText(counts, locale, ", ") || word("none", locale);
}

/** A value of a kind's field in words ("memorandum of understanding"); "—" when there is none. */
export function valueText(kind: string, field: string, value: string | null, locale: Locale): string {
  return value === null ? "—" : wordOf(kind, field, value, locale);
}

/** Values of a list field in words, separated by commas (a table cell); "—" when empty. */
export function valuesText(kind: string, field: string, values: readonly string[], locale: Locale): string {
  return values.length > 0 ? values.map((v) => wordOf(kind, field, v, locale)).join(", ") : "—";
}

/** A criterion's rating in words; "missing" when the weighing gives none. */
export function ratingWord(rating: string, locale: Locale): string {
  return rating === "missing" ? word("missing", locale) : valueWord(RATINGS, rating, locale);
}

/** A data category in words; "unspecified" for data given without one. */
export function categoryWord(category: string, locale: Locale): string {
  return category === "unspecified" ? word("unspecified", locale) : wordOf("disclosure", "data", category, locale);
}

/** Who approved a weighing, in words ("the director"). */
export const approvedByText = (authority: string, locale: Locale) => wordOf("assessment", "approval", authority, locale);

/**
 * The terms of the disclosures to a service, counted: "caveats on 4 of 8 disclosures (for
 * intelligence purposes only: 4); a purpose stated for 3; …", or "none recorded".
 */
export function termsText(t: TermsSummary, given: number, locale: Locale): string {
  const F = words(locale).facts;
  const parts: string[] = [];
  if (t.withCaveats > 0) parts.push(`${F.caveatsOn(t.withCaveats, given)} (${t.caveats.map((c) => `${wordOf("disclosure", "caveats", c.caveat, locale)}: ${c.count}`).join(", ")})`);
  if (t.withPurpose > 0) parts.push(F.purposeFor(t.withPurpose));
  if (t.inReply > 0) parts.push(F.inReplyCount(t.inReply));
  if (t.retention.set > 0) {
    const passed = t.retention.passed.map((p) => `${p.disclosure} ${F.on} ${p.until}`).join(", ");
    parts.push(`${F.retention(t.retention.set)}${passed ? ` (${F.retentionPassed}: ${passed})` : ""}`);
  }
  return parts.length > 0 ? parts.join("; ") : F.noneRecorded;
}

/** "AIVD (1 request)": the activities that ran through each domestic service. */
export function viaText(via: ServiceEntry["via"], locale: Locale): string {
  return via.map((v) => `${v.service} (${activitiesText(v.activities, locale)})`).join(", ");
}

/** The day an agreement took or takes effect, for the register: `effective`, else `signed` once signed. */
export function inForceFrom(a: AgreementEntry): string {
  return a.effective ?? (a.state === "in-preparation" ? null : a.signed) ?? "—";
}

/** An agreement's name, with the amendments in force beside it: "MOU-1 (amended by AMD-1 since 2026-05-01)". */
export function withAmendments(name: string, register: ReadonlyMap<string, AgreementEntry>, locale: Locale): string {
  const F = words(locale).facts;
  const amendments = (register.get(name)?.amendedBy ?? []).filter((a) => a.state === "in-force");
  return amendments.length === 0 ? name : `${name} (${F.amendedBy} ${amendments.map((a) => `${a.name}${a.from ? ` ${F.since(a.from)}` : ""}`).join(", ")})`;
}
