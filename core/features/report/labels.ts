// The words of the partner register, drawn from the word modules and the schema; values from the files are shown as written.
import type { Locale } from "../../../grammar/messages.js";
import { words, type Words } from "../../words/index.js";
import { activityCountsText } from "../hints.js";
import type { AgreementState, ServiceEntry } from "./build.js";

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
