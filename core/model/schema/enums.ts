// The enumerations of the schema: the authority ladder, cooperation forms, data categories and other closed lists.
import type { Doc, EnumMember, Term, ValueType } from "./types.js";

type Entry = [name: string, doc?: Doc, term?: Term];

function members(entries: Entry[]): EnumMember[] {
  return entries.map(([name, doc, term]) => ({ name, ...(doc ? { doc } : {}), ...(term ? { term } : {}) }));
}

export function enumOf(entries: Entry[]): ValueType {
  return { type: "enum", values: members(entries) };
}

/** The mandate ladder, lowest rank first. */
export const LADDER = [
  "analyst", "team-head", "bureau-head", "department-head", "deputy-director", "director", "minister-of-defence",
] as const;

export const AUTHORITIES = members([
  ["analyst", { en: "An analyst or case officer.", nl: "Een analist of behandelaar." }, { en: "an analyst", nl: "een analist" }],
  ["team-head", { en: "Head of a team.", nl: "Teamhoofd." }, { en: "a team head", nl: "een teamhoofd" }],
  ["bureau-head", { en: "Head of a bureau.", nl: "Bureauhoofd." }, { en: "a bureau head", nl: "een bureauhoofd" }],
  ["department-head", { en: "Head of a department (afdelingshoofd).", nl: "Afdelingshoofd." }, { en: "the head of department", nl: "het afdelingshoofd" }],
  ["deputy-director", { en: "Deputy director of the service (service leadership).", nl: "Plaatsvervangend directeur (dienstleiding)." }, { en: "the deputy director", nl: "de plaatsvervangend directeur" }],
  ["director", { en: "Director of the service (service leadership).", nl: "Directeur van de dienst (dienstleiding)." }, { en: "the director", nl: "de directeur" }],
  ["minister-of-defence", { en: "The Minister of Defence.", nl: "De minister van Defensie." }, { en: "the Minister of Defence", nl: "de minister van Defensie" }],
  ["secretary-general", { en: "Secretary-General of the Ministry of Defence (outside the ladder).", nl: "Secretaris-generaal van het ministerie van Defensie (buiten de ladder)." }, { en: "the Secretary-General of Defence", nl: "de secretaris-generaal van Defensie" }],
  ["minister-of-interior", { en: "The Minister of the Interior and Kingdom Relations (outside the ladder).", nl: "De minister van Binnenlandse Zaken en Koninkrijksrelaties (buiten de ladder)." }, { en: "the Minister of the Interior", nl: "de minister van BZK" }],
]);

export const FORMS = enumOf([
  ["general-data", { en: "Providing general (non-personal) data.", nl: "Verstrekken van algemene gegevens." }],
  ["personal-data", { en: "Providing personal data.", nl: "Verstrekken van persoonsgegevens." }],
  ["raw-data", { en: "Providing raw, unevaluated data.", nl: "Verstrekken van ruwe, niet-geëvalueerde gegevens." }],
  ["bulk-data", { en: "Providing bulk data sets.", nl: "Verstrekken van bulkdata." }],
  ["information-requests", { en: "Asking the partner for information.", nl: "Informatieverzoeken aan de partner." }],
  ["support-requests", { en: "Asking the partner for support.", nl: "Verzoeken om ondersteuning aan de partner." }],
  ["support", { en: "Giving support in the partner's interest (art. 59).", nl: "Ondersteuning verlenen in het belang van de partner (art. 59)." }],
  ["joint-operations", { en: "Joint operations for an own investigation.", nl: "Gezamenlijke operaties voor een eigen onderzoek." }],
  ["security-screening", { en: "Cooperation in security screening.", nl: "Samenwerking bij veiligheidsonderzoeken." }],
]);

export const DATA = enumOf([
  ["general", { en: "General data, no identifiable person.", nl: "Algemene gegevens, geen identificeerbare persoon." }, { en: "general data", nl: "algemene gegevens" }],
  ["personal", { en: "Data about an identifiable person (art. 1(e)).", nl: "Gegevens over een identificeerbare persoon (art. 1 sub e)." }, { en: "personal data", nl: "persoonsgegevens" }],
  ["raw", { en: "Raw results of special powers, not yet evaluated.", nl: "Ruwe resultaten van bijzondere bevoegdheden, nog niet geëvalueerd." }, { en: "raw data", nl: "ruwe gegevens" }],
  ["bulk", { en: "Bulk data sets.", nl: "Bulkdata." }, { en: "bulk data", nl: "bulkdata" }],
  ["threat-warning", { en: "A warning of a threat, such as an impending attack.", nl: "Een dreigingsmelding, zoals een aanwijzing voor een aanslag." }, { en: "a threat warning", nl: "een dreigingsmelding" }],
  ["operational", { en: "Sensitive operational information (sources, methods).", nl: "Gevoelige operationele informatie (bronnen, werkwijze)." }, { en: "operational information", nl: "operationele informatie" }],
]);

export const SUBJECTS = enumOf([
  ["dutch-national", { en: "A Dutch national.", nl: "Een Nederlandse staatsburger." }],
  ["foreign-national", { en: "A foreign national.", nl: "Een buitenlandse staatsburger." }],
  ["security-screening-subject", { en: "The subject of a security screening.", nl: "Betrokkene in een veiligheidsonderzoek." }],
]);

export const POWERS = enumOf([
  ["interception", { en: "Interception of communications.", nl: "Aftappen van communicatie." }],
  ["observation", { en: "Observation.", nl: "Observatie." }],
  ["agent", { en: "Deployment of an agent.", nl: "Inzet van een agent." }],
  ["search", { en: "Searching places or objects.", nl: "Doorzoeking van plaatsen of voorwerpen." }],
  ["technical-assistance", { en: "Technical assistance.", nl: "Technische assistentie." }],
  ["training", { en: "Training or courses.", nl: "Training of cursussen." }],
  ["equipment", { en: "Providing equipment.", nl: "Verstrekken van middelen." }],
  ["other"],
]);

export const ASKS = enumOf([
  ["information"], ["interception"], ["monitor-communications", { en: "Monitoring someone's communications.", nl: "Het volgen van iemands communicatie." }],
  ["sigint"], ["observation"], ["agent"], ["search"], ["technical-assistance"], ["training"],
]);

export const BOOL_VALUES = members([["yes"], ["no"]]);
export const RATINGS = members([
  ["met", { en: "The criterion is met.", nl: "Aan het criterium wordt voldaan." }],
  ["doubtful", { en: "It is doubtful whether the criterion is met.", nl: "Het is twijfelachtig of aan het criterium wordt voldaan." }],
  ["not-met", { en: "The criterion is not met.", nl: "Aan het criterium wordt niet voldaan." }],
]);
