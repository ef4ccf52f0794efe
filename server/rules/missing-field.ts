// missing-field: a field the schema requires is absent.
import { reportProblems } from "./problems.js";
import type { Rule } from "./rule.js";

export const rule: Rule = {
  id: "missing-field",
  section: "A",
  severity: "error",
  summary: { en: "A required field is missing.", nl: "Een verplicht veld ontbreekt." },
  messages: {
    decl: {
      en: (a) => `${a.kind} ${a.name} has no '${a.field}', which every ${a.kind} needs: add '${a.field}: …'.`,
      nl: (a) => `${a.kind} ${a.name} heeft geen '${a.field}', dat elke ${a.kind} nodig heeft: voeg '${a.field}: …' toe.`,
    },
    nested: {
      en: (a) => `This '${a.kind}' block has no '${a.field}', which it needs: add '${a.field}: …'.`,
      nl: (a) => `Dit blok '${a.kind}' heeft geen '${a.field}', dat het nodig heeft: voeg '${a.field}: …' toe.`,
    },
  },
  check: reportProblems("missing-field"),
};
