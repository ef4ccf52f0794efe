// Schema of the declarations about partners: service, assessment, agreement and liaison.
import { enumOf, FORMS } from "./enums.js";
import type { BlockSpec, FieldSpec, KindSpec, Term } from "./types.js";

export const approvalField: FieldSpec = {
  name: "approval", value: { type: "approval" }, repeatable: true,
  doc: {
    en: "Who approved, when, and the reference: `approval: director 2026-03-02 \"DIR/2026/044\"`.",
    nl: "Wie keurde goed, wanneer, en het kenmerk: `approval: director 2026-03-02 \"DIR/2026/044\"`.",
  },
};

const service: KindSpec = {
  name: "service", label: "name", title: true, activity: false, fields: [], blocks: [], symbol: "Class",
  words: { en: { one: "service", many: "services" }, nl: { one: "dienst", many: "diensten" } },
  snippet: ["country", "type", "priority", "relationship"],
  doc: { en: "An intelligence or security service: the own service or a foreign partner.", nl: "Een inlichtingen- of veiligheidsdienst: de eigen dienst of een buitenlandse partner." },
};
service.fields = [
  { name: "country", value: { type: "country" }, required: { unless: ["own", "yes"] },
    doc: { en: "ISO 3166-1 alpha-2 country code (XA–XZ for fictitious examples).", nl: "Landcode volgens ISO 3166-1 alpha-2 (XA–XZ voor fictieve voorbeelden)." } },
  { name: "type", required: true, value: enumOf([
    ["military-intelligence"], ["intelligence"], ["security"], ["intelligence-and-security"],
    ["law-enforcement", { en: "A police or investigative service: no data may be given to it.", nl: "Een politie- of opsporingsdienst: daaraan mogen geen gegevens worden verstrekt." }],
    ["other"],
  ]), doc: { en: "What kind of service this is.", nl: "Wat voor dienst dit is." } },
  { name: "own", value: { type: "bool" }, doc: { en: "`yes` marks the service the workspace speaks for; exactly one per workspace.", nl: "`yes` markeert de dienst namens wie de werkruimte spreekt; precies één per werkruimte." } },
  { name: "priority", value: enumOf([["primary"], ["secondary"], ["tertiary"]]),
    doc: { en: "The partner's priority: primary, secondary or tertiary.", nl: "De prioriteit van de partner: primair, secundair of tertiair." } },
  { name: "relationship", value: enumOf([["none"], ["exploratory"], ["established"], ["trusted", { en: "A relationship of trust.", nl: "Een vertrouwensrelatie." }]]),
    doc: { en: "The state of the relationship (default `none`); `trusted` is a relationship of trust.", nl: "De stand van de relatie (standaard `none`); `trusted` is een vertrouwensrelatie." } },
  { name: "refuses-agreement", value: { type: "bool" }, doc: { en: "The service will not sign any cooperation agreement.", nl: "De dienst wil geen samenwerkingsovereenkomst sluiten." } },
  approvalField,
];

const criterion = (name: string, en: string, nl: string, term: Term): FieldSpec => ({
  name, value: { type: "rating" }, term, doc: { en: `${en}: \`met\`, \`doubtful\` or \`not-met\`, then the motivation.`, nl: `${nl}: \`met\`, \`doubtful\` of \`not-met\`, gevolgd door de motivering.` },
});

export const CRITERIA = ["human-rights", "professionalism", "international-obligations", "task-performance", "reciprocity"] as const;

const criteria: BlockSpec = {
  name: "criteria", label: "none", title: false, blocks: [], symbol: "Struct", snippet: CRITERIA,
  doc: { en: "The five cooperation criteria, each rated and motivated.", nl: "De vijf samenwerkingscriteria, elk beoordeeld en gemotiveerd." },
  fields: [
    criterion("human-rights", "Respect for human rights and democratic embedding", "Respect voor mensenrechten en democratische inbedding", { en: "human rights", nl: "mensenrechten" }),
    criterion("professionalism", "Tasks, professionalism and reliability", "Taken, professionaliteit en betrouwbaarheid", { en: "professionalism", nl: "professionaliteit" }),
    criterion("international-obligations", "Desirability in the light of international obligations", "Wenselijkheid in het kader van internationale verplichtingen", { en: "international obligations", nl: "internationale verplichtingen" }),
    criterion("task-performance", "Promotion of the own task performance", "Bevordering van de eigen taakuitvoering", { en: "task performance", nl: "taakuitvoering" }),
    criterion("reciprocity", "Reciprocity (quid pro quo)", "Wederkerigheid (quid pro quo)", { en: "reciprocity", nl: "wederkerigheid" }),
  ],
};

const assessment: KindSpec = {
  name: "assessment", label: "name", title: true, activity: false, blocks: [criteria], symbol: "Interface", about: ["service"],
  words: { en: { one: "weighing", many: "weighings" }, nl: { one: "wegingsnotitie", many: "wegingsnotities" } },
  snippet: ["service", "date", "approval", "criteria", "permits", "conditions", "review-by"],
  doc: { en: "The written weighing of a service against the cooperation criteria (weighing note).", nl: "De schriftelijke weging van een dienst aan de samenwerkingscriteria (wegingsnotitie)." },
  fields: [
    { name: "service", value: { type: "ref", kinds: ["service"] }, required: true, doc: { en: "The service assessed.", nl: "De beoordeelde dienst." } },
    { name: "date", value: { type: "date" }, required: true, doc: { en: "Date of the weighing.", nl: "Datum van de weging." } },
    approvalField,
    { name: "permits", value: FORMS, list: "list", doc: { en: "The forms of cooperation allowed with this service.", nl: "De vormen van samenwerking die met deze dienst zijn toegestaan." } },
    { name: "conditions", value: { type: "text" }, doc: { en: "Conditions that apply to the cooperation.", nl: "Voorwaarden die voor de samenwerking gelden." } },
    { name: "review-by", value: { type: "date" }, doc: { en: "When the weighing must be reviewed (default: date + reviewIntervalMonths).", nl: "Wanneer de weging opnieuw moet worden bezien (standaard: datum + reviewIntervalMonths)." } },
  ],
};

const clause: BlockSpec = {
  name: "clause", label: "number", title: true, repeatable: true, blocks: [], symbol: "String", snippet: ["concerns", "text"],
  snippetInstances: [
    { label: "1", title: "Purpose", values: { concerns: "purpose" } },
    { label: "2", title: "Scope", values: { concerns: "scope" } },
    { label: "3", title: "Onward disclosure", values: { concerns: "third-party-rule" } },
    { label: "4", title: "Protection of classified information", values: { concerns: "security" } },
    { label: "5", title: "Termination", values: { concerns: "termination" } },
  ],
  doc: { en: "A clause of the agreement: `clause 7 \"Onward disclosure\" { … }`.", nl: "Een bepaling van de overeenkomst: `clause 7 \"Onward disclosure\" { … }`." },
  fields: [
    { name: "concerns", value: enumOf([["purpose"], ["scope"], ["third-party-rule"], ["security"], ["data-protection"], ["termination"], ["other"]]),
      doc: { en: "What the clause is about.", nl: "Waarover de bepaling gaat." } },
    { name: "text", value: { type: "text" }, example: "Text of the clause.", doc: { en: "The text of the clause.", nl: "De tekst van de bepaling." } },
  ],
};

const agreement: KindSpec = {
  name: "agreement", label: "name", title: true, activity: false, blocks: [clause], symbol: "Namespace", about: ["parties"],
  words: { en: { one: "agreement", many: "agreements" }, nl: { one: "overeenkomst", many: "overeenkomsten" } },
  snippet: ["form", "kind", "parties", "status", "ministry-review", "signed", "expires", "covers", "topics", "clause"],
  doc: { en: "A cooperation agreement (MoU, agreement, protocol or letter of intent).", nl: "Een samenwerkingsovereenkomst (MoU, agreement, protocol of letter of intent)." },
  fields: [
    { name: "form", value: enumOf([["mou"], ["agreement"], ["protocol"], ["letter-of-intent"]]), doc: { en: "The form of the document.", nl: "De vorm van het document." } },
    { name: "kind", value: enumOf([["security"], ["intelligence"], ["operational"], ["technical"]]), doc: { en: "What the agreement governs.", nl: "Wat de overeenkomst regelt." } },
    { name: "parties", value: { type: "ref", kinds: ["service"] }, list: "list", doc: { en: "The parties, including the own service.", nl: "De partijen, waaronder de eigen dienst." } },
    { name: "status", value: enumOf([["draft"], ["negotiation"], ["signed"], ["terminated"]]), doc: { en: "Where the agreement stands.", nl: "De stand van de overeenkomst." } },
    { name: "signed", value: { type: "date" }, required: { when: ["status", "signed"] }, doc: { en: "Date of signature; required when `status: signed`.", nl: "Datum van ondertekening; verplicht bij `status: signed`." } },
    { name: "ministry-review", value: { type: "date" }, doc: { en: "Date the Ministry of Defence reviewed the text (before signing).", nl: "Datum waarop het ministerie van Defensie de tekst toetste (vóór ondertekening)." } },
    { name: "covers", value: FORMS, list: "list", doc: { en: "The forms of cooperation the agreement covers.", nl: "De vormen van samenwerking die de overeenkomst dekt." } },
    { name: "topics", value: { type: "string" }, list: "list", doc: { en: "Subjects of the cooperation.", nl: "Onderwerpen van de samenwerking." } },
    { name: "expires", value: { type: "date" }, doc: { en: "Date after which the agreement no longer applies.", nl: "Datum waarna de overeenkomst niet meer geldt." } },
  ],
};

const liaison: KindSpec = {
  name: "liaison", label: "name", title: true, activity: false, blocks: [], symbol: "Constructor", about: ["service"],
  words: { en: { one: "liaison", many: "liaisons" }, nl: { one: "liaison", many: "liaisons" } },
  snippet: ["service", "stationed", "operational-activities", "location", "own-service-involved", "approval"],
  doc: { en: "A liaison officer of a service.", nl: "Een liaison van een dienst." },
  fields: [
    { name: "service", value: { type: "ref", kinds: ["service"] }, required: true, doc: { en: "The service the liaison belongs to.", nl: "De dienst waartoe de liaison behoort." } },
    { name: "stationed", value: enumOf([["netherlands"], ["abroad"]]), doc: { en: "Where the liaison is stationed.", nl: "Waar de liaison gestationeerd is." } },
    { name: "operational-activities", value: { type: "string" }, list: "list", doc: { en: "Operational activities the liaison carries out.", nl: "Operationele activiteiten die de liaison uitvoert." } },
    { name: "location", value: enumOf([["defence"], ["civil"]]), doc: { en: "Whether the activities take place at Defence premises or elsewhere.", nl: "Of de activiteiten op defensieterrein of elders plaatsvinden." } },
    { name: "own-service-involved", value: { type: "bool" }, doc: { en: "The own service is involved in the activities.", nl: "De eigen dienst is bij de activiteiten betrokken." } },
    approvalField,
  ],
};

export const partyKinds: KindSpec[] = [service, assessment, agreement, liaison];
