// The enumerations of the schema, each value with its words: the authority ladder, forms, data categories and other closed lists.
import type { Doc, EnumMember, Term, ValueType } from "./types.js";

/** `[value, its words, its one-line doc]`: the words are what messages and reports say for the value. */
export type Entry = [name: string, term?: Term, doc?: Doc];

/** A value's words in English and Dutch. */
export const t = (en: string, nl: string): Term => ({ en, nl });

export function members(entries: Entry[]): EnumMember[] {
  return entries.map(([name, term, doc]) => ({ name, ...(term ? { term } : {}), ...(doc ? { doc } : {}) }));
}

export function enumOf(entries: Entry[]): ValueType {
  return { type: "enum", values: members(entries) };
}

/** The mandate ladder, lowest rank first. A deputy holds the rank of the one they stand in for (see RANK_OF). */
export const LADDER = [
  "analyst", "team-head", "bureau-head", "department-head", "deputy-director", "director", "minister-of-defence",
] as const;

/** Authorities that hold another's rank: "het afdelingshoofd of zijn plaatsvervanger" (CTIVD 22B §5.1). */
export const RANK_OF: Readonly<Record<string, (typeof LADDER)[number]>> = { "deputy-department-head": "department-head" };

export const AUTHORITIES = members([
  ["analyst", t("an analyst", "een analist"), { en: "An analyst or case officer.", nl: "Een analist of behandelaar." }],
  ["team-head", t("a team head", "een teamhoofd"), { en: "Head of a team.", nl: "Teamhoofd." }],
  ["bureau-head", t("a bureau head", "een bureauhoofd"), { en: "Head of a bureau.", nl: "Bureauhoofd." }],
  ["deputy-department-head", t("the deputy head of department", "het plaatsvervangend afdelingshoofd"),
    { en: "Deputy head of a department: holds the rank of the head of department.", nl: "Plaatsvervangend afdelingshoofd: heeft de rang van het afdelingshoofd." }],
  ["department-head", t("the head of department", "het afdelingshoofd"), { en: "Head of a department (afdelingshoofd).", nl: "Afdelingshoofd." }],
  ["deputy-director", t("the deputy director", "de plaatsvervangend directeur"), { en: "Deputy director of the service (service leadership).", nl: "Plaatsvervangend directeur (dienstleiding)." }],
  ["director", t("the director", "de directeur"), { en: "Director of the service (service leadership).", nl: "Directeur van de dienst (dienstleiding)." }],
  ["minister-of-defence", t("the Minister of Defence", "de minister van Defensie"), { en: "The Minister of Defence.", nl: "De minister van Defensie." }],
  ["secretary-general", t("the Secretary-General of Defence", "de secretaris-generaal van Defensie"),
    { en: "Secretary-General of the Ministry of Defence (outside the ladder).", nl: "Secretaris-generaal van het ministerie van Defensie (buiten de ladder)." }],
  ["minister-of-interior", t("the Minister of the Interior", "de minister van BZK"),
    { en: "The Minister of the Interior and Kingdom Relations (outside the ladder).", nl: "De minister van Binnenlandse Zaken en Koninkrijksrelaties (buiten de ladder)." }],
]);

export const FORMS = enumOf([
  ["general-data", t("providing general data", "verstrekking van algemene gegevens"), { en: "Providing general (non-personal) data.", nl: "Verstrekken van algemene gegevens." }],
  ["personal-data", t("providing personal data", "verstrekking van persoonsgegevens"), { en: "Providing personal data.", nl: "Verstrekken van persoonsgegevens." }],
  ["raw-data", t("providing raw data", "verstrekking van ruwe gegevens"), { en: "Providing raw, unevaluated data.", nl: "Verstrekken van ruwe, niet-geëvalueerde gegevens." }],
  ["bulk-data", t("providing bulk data", "verstrekking van bulkdata"), { en: "Providing bulk data sets.", nl: "Verstrekken van bulkdata." }],
  ["information-requests", t("requests for information", "informatieverzoeken"), { en: "Asking the partner for information.", nl: "Informatieverzoeken aan de partner." }],
  ["support-requests", t("requests for support", "verzoeken om ondersteuning"), { en: "Asking the partner for support.", nl: "Verzoeken om ondersteuning aan de partner." }],
  ["support", t("giving support", "het verlenen van ondersteuning"), { en: "Giving support in the partner's interest (art. 59).", nl: "Ondersteuning verlenen in het belang van de partner (art. 59)." }],
  ["joint-operations", t("joint operations", "gezamenlijke operaties"), { en: "Joint operations for an own investigation.", nl: "Gezamenlijke operaties voor een eigen onderzoek." }],
  ["security-screening", t("cooperation in security screening", "samenwerking bij veiligheidsonderzoeken"), { en: "Cooperation in security screening.", nl: "Samenwerking bij veiligheidsonderzoeken." }],
]);

export const DATA = enumOf([
  ["general", t("general data", "algemene gegevens"), { en: "General data, no identifiable person.", nl: "Algemene gegevens, geen identificeerbare persoon." }],
  ["personal", t("personal data", "persoonsgegevens"), { en: "Data about an identifiable person (art. 1(e)).", nl: "Gegevens over een identificeerbare persoon (art. 1 sub e)." }],
  ["raw", t("raw data", "ruwe gegevens"), { en: "Raw results of special powers, not yet evaluated.", nl: "Ruwe resultaten van bijzondere bevoegdheden, nog niet geëvalueerd." }],
  ["bulk", t("bulk data", "bulkdata"), { en: "Bulk data sets.", nl: "Bulkdata." }],
  ["threat-warning", t("a threat warning", "een dreigingsmelding"), { en: "A warning of a threat, such as an impending attack.", nl: "Een dreigingsmelding, zoals een aanwijzing voor een aanslag." }],
  ["operational", t("operational information", "operationele informatie"), { en: "Sensitive operational information (sources, methods).", nl: "Gevoelige operationele informatie (bronnen, werkwijze)." }],
]);

export const SUBJECTS = enumOf([
  ["dutch-national", t("Dutch nationals", "Nederlandse staatsburgers"), { en: "A Dutch national.", nl: "Een Nederlandse staatsburger." }],
  ["foreign-national", t("foreign nationals", "buitenlandse staatsburgers"), { en: "A foreign national.", nl: "Een buitenlandse staatsburger." }],
  ["security-screening-subject", t("subjects of a security screening", "betrokkenen in een veiligheidsonderzoek"), { en: "The subject of a security screening.", nl: "Betrokkene in een veiligheidsonderzoek." }],
]);

export const POWERS = enumOf([
  ["interception", t("interception", "het aftappen van communicatie"), { en: "Interception of communications.", nl: "Aftappen van communicatie." }],
  ["observation", t("observation", "observatie"), { en: "Observation.", nl: "Observatie." }],
  ["agent", t("deploying an agent", "de inzet van een agent"), { en: "Deployment of an agent.", nl: "Inzet van een agent." }],
  ["search", t("a search", "een doorzoeking"), { en: "Searching places or objects.", nl: "Doorzoeking van plaatsen of voorwerpen." }],
  ["technical-assistance", t("technical assistance", "technische assistentie"), { en: "Technical assistance.", nl: "Technische assistentie." }],
  ["training", t("training", "training"), { en: "Training or courses.", nl: "Training of cursussen." }],
  ["equipment", t("equipment", "middelen"), { en: "Providing equipment.", nl: "Verstrekken van middelen." }],
  ["other", t("other support", "andere ondersteuning")],
]);

export const ASKS = enumOf([
  ["information", t("information", "informatie")],
  ["interception", t("interception", "het aftappen van communicatie")],
  ["monitor-communications", t("monitoring someone's communications", "het volgen van iemands communicatie"), { en: "Monitoring someone's communications.", nl: "Het volgen van iemands communicatie." }],
  ["sigint", t("sigint", "sigint")],
  ["observation", t("observation", "observatie")],
  ["agent", t("deploying an agent", "de inzet van een agent")],
  ["search", t("a search", "een doorzoeking")],
  ["technical-assistance", t("technical assistance", "technische assistentie")],
  ["training", t("training", "training")],
]);

export const CAVEATS = enumOf([
  ["intelligence-only", t("for intelligence purposes only", "uitsluitend voor inlichtingendoeleinden"), { en: "For intelligence purposes only.", nl: "Uitsluitend voor inlichtingendoeleinden." }],
  ["no-detention", t("not to be used for detention", "niet te gebruiken voor detentie"), { en: "Not to be used to detain anyone.", nl: "Niet te gebruiken om iemand vast te zetten." }],
  ["no-prosecution", t("not to be used for prosecution", "niet te gebruiken voor strafvervolging"), { en: "Not to be used for criminal prosecution.", nl: "Niet te gebruiken voor strafvervolging." }],
  ["no-targeting", t("not to be used for targeting", "niet te gebruiken voor targeting"), { en: "Not to be used to select targets for military action.", nl: "Niet te gebruiken om doelen voor militair optreden aan te wijzen." }],
  ["no-onward-use-in-court", t("not to be used in court", "niet te gebruiken in rechte"), { en: "Not to be used as evidence in court.", nl: "Niet te gebruiken als bewijs in rechte." }],
]);

export const BOOL_VALUES = members([["yes", t("yes", "ja")], ["no", t("no", "nee")]]);
export const RATINGS = members([
  ["met", t("met", "voldaan"), { en: "The criterion is met.", nl: "Aan het criterium wordt voldaan." }],
  ["doubtful", t("doubtful", "twijfelachtig"), { en: "It is doubtful whether the criterion is met.", nl: "Het is twijfelachtig of aan het criterium wordt voldaan." }],
  ["not-met", t("not met", "niet voldaan"), { en: "The criterion is not met.", nl: "Aan het criterium wordt niet voldaan." }],
]);
