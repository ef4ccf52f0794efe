// missing-field: a field the schema requires is absent.
import { reportProblems } from "./problems.js";
import type { Rule } from "./rule.js";

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
      en: (a) => `${a.kind} ${a.name} has no '${a.fields}', which every ${a.kind} needs: add '${a.fields}: …'.`,
      nl: (a) => `${a.kind} ${a.name} heeft geen '${a.fields}', dat elke ${a.kind} nodig heeft: voeg '${a.fields}: …' toe.`,
    },
    "decl-many": {
      en: (a) => `${a.kind} ${a.name} lacks fields every ${a.kind} needs: ${list(a.fields!, "and")}.`,
      nl: (a) => `${a.kind} ${a.name} mist velden die elke ${a.kind} nodig heeft: ${list(a.fields!, "en")}.`,
    },
    nested: {
      en: (a) => `This '${a.kind}' block has no '${a.fields}', which it needs: add '${a.fields}: …'.`,
      nl: (a) => `Dit blok '${a.kind}' heeft geen '${a.fields}', dat het nodig heeft: voeg '${a.fields}: …' toe.`,
    },
    "nested-many": {
      en: (a) => `This '${a.kind}' block lacks fields it needs: ${list(a.fields!, "and")}.`,
      nl: (a) => `Dit blok '${a.kind}' mist velden die het nodig heeft: ${list(a.fields!, "en")}.`,
    },
  },
  check: reportProblems("missing-field"),
};
