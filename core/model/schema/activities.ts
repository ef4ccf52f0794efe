// Schema of the acts of cooperation: disclosure, request, support, operation, meeting and receipt.
import { ASKS, CAVEATS, DATA, enumOf, POWERS, SUBJECTS, t } from "./enums.js";
import { approvalField } from "./parties.js";
import type { BlockSpec, Doc, FieldSpec, KindSpec } from "./types.js";

const services: FieldSpec["value"] = { type: "ref", kinds: ["service"] };
const date: FieldSpec["value"] = { type: "date" };
const text: FieldSpec["value"] = { type: "text" };
const bool: FieldSpec["value"] = { type: "bool" };
const f = (name: string, value: FieldSpec["value"], en: string, nl: string, extra: Partial<FieldSpec> = {}): FieldSpec =>
  ({ name, value, doc: { en, nl }, ...extra });

/** Fields every activity has. */
const common: FieldSpec[] = [
  f("date", date, "Date of the activity.", "Datum van de activiteit.", { required: true }),
  approvalField,
  f("ad-hoc", bool, "Incidental cooperation with a service that has not been assessed.", "Incidentele samenwerking met een dienst die niet is gewogen."),
  f("motivation", text, "The written motivation of the decision.", "De schriftelijke motivering van de beslissing."),
  f("weighing", text, "The explicit weighing the rules ask for.", "De expliciete afweging die de regels vragen."),
  f("politically-sensitive", bool, "The subject is politically sensitive.", "Het onderwerp is politiek gevoelig."),
];

const investigation = (en: string, nl: string) => f("investigation", { type: "string" }, en, nl);
const via = (en: string, nl: string) => f("via", services, en, nl);

/** What sets an activity kind apart: its words, outline symbol, snippet and the fields the rules read. */
type ActivityFacts = Pick<KindSpec, "words" | "symbol" | "snippet" | "counterparts"> & Partial<Pick<KindSpec, "substantive" | "data">>;

const activity = (name: string, doc: Doc, facts: ActivityFacts, fields: FieldSpec[], blocks: BlockSpec[] = []): KindSpec =>
  ({ name, doc, label: "name", title: true, activity: true, ...facts, fields: [...fields, ...common], blocks });

const disclosure = activity("disclosure", { en: "Data given to one or more foreign services.", nl: "Gegevens verstrekt aan een of meer buitenlandse diensten." }, {
  words: { en: { one: "disclosure", many: "disclosures" }, nl: { one: "verstrekking", many: "verstrekkingen" } },
  symbol: "Event", substantive: true, counterparts: ["to", "end-recipient"], data: "data",
  snippet: ["to", "date", "basis", "investigation", "data", "subjects", "sources", "reliability", "onward", "form", "channel", "recorded", "legal-affairs", "approval"],
}, [
  f("to", services, "The receiving service(s).", "De ontvangende dienst(en).", { list: "list-or-single", required: true }),
  f("end-recipient", services, "Who the data is really for, when passed on through the recipient.", "Voor wie de gegevens werkelijk bestemd zijn, als de ontvanger ze doorgeeft."),
  via("The domestic service the disclosure runs through (a screening question through the AIVD).", "De binnenlandse dienst via welke de verstrekking loopt (een naslag via de AIVD)."),
  f("basis", enumOf([
    ["own-task", t("for the own task (art. 36)", "voor de eigen taakuitvoering (art. 36)"), { en: "For the own task performance (art. 36).", nl: "In het kader van de eigen taakuitvoering (art. 36)." }],
    ["foreign-interest", t("in the foreign service's interest (art. 59)", "in het belang van de buitenlandse dienst (art. 59)"), { en: "In the interest of the foreign service (art. 59).", nl: "In het belang van de buitenlandse dienst (art. 59)." }],
  ]), "Legal basis: `own-task` (art. 36) or `foreign-interest` (art. 59).", "Wettelijke grondslag: `own-task` (art. 36) of `foreign-interest` (art. 59).", { required: true }),
  investigation("The own ongoing investigation the disclosure serves.", "Het eigen lopende onderzoek waaraan de verstrekking bijdraagt."),
  f("data", DATA, "The categories of data given.", "De categorieën verstrekte gegevens.", { list: "list", required: true }),
  f("subjects", SUBJECTS, "Whom the personal data is about.", "Op wie de persoonsgegevens betrekking hebben.", { list: "list" }),
  f("summary", text, "A short description of what is given.", "Een korte omschrijving van wat wordt verstrekt."),
  f("sources", enumOf([["open", t("open", "open")], ["closed", t("closed", "gesloten")], ["covert", t("covert", "heimelijke")]]), "The kind of sources the data rests on.", "Het soort bronnen waarop de gegevens berusten."),
  f("reliability", { type: "code", pattern: /^[A-F][1-6]$/, example: "B2", what: { en: "an admiralty code: a letter A–F and a digit 1–6", nl: "een admiraliteitscode: een letter A–F en een cijfer 1–6" } },
    "Reliability as an admiralty code (A–F, 1–6), or give `source-ref`.", "Betrouwbaarheid als admiraliteitscode (A–F, 1–6), of vul `source-ref` in."),
  f("source-ref", { type: "string" }, "The document or source the data derives from.", "Het document of de bron waaraan de gegevens zijn ontleend."),
  f("onward", services, "Third-party rule: who may receive the data onward without further consent, or `none`.", "Derde-partijregel: wie de gegevens zonder nadere toestemming verder mag ontvangen, of `none`.", { list: "list-or-single", none: true }),
  f("originator", services, "The service the data came from.", "De dienst waarvan de gegevens afkomstig zijn."),
  f("originator-consent", date, "Date the originator consented to passing the data on.", "Datum waarop de herkomstdienst instemde met doorgifte."),
  f("form", enumOf([["written", t("in writing", "schriftelijk")], ["oral", t("orally", "mondeling")]]), "Written or oral.", "Schriftelijk of mondeling."),
  f("channel", enumOf([
    ["secure-line", t("a secure line", "een beveiligde verbinding")], ["bices-shielded", t("a shielded part of BICES", "een afgeschermd deel van BICES")],
    ["bices-general", t("the general part of BICES", "het algemene deel van BICES")], ["meeting", t("a meeting", "een overleg")],
    ["liaison", t("a liaison", "een liaison")], ["attache", t("an attaché", "een attaché")], ["mission-cell", t("a mission cell", "een missiecel")],
  ]), "How the data was passed.", "Langs welke weg de gegevens zijn verstrekt."),
  f("meeting", { type: "ref", kinds: ["meeting"] }, "The meeting at which the data was passed.", "Het overleg waarin de gegevens zijn verstrekt."),
  f("liaison-instructions", text, "What the liaison may pass on, and who decided.", "Wat de liaison mag verstrekken, en wie dat besliste."),
  f("recorded", bool, "The art. 42 record of a personal-data disclosure was made.", "De aantekening van art. 42 van de verstrekking van persoonsgegevens is gemaakt."),
  f("legal-affairs", date, "Date Legal Affairs was consulted.", "Datum waarop Juridische Zaken is geraadpleegd."),
  f("prosecution-risk", bool, "The subject may be prosecuted in the recipient's country.", "Betrokkene kan in het land van de ontvanger worden vervolgd."),
  f("integral", bool, "Raw results are provided whole.", "Ruwe resultaten worden integraal verstrekt."),
  f("necessity", text, "Why the disclosure is necessary.", "Waarom de verstrekking noodzakelijk is."),
  f("proportionality", text, "Why the intrusion is proportionate to the aim.", "Waarom de inbreuk in verhouding staat tot het doel."),
  f("director-informed", date, "Date the director was informed.", "Datum waarop de directeur is geïnformeerd."),
  f("screening-notice", bool, "The screening subject was told data may go abroad.", "Betrokkene in het veiligheidsonderzoek is gewezen op mogelijke verstrekking aan het buitenland."),
  f("reason", text, "Why sensitive operational information is shared.", "Waarom gevoelige operationele informatie wordt gedeeld."),
  f("purpose", text, "What the recipient may use the data for.", "Waarvoor de ontvanger de gegevens mag gebruiken."),
  f("retain-until", date, "The day until which the recipient may keep the data.", "De dag tot wanneer de ontvanger de gegevens mag bewaren."),
  f("caveats", CAVEATS, "The restrictions on use that go with the data.", "De gebruiksbeperkingen die bij de gegevens horen.", { list: "list" }),
  f("in-reply-to", { type: "string" }, "The partner's request the data answers (an RFI number): given on request, not unsolicited.", "Het verzoek van de partner waarop de gegevens antwoord geven (een RFI-nummer): op verzoek verstrekt, niet ongevraagd."),
]);

const request = activity("request", { en: "A request to a foreign service.", nl: "Een verzoek aan een buitenlandse dienst." }, {
  words: { en: { one: "request", many: "requests" }, nl: { one: "verzoek", many: "verzoeken" } },
  symbol: "Method", substantive: true, counterparts: ["to"], data: "provides",
  snippet: ["to", "date", "type", "asks", "provides", "investigation", "approval"],
}, [
  f("to", services, "The service asked.", "De dienst aan wie het verzoek is gericht.", { list: "list-or-single", required: true }),
  via("The domestic service the request runs through (a screening request through the AIVD).", "De binnenlandse dienst via welke het verzoek loopt (een naslagverzoek via de AIVD)."),
  f("type", enumOf([["information", t("a request for information", "een verzoek om informatie")], ["support", t("a request for support", "een verzoek om ondersteuning")]]), "A request for information or for support.", "Een verzoek om informatie of om ondersteuning."),
  f("asks", ASKS, "What the partner is asked to do.", "Wat de partner wordt gevraagd te doen.", { list: "list" }),
  f("provides", DATA, "The data the request itself gives away.", "De gegevens die met het verzoek zelf worden verstrekt.", { list: "list" }),
  f("subjects", SUBJECTS, "Whom the personal data is about.", "Op wie de persoonsgegevens betrekking hebben.", { list: "list" }),
  investigation("The own investigation the request serves.", "Het eigen onderzoek waarvoor het verzoek wordt gedaan."),
  f("recorded", bool, "The art. 42 record of the personal data given was made.", "De aantekening van art. 42 van de verstrekte persoonsgegevens is gemaakt."),
  f("legal-affairs", date, "Date Legal Affairs was consulted.", "Datum waarop Juridische Zaken is geraadpleegd."),
]);

const supportRequest: BlockSpec = {
  name: "request", label: "none", title: false, blocks: [], symbol: "Method",
  snippet: ["signed-by", "description", "reason", "political-risks", "conditions"],
  doc: { en: "The partner's written request for support.", nl: "Het schriftelijke verzoek om ondersteuning van de partner." },
  fields: [
    f("signed-by", { type: "string" }, "The authority of the partner who signed the request.", "De bevoegde autoriteit van de partner die het verzoek ondertekende."),
    f("description", text, "A precise description of the support asked.", "Een nauwkeurige omschrijving van de verlangde ondersteuning."),
    f("reason", text, "Why the support is wanted.", "Waarom de ondersteuning wenselijk is."),
    f("political-risks", text, "Political risks assessed beforehand.", "Vooraf ingeschatte politieke risico's."),
    f("conditions", text, "Conditions of the support.", "Voorwaarden voor de ondersteuning."),
  ],
};

const support = activity("support", { en: "Support given in the foreign service's interest (art. 59).", nl: "Ondersteuning verleend in het belang van de buitenlandse dienst (art. 59)." }, {
  words: { en: { one: "support", many: "supports" }, nl: { one: "ondersteuning", many: "ondersteuningen" } },
  symbol: "Function", substantive: true, counterparts: ["to"],
  snippet: ["to", "date", "activities", "location", "approval", "request"],
}, [
  f("to", services, "The service supported.", "De ondersteunde dienst.", { list: "list-or-single", required: true }),
  investigation("An own investigation the support serves (without one it is support, not a joint operation).", "Een eigen onderzoek waaraan de ondersteuning bijdraagt (zonder is het ondersteuning, geen gezamenlijke operatie)."),
  f("activities", POWERS, "What is done for the partner.", "Wat voor de partner wordt gedaan.", { list: "list" }),
  f("location", enumOf([
    ["abroad", t("abroad", "in het buitenland")], ["netherlands-defence", t("in the Netherlands, at Defence premises", "in Nederland, op defensieterrein")],
    ["netherlands-civil", t("in the Netherlands, outside Defence premises", "in Nederland, buiten defensieterrein")],
  ]), "Where the support takes place.", "Waar de ondersteuning plaatsvindt."),
  f("aivd-coordination", date, "Date of deconfliction with the AIVD.", "Datum van afstemming met de AIVD."),
], [supportRequest]);

const source: BlockSpec = {
  name: "source", label: "name", title: true, repeatable: true, blocks: [], symbol: "Variable",
  doc: { en: "A source the service directs in the operation.", nl: "Een bron die de dienst in de operatie aanstuurt." },
  fields: [
    f("tasked", date, "Date the service first directed the source.", "Datum waarop de dienst de bron voor het eerst aanstuurde."),
    f("designated", date, "Date the source was designated an agent (art. 21).", "Datum waarop de bron als agent is aangemerkt (art. 21)."),
    f("instruction-recorded", bool, "The instruction to the agent is recorded in writing (art. 21(6)).", "De instructie aan de agent is schriftelijk vastgelegd (art. 21 lid 6)."),
  ],
};
const ledBy = enumOf([["operations", t("the operations department", "de operationele afdeling")], ["analysis", t("the analysis department", "de analyseafdeling")]]);
const handover: BlockSpec = {
  name: "handover", label: "none", title: false, repeatable: true, blocks: [], symbol: "Key",
  doc: { en: "A transfer of responsibility for the operation.", nl: "Een overdracht van de verantwoordelijkheid voor de operatie." },
  fields: [
    f("from", ledBy, "The part of the service handing over.", "Het onderdeel dat overdraagt."),
    f("to", ledBy, "The part of the service taking over.", "Het onderdeel dat overneemt."),
    f("date", date, "Date of the handover.", "Datum van de overdracht."),
  ],
};
const shares: BlockSpec = {
  name: "shares", label: "none", title: false, repeatable: true, blocks: [], symbol: "Array",
  doc: { en: "Operational information shared with the partner.", nl: "Operationele informatie die met de partner wordt gedeeld." },
  fields: [
    f("data", DATA, "The categories of data shared.", "De categorieën gedeelde gegevens.", { list: "list" }),
    f("reason", text, "Why it is shared (source protection, art. 15).", "Waarom het wordt gedeeld (bronbescherming, art. 15)."),
  ],
};

const operation = activity("operation", { en: "A joint operation for an own investigation.", nl: "Een gezamenlijke operatie voor een eigen onderzoek." }, {
  words: { en: { one: "operation", many: "operations" }, nl: { one: "operatie", many: "operaties" } },
  symbol: "Module", substantive: true, counterparts: ["with"],
  snippet: ["with", "date", "investigation", "national-need", "added-value", "led-by", "abroad", "powers", "privacy-impact", "approval"],
}, [
  f("with", services, "The partner service(s).", "De partnerdienst(en).", { list: "list-or-single", required: true }),
  investigation("The own ongoing investigation.", "Het eigen lopende onderzoek."),
  f("national-need", text, "The national need the operation meets.", "De nationale behoefte die de operatie vervult."),
  f("added-value", text, "The added value of cooperating.", "De meerwaarde van de samenwerking."),
  f("led-by", ledBy, "Which part of the service leads the operation.", "Welk onderdeel van de dienst de operatie leidt."),
  f("abroad", bool, "The operation takes place abroad.", "De operatie vindt in het buitenland plaats."),
  f("powers", POWERS, "The powers used.", "De ingezette bevoegdheden.", { list: "list" }),
  f("privacy-impact", text, "The extra intrusion on privacy that the cooperation causes.", "De extra inbreuk op de persoonlijke levenssfeer door de samenwerking."),
  f("started", date, "Start of the operation.", "Begin van de operatie."),
  f("ended", date, "End of the operation.", "Einde van de operatie."),
  f("end-reason", text, "Why the operation ended.", "Waarom de operatie is beëindigd."),
  f("evaluation", text, "The written evaluation.", "De schriftelijke evaluatie."),
], [source, handover, shares]);

const meeting = activity("meeting", { en: "A bilateral or multilateral meeting.", nl: "Een bilateraal of multilateraal overleg." }, {
  words: { en: { one: "meeting", many: "meetings" }, nl: { one: "overleg", many: "overleggen" } },
  symbol: "Object", counterparts: ["with"],
  snippet: ["with", "date", "report", "report-approved", "exchanged"],
}, [
  f("with", services, "The services met.", "De diensten waarmee is overlegd.", { list: "list-or-single", required: true }),
  f("report", { type: "string" }, "Reference of the meeting report.", "Kenmerk van het verslag."),
  f("report-approved", { type: "approval" }, "Who approved the report, when.", "Wie het verslag goedkeurde, en wanneer."),
  f("exchanged", { type: "ref", kinds: ["disclosure", "receipt"] }, "Disclosures and receipts exchanged at the meeting.", "Verstrekkingen en ontvangsten tijdens het overleg.", { list: "list" }),
]);

const receipt = activity("receipt", { en: "Data received from a foreign service.", nl: "Gegevens ontvangen van een buitenlandse dienst." }, {
  words: { en: { one: "receipt", many: "receipts" }, nl: { one: "ontvangst", many: "ontvangsten" } },
  symbol: "Field", counterparts: ["from"],
  snippet: ["from", "date", "data", "evaluated", "lawfully-obtained"],
}, [
  f("from", services, "The service that provided the data.", "De dienst die de gegevens verstrekte.", { required: true }),
  f("data", DATA, "The categories of data received.", "De categorieën ontvangen gegevens.", { list: "list" }),
  f("requested", { type: "ref", kinds: ["request"] }, "The request this answers.", "Het verzoek waarop dit antwoord geeft."),
  f("evaluated", bool, "The data was evaluated for relevance and reliability.", "De gegevens zijn op relevantie en betrouwbaarheid geëvalueerd."),
  f("lawfully-obtained", enumOf([["yes", t("lawfully obtained", "rechtmatig verkregen")], ["doubtful", t("doubtfully obtained", "twijfelachtig verkregen")], ["unknown", t("obtained in an unknown way", "op onbekende wijze verkregen")]]), "Whether the partner obtained the data lawfully.", "Of de partner de gegevens rechtmatig heeft verkregen."),
]);

export const activityKinds: KindSpec[] = [disclosure, request, support, operation, meeting, receipt];
