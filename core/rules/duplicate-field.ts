// duplicate-field: a single field or block given twice in the same block.
import { reportProblems } from "./problems.js";
import type { Rule } from "./rule.js";

export const rule: Rule = {
  id: "duplicate-field",
  section: "A",
  severity: "error",
  summary: { en: "A field that may appear once is given twice.", nl: "Een veld dat één keer mag voorkomen, staat er twee keer." },
  messages: {
    field: {
      en: (a) => `'${a.field}' is given twice; it takes one value. Remove one of the two, or merge them.`,
      nl: (a) => `'${a.field}' staat er twee keer; het heeft één waarde. Verwijder een van beide, of voeg ze samen.`,
    },
    block: {
      en: (a) => `There is already a '${a.field}' block here; there may be only one. Merge the two.`,
      nl: (a) => `Hier staat al een blok '${a.field}'; er mag er maar één zijn. Voeg de twee samen.`,
    },
    first: { en: (a) => `The first '${a.field}'.`, nl: (a) => `De eerste '${a.field}'.` },
  },
  check: reportProblems("duplicate-field"),
};
