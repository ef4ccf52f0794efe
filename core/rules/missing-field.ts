// missing-field: a field the schema requires is absent.
import { quotedList, reportProblems } from "./problems.js";
import type { Rule } from "./rule.js";
import { kindWord } from "./terms.js";

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const rule: Rule = {
  id: "missing-field",
  section: "A",
  severity: "error",
  summary: { en: "A required field is missing.", nl: "Een verplicht veld ontbreekt." },
  messages: {
    decl: {
      en: (a) => `${cap(kindWord(a.kind!, "en"))} ${a.name} lacks the required field '${a.fields}': add '${a.fields}: …'.`,
      nl: (a) => `Bij ${kindWord(a.kind!, "nl")} ${a.name} ontbreekt het verplichte veld '${a.fields}': voeg '${a.fields}: …' toe.`,
    },
    "decl-many": {
      en: (a) => `${cap(kindWord(a.kind!, "en"))} ${a.name} lacks the required fields ${quotedList(a.fields!, "en", "and")}: add them.`,
      nl: (a) => `Bij ${kindWord(a.kind!, "nl")} ${a.name} ontbreken de verplichte velden ${quotedList(a.fields!, "nl", "and")}: voeg ze toe.`,
    },
    nested: {
      en: (a) => `This '${a.kind}' block lacks the required field '${a.fields}': add '${a.fields}: …'.`,
      nl: (a) => `In dit blok '${a.kind}' ontbreekt het verplichte veld '${a.fields}': voeg '${a.fields}: …' toe.`,
    },
    "nested-many": {
      en: (a) => `This '${a.kind}' block lacks the required fields ${quotedList(a.fields!, "en", "and")}: add them.`,
      nl: (a) => `In dit blok '${a.kind}' ontbreken de verplichte velden ${quotedList(a.fields!, "nl", "and")}: voeg ze toe.`,
    },
  },
  check: reportProblems("missing-field"),
};
