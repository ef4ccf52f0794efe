// invalid-value: a value of the wrong type, enum member or form for its field.
import { didYouMean, kindsInWords, quotedList, replaceFix, reportProblems, shown } from "./problems.js";
import { checkRelatedValues } from "./related-values.js";
import type { Rule } from "./rule.js";

/** The schema's description of a code without its article, after "geen": "geen admiraliteitscode: …". */
const withoutArticle = (what: string | undefined) => (what ?? "").replace(/^(?:een|de|het) /, "");

export const rule: Rule = {
  id: "invalid-value",
  section: "A",
  severity: "error",
  summary: { en: "A value of the wrong type, enum member or form.", nl: "Een waarde van het verkeerde type, de verkeerde keuze of de verkeerde vorm." },
  messages: {
    enum: {
      en: (a) => `${shown(a.value)} is not a value of '${a.name}'.${didYouMean(a.suggestion, "en")} Write ${quotedList(a.allowed!, "en", "or")}.`,
      nl: (a) => `${shown(a.value)} is geen waarde van '${a.name}'.${didYouMean(a.suggestion, "nl")} Schrijf ${quotedList(a.allowed!, "nl", "or")}.`,
    },
    bool: {
      en: (a) => `'${a.name}' takes 'yes' or 'no', not ${shown(a.value)}.${didYouMean(a.suggestion, "en")}`,
      nl: (a) => `'${a.name}' heeft als waarde 'yes' of 'no', niet ${shown(a.value)}.${didYouMean(a.suggestion, "nl")}`,
    },
    ref: {
      en: (a) => `'${a.name}' takes the name of ${kindsInWords(a.kinds!, "en")}, not ${shown(a.found)}.`,
      nl: (a) => `'${a.name}' verwacht de naam van ${kindsInWords(a.kinds!, "nl")}, niet ${shown(a.found)}.`,
    },
    date: {
      en: (a) => `'${a.name}' takes a date written YYYY-MM-DD, not ${shown(a.found)}.`,
      nl: (a) => `'${a.name}' verwacht een datum in de vorm JJJJ-MM-DD, niet ${shown(a.found)}.`,
    },
    "not-date": {
      en: (a) => `'${a.name}' does not take a date ('${a.found}').`,
      nl: (a) => `'${a.name}' verwacht geen datum ('${a.found}').`,
    },
    quote: {
      en: (a) => `'${a.name}' takes text in quotes: write "${a.value}".`,
      nl: (a) => `'${a.name}' verwacht tekst tussen aanhalingstekens: schrijf "${a.value}".`,
    },
    "text-block": {
      en: (a) => `'${a.name}' takes a one-line string in quotes, not a text block.`,
      nl: (a) => `'${a.name}' verwacht een tekst van één regel tussen aanhalingstekens, geen tekstblok.`,
    },
    country: {
      en: (a) => `${shown(a.value)} is not an ISO 3166-1 alpha-2 country code.${didYouMean(a.suggestion, "en")} Use two capital letters such as NL; for invented services use XA to XZ.`,
      nl: (a) => `${shown(a.value)} is geen landcode volgens ISO 3166-1 alpha-2.${didYouMean(a.suggestion, "nl")} Gebruik twee hoofdletters, zoals NL; gebruik voor verzonnen diensten XA tot en met XZ.`,
    },
    code: {
      en: (a) => `${shown(a.value)} is not ${a.what}, such as ${a.example}.${didYouMean(a.suggestion, "en")}`,
      nl: (a) => `${shown(a.value)} is geen ${withoutArticle(a.whatNl)}, zoals ${a.example}.${didYouMean(a.suggestion, "nl")}`,
    },
    unquote: {
      en: (a) => `'${a.name}' takes a name, not text in double quotes: write '${a.suggestion}'.`,
      nl: (a) => `'${a.name}' verwacht een naam, geen tekst tussen dubbele aanhalingstekens: schrijf '${a.suggestion}'.`,
    },
    "no-list": {
      en: (a) => `'${a.name}' takes a single value, not a list.`,
      nl: (a) => `'${a.name}' heeft één waarde, geen lijst.`,
    },
    single: {
      en: (a) => `'${a.name}' takes one value, but ${a.count} are given.`,
      nl: (a) => `'${a.name}' heeft één waarde, maar er staan er ${a.count}.`,
    },
    "write-list": {
      en: (a) => `'${a.name}' takes a list: write '${a.name}: ${a.list}'.`,
      nl: (a) => `'${a.name}' verwacht een lijst: schrijf '${a.name}: ${a.list}'.`,
    },
    "list-item": {
      en: (a) => `Each entry of '${a.name}' holds one value: separate the entries with ','.`,
      nl: (a) => `Elke plaats in '${a.name}' bevat één waarde: scheid de waarden met ','.`,
    },
    "approval-date": {
      en: (a) => `An approval needs the date after the authority: 'approval: ${a.authority} 2026-03-02 "reference"'.`,
      nl: (a) => `Een goedkeuring heeft na de autoriteit een datum nodig: 'approval: ${a.authority} 2026-03-02 "kenmerk"'.`,
    },
    "approval-form": {
      en: () => `Too many values: an approval is written 'authority date "reference"'.`,
      nl: () => `Te veel waarden: een goedkeuring schrijft u als 'autoriteit datum "kenmerk"'.`,
    },
    "rating-form": {
      en: () => `Too many values: a criterion is written 'met|doubtful|not-met "motivation"'.`,
      nl: () => `Te veel waarden: een criterium schrijft u als 'met|doubtful|not-met "motivering"'.`,
    },
    "label-name": {
      en: (a) => `A '${a.block}' block takes a name, not a number: '${a.block} NAME { … }'.`,
      nl: (a) => `Een blok '${a.block}' krijgt een naam, geen getal: '${a.block} NAAM { … }'.`,
    },
    "label-number": {
      en: (a) => `A '${a.block}' block takes a number, not a name: '${a.block} 7 { … }'.`,
      nl: (a) => `Een blok '${a.block}' krijgt een nummer, geen naam: '${a.block} 7 { … }'.`,
    },
    "missing-name": {
      en: (a) => `A '${a.block}' block needs a name: '${a.block} NAME { … }'.`,
      nl: (a) => `Een blok '${a.block}' heeft een naam nodig: '${a.block} NAAM { … }'.`,
    },
    "missing-number": {
      en: (a) => `A '${a.block}' block needs a number: '${a.block} 7 { … }'.`,
      nl: (a) => `Een blok '${a.block}' heeft een nummer nodig: '${a.block} 7 { … }'.`,
    },
    "label-unexpected": {
      en: (a) => `A '${a.block}' block takes no name or number.`,
      nl: (a) => `Een blok '${a.block}' krijgt geen naam of nummer.`,
    },
    "title-unexpected": {
      en: (a) => `A '${a.block}' block takes no title.`,
      nl: (a) => `Een blok '${a.block}' krijgt geen titel.`,
    },
    "placeholder-date": {
      en: (a) => `Fill in the date of '${a.name}': YYYY-MM-DD is a placeholder that a fix left for a person to complete.`,
      nl: (a) => `Vul de datum van '${a.name}' in: JJJJ-MM-DD (YYYY-MM-DD) is een plaatshouder die een herstelactie heeft achtergelaten om in te vullen.`,
    },
    "placeholder-text": {
      en: (a) => `Fill in '${a.name}': text starting with "TODO:" is a placeholder that a fix left for a person to complete.`,
      nl: (a) => `Vul '${a.name}' in: tekst die met "TODO:" begint, is een plaatshouder die een herstelactie heeft achtergelaten om in te vullen.`,
    },
    "dated-form": {
      en: (a) => `'${a.name}' takes a date and, after it, the reference in quotes: '${a.name}: 2025-04-10 "BS/2025/118"'.`,
      nl: (a) => `'${a.name}' verwacht een datum en daarna het kenmerk tussen aanhalingstekens: '${a.name}: 2025-04-10 "BS/2025/118"'.`,
    },
    "via-foreign": {
      en: (a) => `'via' names the domestic service ${a.act} runs through (the AIVD, for a screening question); ${a.name} is a foreign service. Name the foreign service in 'to', and the domestic one here.`,
      nl: (a) => `'via' noemt de binnenlandse dienst via welke ${a.act} loopt (de AIVD, bij een naslag); ${a.name} is een buitenlandse dienst. Noem de buitenlandse dienst bij 'to', en de binnenlandse hier.`,
    },
    "via-own": {
      en: (a) => `'via' names the domestic service ${a.act} runs through; ${a.name} is the own service. Leave 'via' out when the exchange is direct.`,
      nl: (a) => `'via' noemt de binnenlandse dienst via welke ${a.act} loopt; ${a.name} is de eigen dienst. Laat 'via' weg als de uitwisseling rechtstreeks is.`,
    },
    "members-self": {
      en: (a) => `${a.name} is named among its own members. 'members' lists the services that take part in the organisation.`,
      nl: (a) => `${a.name} staat tussen zijn eigen leden. 'members' noemt de diensten die aan de organisatie deelnemen.`,
    },
    "amends-self": {
      en: (a) => `${a.name} amends itself. 'amends' names the agreement this amendment changes.`,
      nl: (a) => `${a.name} wijzigt zichzelf. 'amends' noemt de overeenkomst die deze wijziging verandert.`,
    },
    "amends-form": {
      en: (a) => `${a.name} amends another agreement but is not written as an amendment: add 'form: amendment', or remove 'amends'.`,
      nl: (a) => `${a.name} wijzigt een andere overeenkomst maar is niet als wijziging vastgelegd: voeg 'form: amendment' toe, of verwijder 'amends'.`,
    },
    "supersedes-self": {
      en: (a) => `${a.name} supersedes itself. 'supersedes' names the earlier agreement this one replaces.`,
      nl: (a) => `${a.name} vervangt zichzelf. 'supersedes' noemt de eerdere overeenkomst die deze vervangt.`,
    },
    "supersedes-cycle": {
      en: (a) => `The agreements supersede one another in a circle (${a.cycle}), so none of them can be said to be in force. Each 'supersedes' must name an earlier agreement.`,
      nl: (a) => `De overeenkomsten vervangen elkaar in een kringloop (${a.cycle}), zodat van geen van hen kan worden gezegd dat zij geldt. Elke 'supersedes' moet een eerdere overeenkomst noemen.`,
    },
    "fix-replace": replaceFix,
  },
  check(ctx) {
    reportProblems("invalid-value")(ctx);
    checkRelatedValues(ctx);
  },
};
