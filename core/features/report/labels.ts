// The words of the partner register in English and Dutch; values from the files (categories, ratings) are shown as written.
import type { Locale } from "../../../grammar/messages.js";
import { CRITERION_TERMS, term } from "../../rules/terms.js";
import { activityCountsText } from "../hints.js";
import type { AgreementState, ServiceEntry } from "./build.js";

const WORDS = {
  title: { en: "Partner register", nl: "Partnerregister" },
  asOf: { en: "as of", nl: "per" },
  files: { en: "files", nl: "bestanden" },
  ownService: { en: "own service", nl: "eigen dienst" },
  partners: { en: "Foreign services", nl: "Buitenlandse diensten" },
  service: { en: "Service", nl: "Dienst" },
  status: { en: "Status", nl: "Status" },
  assessment: { en: "Weighing", nl: "Wegingsnotitie" },
  reviewBy: { en: "Review by", nl: "Herzien uiterlijk" },
  overdue: { en: "overdue", nl: "verlopen" },
  approvedBy: { en: "approved by", nl: "goedgekeurd door" },
  inForce: { en: "Agreements in force", nl: "Geldende overeenkomsten" },
  given: { en: "Given", nl: "Verstrekt" },
  received: { en: "Received", nl: "Ontvangen" },
  balance: { en: "Quid pro quo", nl: "Quid pro quo" },
  byCategory: { en: "By data category", nl: "Per gegevenscategorie" },
  byQuarter: { en: "By quarter", nl: "Per kwartaal" },
  category: { en: "Category", nl: "Categorie" },
  quarter: { en: "Quarter", nl: "Kwartaal" },
  requests: { en: "Requests", nl: "Verzoeken" },
  sent: { en: "sent", nl: "gedaan" },
  answered: { en: "answered", nl: "beantwoord" },
  open: { en: "open", nl: "open" },
  findings: { en: "Open findings", nl: "Openstaande bevindingen" },
  criteria: { en: "Criteria", nl: "Criteria" },
  criterion: { en: "Criterion", nl: "Criterium" },
  rating: { en: "Rating", nl: "Oordeel" },
  agreements: { en: "Agreements", nl: "Overeenkomsten" },
  agreementRegister: { en: "Register of agreements", nl: "Register van overeenkomsten" },
  agreement: { en: "Agreement", nl: "Overeenkomst" },
  form: { en: "Form", nl: "Vorm" },
  kind: { en: "Kind", nl: "Soort" },
  parties: { en: "Parties", nl: "Partijen" },
  signed: { en: "Signed", nl: "Ondertekend" },
  expires: { en: "Expires", nl: "Verloopt" },
  ministryReview: { en: "Ministry review", nl: "Toetsing ministerie" },
  covers: { en: "Covers", nl: "Dekt" },
  state: { en: "State", nl: "Stand" },
  activities: { en: "Activities", nl: "Activiteiten" },
  priority: { en: "priority", nl: "prioriteit" },
  relationship: { en: "relationship", nl: "relatie" },
  declaredIn: { en: "declared in", nl: "gedeclareerd in" },
  none: { en: "none", nl: "geen" },
  noneYet: { en: "No foreign services are declared.", nl: "Er zijn geen buitenlandse diensten gedeclareerd." },
  refuses: { en: "refuses any agreement", nl: "weigert elke overeenkomst" },
  notAssessed: { en: "not weighed", nl: "niet gewogen" },
  chartTitle: { en: "Disclosures given and receipts received per quarter", nl: "Verstrekkingen en ontvangsten per kwartaal" },
  noActivity: { en: "No disclosures or receipts.", nl: "Geen verstrekkingen of ontvangsten." },
} as const;

export type Word = keyof typeof WORDS;

export function word(w: Word, locale: Locale): string {
  return WORDS[w][locale];
}

const STATUS = {
  eligible: { en: "eligible", nl: "komt in aanmerking" },
  doubtful: { en: "doubtful", nl: "twijfelachtig" },
  ineligible: { en: "ineligible", nl: "komt niet in aanmerking" },
  "not-assessed": { en: "not weighed", nl: "niet gewogen" },
};

const STATE = {
  "in-force": { en: "in force", nl: "van kracht" },
  "not-yet-in-force": { en: "not yet in force", nl: "nog niet van kracht" },
  expired: { en: "expired", nl: "verlopen" },
  terminated: { en: "terminated", nl: "beëindigd" },
  "in-preparation": { en: "in preparation", nl: "in voorbereiding" },
};

export const statusWord = (s: ServiceEntry["status"], locale: Locale) => STATUS[s][locale];
export const stateWord = (s: AgreementState, locale: Locale) => STATE[s][locale];
export const criterionWord = (c: string, locale: Locale) => term(CRITERION_TERMS, c, locale);
export const AGREEMENT_STATES: AgreementState[] = ["in-force", "not-yet-in-force", "expired", "terminated", "in-preparation"];

const SEVERITY_WORDS = {
  error: { en: ["error", "errors"], nl: ["fout", "fouten"] },
  warning: { en: ["warning", "warnings"], nl: ["waarschuwing", "waarschuwingen"] },
  info: { en: ["info", "infos"], nl: ["melding", "meldingen"] },
} as const;

/** "2 errors, 1 warning" — or "none". */
export function countsText(c: { error: number; warning: number; info: number }, locale: Locale): string {
  const parts = (["error", "warning", "info"] as const).filter((k) => c[k] > 0)
    .map((k) => `${c[k]} ${SEVERITY_WORDS[k][locale][c[k] === 1 ? 0 : 1]}`);
  return parts.length > 0 ? parts.join(", ") : word("none", locale);
}

/** "3 disclosures, 1 request": activity counts in the schema's order of kinds. */
export function activitiesText(counts: Record<string, number>, locale: Locale): string {
  return activityCountsText(counts, locale, ", ") || word("none", locale);
}
