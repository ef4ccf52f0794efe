// Words for messages, in English and Dutch: kinds, authorities, criteria, data categories and forms.
import type { Locale } from "../../grammar/messages.js";

type Terms = Record<string, { en: string; nl: string }>;

export const KIND_TERMS: Terms = {
  service: { en: "service", nl: "dienst" },
  assessment: { en: "weighing", nl: "wegingsnotitie" },
  agreement: { en: "agreement", nl: "overeenkomst" },
  liaison: { en: "liaison", nl: "liaison" },
  disclosure: { en: "disclosure", nl: "verstrekking" },
  request: { en: "request", nl: "verzoek" },
  support: { en: "support", nl: "ondersteuning" },
  operation: { en: "operation", nl: "operatie" },
  meeting: { en: "meeting", nl: "overleg" },
  receipt: { en: "receipt", nl: "ontvangst" },
};

export const AUTHORITY_TERMS: Terms = {
  analyst: { en: "an analyst", nl: "een analist" },
  "team-head": { en: "a team head", nl: "een teamhoofd" },
  "bureau-head": { en: "a bureau head", nl: "een bureauhoofd" },
  "department-head": { en: "the head of department", nl: "het afdelingshoofd" },
  "deputy-director": { en: "the deputy director", nl: "de plaatsvervangend directeur" },
  director: { en: "the director", nl: "de directeur" },
  "minister-of-defence": { en: "the Minister of Defence", nl: "de minister van Defensie" },
  "secretary-general": { en: "the Secretary-General of Defence", nl: "de secretaris-generaal van Defensie" },
  "minister-of-interior": { en: "the Minister of the Interior", nl: "de minister van BZK" },
};

export const CRITERION_TERMS: Terms = {
  "human-rights": { en: "human rights", nl: "mensenrechten" },
  professionalism: { en: "professionalism", nl: "professionaliteit" },
  "international-obligations": { en: "international obligations", nl: "internationale verplichtingen" },
  "task-performance": { en: "task performance", nl: "taakuitvoering" },
  reciprocity: { en: "reciprocity", nl: "wederkerigheid" },
};

export const DATA_TERMS: Terms = {
  general: { en: "general data", nl: "algemene gegevens" },
  personal: { en: "personal data", nl: "persoonsgegevens" },
  raw: { en: "raw data", nl: "ruwe gegevens" },
  bulk: { en: "bulk data", nl: "bulkdata" },
  "threat-warning": { en: "a threat warning", nl: "een dreigingsmelding" },
  operational: { en: "operational information", nl: "operationele informatie" },
};

/** A term in the locale, or the key itself when there is none. */
export function term(terms: Terms, key: string, locale: Locale): string {
  return Object.hasOwn(terms, key) ? terms[key]![locale] : key;
}

/** Joins items as "a, b and c" / "a, b en c". */
export function joinAnd(items: string[], locale: Locale): string {
  if (items.length <= 1) return items.join("");
  const and = locale === "en" ? " and " : " en ";
  return items.slice(0, -1).join(", ") + and + items[items.length - 1];
}

/** Renders a comma-separated list of keys through a term table: "human-rights,reciprocity" → "human rights and reciprocity". */
export function terms(table: Terms, csv: string | undefined, locale: Locale): string {
  return joinAnd((csv ?? "").split(",").filter((x) => x !== "").map((k) => term(table, k, locale)), locale);
}

/** "a" or "an" before an English word. */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}
