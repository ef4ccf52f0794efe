// config-error: an invalid entente.json, reported on that file.
import type { Rule } from "./rule.js";

const suggest = (s: string | undefined, en: boolean) => (s ? (en ? ` Did you mean "${s}"?` : ` Bedoelt u "${s}"?`) : "");

/** What the JSON reader expected, in words; its own name for a problem it has no words for here is quoted. */
const JSON_ERRORS: Record<string, [en: string, nl: string]> = {
  InvalidSymbol: ["a character that JSON does not allow", "een teken dat JSON niet toestaat"],
  InvalidNumberFormat: ["a number written wrongly", "een verkeerd geschreven getal"],
  PropertyNameExpected: ["a name in double quotes was expected (is there a comma too many before it?)", "hier hoort een naam tussen dubbele aanhalingstekens (staat er een komma te veel voor?)"],
  ValueExpected: ["a value was expected", "hier hoort een waarde"],
  ColonExpected: ["a ':' was expected after the name", "na de naam hoort een ':'"],
  CommaExpected: ["a ',' was expected between two entries", "tussen twee onderdelen hoort een ','"],
  CloseBraceExpected: ["a '}' was expected to close the object", "hier hoort een '}' die het object sluit"],
  CloseBracketExpected: ["a ']' was expected to close the list", "hier hoort een ']' die de lijst sluit"],
  EndOfFileExpected: ["nothing may follow the object", "na het object mag niets meer staan"],
  InvalidCommentToken: ["a comment written wrongly", "een verkeerd geschreven commentaar"],
  UnexpectedEndOfComment: ["a comment that is not closed", "een commentaar dat niet is afgesloten"],
  UnexpectedEndOfString: ["a string that is not closed with '\"'", "een tekst die niet met '\"' is afgesloten"],
  UnexpectedEndOfNumber: ["a number that ends too soon", "een getal dat te vroeg ophoudt"],
  InvalidUnicode: ["an invalid Unicode escape", "een ongeldige Unicode-escape"],
  InvalidEscapeCharacter: ["an invalid escape after '\\'", "een ongeldige escape na '\\'"],
  InvalidCharacter: ["a character that may not stand in a string", "een teken dat niet in een tekst mag staan"],
};
const jsonError = (code: string | undefined, en: boolean) => JSON_ERRORS[code ?? ""]?.[en ? 0 : 1] ?? `'${code}'`;

/** Why an exclusion pattern is refused, in words: each is a pattern whose matching could take without end, or that cannot be read. */
const EXCLUDE_WHY: Record<string, { en: string; nl: string }> = {
  extglob: { en: "groups such as '+(a|b)' are not supported", nl: "groepen als '+(a|b)' worden niet ondersteund" },
  "unclosed-brace": { en: "a '{' is not closed", nl: "een '{' wordt niet gesloten" },
  "unclosed-class": { en: "a '[' is not closed", nl: "een '[' wordt niet gesloten" },
  "too-many-alternatives": { en: "its braces stand for more than 256 patterns", nl: "de accolades staan voor meer dan 256 patronen" },
  "too-long": { en: "it is longer than 1,000 characters", nl: "het is langer dan 1.000 tekens" },
};

export const rule: Rule = {
  id: "config-error",
  section: "A",
  severity: "error",
  unsuppressible: true, alwaysOn: true, fixedSeverity: true,
  summary: { en: "An invalid entente.json.", nl: "Een ongeldig entente.json." },
  messages: {
    syntax: {
      en: (a) => `The file entente.json is not valid JSON here: ${jsonError(a.error, true)}. Until it is, every setting keeps its default.`,
      nl: (a) => `Het bestand entente.json is hier geen geldige JSON: ${jsonError(a.error, false)}. Zolang dat zo is, geldt voor elke instelling de standaardwaarde.`,
    },
    root: {
      en: () => `The file entente.json must hold one JSON object: { "rules": { … } }.`,
      nl: () => `Het bestand entente.json moet één JSON-object bevatten: { "rules": { … } }.`,
    },
    "duplicate-key": { en: (a) => `"${a.key}" is given twice; the last one counts. Remove one.`, nl: (a) => `"${a.key}" staat er twee keer; de laatste telt. Verwijder er een.` },
    "unknown-key": {
      en: (a) => `"${a.key}" is not a setting.${suggest(a.suggestion, true)} The settings are "reviewIntervalMonths", "locale", "exclude" and "rules".`,
      nl: (a) => `"${a.key}" is geen instelling.${suggest(a.suggestion, false)} De instellingen zijn "reviewIntervalMonths", "locale", "exclude" en "rules".`,
    },
    interval: {
      en: (a) => `"reviewIntervalMonths" must be a whole number of months from 1 to 120, not ${a.value}; the default of 24 applies.`,
      nl: (a) => `"reviewIntervalMonths" moet een geheel aantal maanden van 1 tot en met 120 zijn, niet ${a.value}; de standaardwaarde 24 geldt.`,
    },
    locale: { en: (a) => `"locale" must be "en" or "nl", not ${a.value}.`, nl: (a) => `"locale" moet "en" of "nl" zijn, niet ${a.value}.` },
    exclude: { en: () => `"exclude" must be a list of path patterns, such as ["drafts/**"].`, nl: () => `"exclude" moet een lijst van padpatronen zijn, zoals ["drafts/**"].` },
    "exclude-pattern": {
      en: (a) => `The pattern "${a.pattern}" cannot be used: ${EXCLUDE_WHY[a.reason!]?.en ?? a.reason}. Patterns take '*', '?', '**', '[a-z]' and '{a,b}'; no file is excluded until it is fixed.`,
      nl: (a) => `Het patroon "${a.pattern}" is niet bruikbaar: ${EXCLUDE_WHY[a.reason!]?.nl ?? a.reason}. Patronen kennen '*', '?', '**', '[a-z]' en '{a,b}'; tot het is hersteld wordt geen bestand uitgesloten.`,
    },
    rules: {
      en: () => `"rules" must be an object from rule id to severity, such as { "trust-depth": "off" }.`,
      nl: () => `"rules" moet een object van regel-id naar ernst zijn, zoals { "trust-depth": "off" }.`,
    },
    "unknown-rule": {
      en: (a) => `"${a.rule}" is not a rule.${suggest(a.suggestion, true)} Run 'entente explain' for the list of rules.`,
      nl: (a) => `"${a.rule}" is geen regel.${suggest(a.suggestion, false)} Voer 'entente explain' uit voor de lijst van regels.`,
    },
    "always-on": {
      en: (a) => `"${a.rule}" cannot be ${a.rule === "config-error" ? "configured" : "switched off"}: like a comment, a setting cannot silence syntax, reference or configuration errors. Fix the errors instead.`,
      nl: (a) => `"${a.rule}" kan niet worden ${a.rule === "config-error" ? "ingesteld" : "uitgeschakeld"}: net als een commentaar kan een instelling syntax-, verwijzings- of configuratiefouten niet onderdrukken. Herstel de fouten.`,
    },
    severity: {
      en: (a) => `The severity of "${a.rule}" must be "error", "warning", "info" or "off", not ${a.value}.`,
      nl: (a) => `De ernst van "${a.rule}" moet "error", "warning", "info" of "off" zijn, niet ${a.value}.`,
    },
  },
  // Reported by the rule runner on the configuration file itself.
  check() {},
};
