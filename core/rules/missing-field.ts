// missing-field: a field the schema requires is absent.
import { reportProblems } from "./problems.js";
import type { Rule } from "./rule.js";

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** 'a', 'b' and 'c' */
function list(csv: string, and: string): string {
  const items = csv.split(",").map((f) => `'${f}'`);
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

export const rule: Rule = {
  id: "missing-field",
  section: "A",
  severity: "error",
  summary: { en: "A required field is missing.", nl: "Een verplicht veld ontbreekt." },
  messages: {
    decl: {
      en: (a) => `${cap(a.kind!)} ${a.name} lacks the required field '${a.fields}': add '${a.fields}: …'.`,
      nl: (a) => `Bij ${a.kind} ${a.name} ontbreekt het verplichte veld '${a.fields}': voeg '${a.fields}: …' toe.`,
    },
    "decl-many": {
      en: (a) => `${cap(a.kind!)} ${a.name} lacks required fields: ${list(a.fields!, "and")}.`,
      nl: (a) => `Bij ${a.kind} ${a.name} ontbreken verplichte velden: ${list(a.fields!, "en")}.`,
    },
    nested: {
      en: (a) => `This '${a.kind}' block lacks the required field '${a.fields}': add '${a.fields}: …'.`,
      nl: (a) => `In dit blok '${a.kind}' ontbreekt het verplichte veld '${a.fields}': voeg '${a.fields}: …' toe.`,
    },
    "nested-many": {
      en: (a) => `This '${a.kind}' block lacks required fields: ${list(a.fields!, "and")}.`,
      nl: (a) => `In dit blok '${a.kind}' ontbreken verplichte velden: ${list(a.fields!, "en")}.`,
    },
  },
  check: reportProblems("missing-field"),
};
