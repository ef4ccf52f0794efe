// Schema of the declarations about partners: service, assessment and liaison (agreements have a file of their own).
import { enumOf, FORMS, t } from "./enums.js";
import { agreement } from "./agreement.js";
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
  { name: "country", value: { type: "country" }, required: { unless: [["own", "yes"], ["type", "international-organisation"]] },
    doc: { en: "ISO 3166-1 alpha-2 country code (XA–XZ for fictitious examples); a service of the own service's country is domestic.", nl: "Landcode volgens ISO 3166-1 alpha-2 (XA–XZ voor fictieve voorbeelden); een dienst uit het land van de eigen dienst is binnenlands." } },
  { name: "type", required: true, value: enumOf([
    ["military-intelligence", t("military intelligence service", "militaire inlichtingendienst")],
    ["intelligence", t("intelligence service", "inlichtingendienst")],
    ["security", t("security service", "veiligheidsdienst")],
    ["intelligence-and-security", t("intelligence and security service", "inlichtingen- en veiligheidsdienst")],
    ["law-enforcement", t("law-enforcement service", "opsporingsdienst"), { en: "A police or investigative service: no data may be given to a foreign one.", nl: "Een politie- of opsporingsdienst: aan een buitenlandse mogen geen gegevens worden verstrekt." }],
    ["international-organisation", t("international organisation", "internationale organisatie"),
      { en: "A body that pools its members' intelligence (NATO Intelligence Fusion Centre, EU SitCen): needs `framework`, not `country`.", nl: "Een orgaan dat de inlichtingen van zijn leden samenbrengt (NATO Intelligence Fusion Centre, EU SitCen): vraagt `framework`, geen `country`." }],
    ["other", t("service of another kind", "dienst van een andere soort")],
  ]), doc: { en: "What kind of service this is.", nl: "Wat voor dienst dit is." } },
  { name: "own", value: { type: "bool" }, doc: { en: "`yes` marks the service the workspace speaks for; exactly one per workspace.", nl: "`yes` markeert de dienst namens wie de werkruimte spreekt; precies één per werkruimte." } },
  { name: "priority", value: enumOf([["primary", t("primary partner", "primaire partner")], ["secondary", t("secondary partner", "secundaire partner")], ["tertiary", t("tertiary partner", "tertiaire partner")]]),
    doc: { en: "The partner's priority: primary, secondary or tertiary.", nl: "De prioriteit van de partner: primair, secundair of tertiair." } },
  { name: "relationship", value: enumOf([
    ["none", t("no relationship", "geen relatie")], ["exploratory", t("an exploratory relationship", "een verkennende relatie")],
    ["established", t("an established relationship", "een bestaande relatie")],
    ["trusted", t("a relationship of trust", "een vertrouwensrelatie"), { en: "A relationship of trust.", nl: "Een vertrouwensrelatie." }],
  ]), doc: { en: "The state of the relationship (default `none`); `trusted` is a relationship of trust.", nl: "De stand van de relatie (standaard `none`); `trusted` is een vertrouwensrelatie." } },
  { name: "refuses-agreement", value: { type: "bool" }, doc: { en: "The service will not sign any cooperation agreement.", nl: "De dienst wil geen samenwerkingsovereenkomst sluiten." } },
  { name: "framework", value: { type: "text" }, required: { when: ["type", "international-organisation"] },
    doc: { en: "For an international organisation: the treaty or arrangement cooperation with it rests on.", nl: "Bij een internationale organisatie: het verdrag of de regeling waarop de samenwerking berust." } },
  { name: "members", value: { type: "ref", kinds: ["service"] }, list: "list",
    doc: { en: "For an international organisation: the services that take part in it.", nl: "Bij een internationale organisatie: de diensten die eraan deelnemen." } },
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

const liaison: KindSpec = {
  name: "liaison", label: "name", title: true, activity: false, blocks: [], symbol: "Constructor", about: ["service"],
  words: { en: { one: "liaison", many: "liaisons" }, nl: { one: "liaison", many: "liaisons" } },
  snippet: ["service", "stationed", "operational-activities", "location", "own-service-involved", "approval"],
  doc: { en: "A liaison officer of a service.", nl: "Een liaison van een dienst." },
  fields: [
    { name: "service", value: { type: "ref", kinds: ["service"] }, required: true, doc: { en: "The service the liaison belongs to.", nl: "De dienst waartoe de liaison behoort." } },
    { name: "stationed", value: enumOf([["netherlands", t("in the Netherlands", "in Nederland")], ["abroad", t("abroad", "in het buitenland")]]), doc: { en: "Where the liaison is stationed.", nl: "Waar de liaison gestationeerd is." } },
    { name: "operational-activities", value: { type: "string" }, list: "list", doc: { en: "Operational activities the liaison carries out.", nl: "Operationele activiteiten die de liaison uitvoert." } },
    { name: "location", value: enumOf([["defence", t("at Defence premises", "op defensieterrein")], ["civil", t("outside Defence premises", "buiten defensieterrein")]]), doc: { en: "Whether the activities take place at Defence premises or elsewhere.", nl: "Of de activiteiten op defensieterrein of elders plaatsvinden." } },
    { name: "own-service-involved", value: { type: "bool" }, doc: { en: "The own service is involved in the activities.", nl: "De eigen dienst is bij de activiteiten betrokken." } },
    approvalField,
  ],
};

export const partyKinds: KindSpec[] = [service, assessment, agreement, liaison];
