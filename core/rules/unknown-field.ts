// unknown-field: a field the schema does not allow in this block.
import { kindSpec } from "../model/schema/index.js";
import { didYouMean, replaceFix, reportProblems } from "./problems.js";
import type { Rule } from "./rule.js";
import { article } from "./terms.js";

/** "An 'assessment'" for a declaration, "A 'criteria' block" for a nested block. */
const owner = {
  en: (kind: string) => {
    const a = article(kind);
    return `${a.charAt(0).toUpperCase()}${a.slice(1)} '${kind}'${kindSpec(kind) ? "" : " block"}`;
  },
  nl: (kind: string) => (kindSpec(kind) ? `Een '${kind}'` : `Een blok '${kind}'`),
};

export const rule: Rule = {
  id: "unknown-field",
  section: "A",
  severity: "error",
  summary: { en: "A field that is not allowed in this block.", nl: "Een veld dat in dit blok niet is toegestaan." },
  messages: {
    field: {
      en: (a) => `${owner.en(a.kind!)} has no field '${a.field}'.${didYouMean(a.suggestion, "en")}`,
      nl: (a) => `${owner.nl(a.kind!)} heeft geen veld '${a.field}'.${didYouMean(a.suggestion, "nl")}`,
    },
    "is-block": {
      en: (a) => `'${a.field}' is a block of '${a.kind}', not a field: write '${a.field} { … }'.`,
      nl: (a) => `'${a.field}' is een blok van '${a.kind}', geen veld: schrijf '${a.field} { … }'.`,
    },
    "fix-replace": replaceFix,
  },
  check: reportProblems("unknown-field"),
};
