// unknown-kind: a declaration or nested block whose kind the schema does not know.
import { KINDS } from "../model/schema/index.js";
import { didYouMean, quotedList, replaceFix, reportProblems } from "./problems.js";
import type { Rule } from "./rule.js";
import { article } from "./terms.js";

const kinds = KINDS.map((k) => k.name).join(",");
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const rule: Rule = {
  id: "unknown-kind",
  section: "A",
  severity: "error",
  summary: { en: "A declaration or nested block of a kind the schema does not know.", nl: "Een declaratie of genest blok van een soort die het schema niet kent." },
  messages: {
    kind: {
      en: (a) => `'${a.kind}' is not a kind of declaration.${didYouMean(a.suggestion, "en")} The kinds are ${quotedList(kinds, "en", "and")}.`,
      nl: (a) => `'${a.kind}' is geen soort declaratie.${didYouMean(a.suggestion, "nl")} De soorten zijn ${quotedList(kinds, "nl", "and")}.`,
    },
    nested: {
      en: (a) => `${cap(article(a.parent!))} '${a.parent}' cannot contain ${article(a.kind!)} '${a.kind}' block.${didYouMean(a.suggestion, "en")}`,
      nl: (a) => `Een '${a.parent}' kan geen blok '${a.kind}' bevatten.${didYouMean(a.suggestion, "nl")}`,
    },
    "is-field": {
      en: (a) => `'${a.kind}' is a field of '${a.parent}', not a block: write '${a.kind}: …'.`,
      nl: (a) => `'${a.kind}' is een veld van '${a.parent}', geen blok: schrijf '${a.kind}: …'.`,
    },
    "fix-replace": replaceFix,
  },
  check: reportProblems("unknown-kind"),
};
