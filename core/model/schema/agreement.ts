// Schema of a cooperation agreement: its form, parties and lifecycle (signed, in force, amended, superseded, terminated), clauses and annexes.
import { enumOf, FORMS, t } from "./enums.js";
import type { BlockSpec, KindSpec } from "./types.js";

const CONCERNS = enumOf([
  ["purpose", t("purpose", "doel")], ["scope", t("scope", "reikwijdte")], ["third-party-rule", t("the third-party rule", "de derde-partijregel")],
  ["security", t("security of classified information", "beveiliging van gerubriceerde gegevens")], ["data-protection", t("data protection", "gegevensbescherming")],
  ["retention", t("retention", "bewaartermijnen")], ["human-rights", t("human rights", "mensenrechten")], ["purpose-limitation", t("purpose limitation", "doelbinding")],
  ["dispute-resolution", t("dispute resolution", "geschillenbeslechting")], ["amendment", t("amendment", "wijziging")],
  ["termination", t("termination", "beëindiging")], ["other", t("other", "overig")],
]);

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
    { name: "concerns", value: CONCERNS, doc: { en: "What the clause is about.", nl: "Waarover de bepaling gaat." } },
    { name: "text", value: { type: "text" }, example: "Text of the clause.", doc: { en: "The text of the clause.", nl: "De tekst van de bepaling." } },
  ],
};

const annex: BlockSpec = {
  name: "annex", label: "number", title: true, repeatable: true, blocks: [], symbol: "Array", snippet: ["text"],
  doc: { en: "An annex to the agreement (a technical arrangement, a list of contact points): `annex 1 \"Contact points\" { text: … }`.", nl: "Een bijlage bij de overeenkomst (een technische regeling, een lijst van contactpunten): `annex 1 \"Contact points\" { text: … }`." },
  fields: [{ name: "text", value: { type: "text" }, example: "Text of the annex.", doc: { en: "The text of the annex.", nl: "De tekst van de bijlage." } }],
};

const agreementRef = { type: "ref", kinds: ["agreement"] } as const;

export const agreement: KindSpec = {
  name: "agreement", label: "name", title: true, activity: false, blocks: [clause, annex], symbol: "Namespace", about: ["parties"],
  words: { en: { one: "agreement", many: "agreements" }, nl: { one: "overeenkomst", many: "overeenkomsten" } },
  snippet: ["form", "kind", "parties", "status", "ministry-review", "signed", "expires", "covers", "topics", "clause"],
  doc: { en: "A cooperation agreement (MoU, agreement, protocol or letter of intent), or an amendment to one.", nl: "Een samenwerkingsovereenkomst (MoU, agreement, protocol of letter of intent), of een wijziging daarvan." },
  fields: [
    { name: "form", value: enumOf([
      ["mou", t("memorandum of understanding", "memorandum of understanding")], ["agreement", t("agreement", "overeenkomst")],
      ["protocol", t("protocol", "protocol")], ["letter-of-intent", t("letter of intent", "intentieverklaring")],
      ["amendment", t("amendment", "wijziging"), { en: "Amends the agreement named in `amends`: while in force, its `covers` and clauses add to that agreement's.", nl: "Wijzigt de overeenkomst in `amends`: zolang zij geldt, voegen haar `covers` en bepalingen zich bij die van die overeenkomst." }],
    ]), doc: { en: "The form of the document.", nl: "De vorm van het document." } },
    { name: "kind", value: enumOf([["security", t("security", "beveiliging")], ["intelligence", t("intelligence", "inlichtingen")], ["operational", t("operational", "operationeel")], ["technical", t("technical", "technisch")]]),
      doc: { en: "What the agreement governs.", nl: "Wat de overeenkomst regelt." } },
    { name: "parties", value: { type: "ref", kinds: ["service"] }, list: "list", doc: { en: "The parties, including the own service.", nl: "De partijen, waaronder de eigen dienst." } },
    { name: "status", value: enumOf([["draft", t("draft", "concept")], ["negotiation", t("in negotiation", "in onderhandeling")], ["signed", t("signed", "ondertekend")], ["terminated", t("terminated", "beëindigd")]]),
      doc: { en: "Where the agreement stands.", nl: "De stand van de overeenkomst." } },
    { name: "signed", value: { type: "date" }, required: { when: ["status", "signed"] }, doc: { en: "Date of signature; required when `status: signed`.", nl: "Datum van ondertekening; verplicht bij `status: signed`." } },
    { name: "effective", value: { type: "date" }, doc: { en: "Entry into force, when later than signature (default: `signed`).", nl: "Inwerkingtreding, als die later is dan de ondertekening (standaard: `signed`)." } },
    { name: "ministry-review", value: { type: "dated" }, doc: { en: "The Ministry of Defence's review of the text before signing: date and reference, `ministry-review: 2025-04-10 \"BS/2025/118\"`.", nl: "De toetsing van de tekst door het ministerie van Defensie vóór ondertekening: datum en kenmerk, `ministry-review: 2025-04-10 \"BS/2025/118\"`." } },
    { name: "covers", value: FORMS, list: "list", doc: { en: "The forms of cooperation the agreement covers.", nl: "De vormen van samenwerking die de overeenkomst dekt." } },
    { name: "topics", value: { type: "string" }, list: "list", doc: { en: "Subjects of the cooperation.", nl: "Onderwerpen van de samenwerking." } },
    { name: "expires", value: { type: "date" }, doc: { en: "The last day the agreement applies.", nl: "De laatste dag waarop de overeenkomst geldt." } },
    { name: "terminated", value: { type: "date" }, required: { when: ["status", "terminated"] }, doc: { en: "The day termination took effect; required when `status: terminated`. Acts before it stay covered.", nl: "De dag waarop de beëindiging inging; verplicht bij `status: terminated`. Handelingen daarvóór blijven gedekt." } },
    { name: "supersedes", value: agreementRef, doc: { en: "The agreement this one replaces from the day it takes effect.", nl: "De overeenkomst die door deze wordt vervangen, vanaf de dag dat deze ingaat." } },
    { name: "amends", value: agreementRef, required: { when: ["form", "amendment"] }, doc: { en: "With `form: amendment`: the agreement this amendment changes.", nl: "Bij `form: amendment`: de overeenkomst die deze wijziging verandert." } },
  ],
};
