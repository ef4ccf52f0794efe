// foreign-interest-unmarked: a disclosure that serves no own investigation is made in the foreign service's interest (art. 59).
import { has, str } from "../model/access.js";
import { isForeignAct, valueRange } from "./helpers.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "foreign-interest-unmarked",
  section: "C",
  severity: "warning",
  summary: {
    en: "A disclosure marked as made for the own task (art. 36) that names no own investigation.",
    nl: "Een verstrekking aangemerkt als eigen taakuitvoering (art. 36) die geen eigen onderzoek noemt.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} is marked as made for the own task (art. 36 Wiv 2002) but names no own investigation it serves. A disclosure that does not contribute to an ongoing investigation of the own service is made in the foreign service's interest, under art. 59, and needs the director's decision (CTIVD 22B §5.1). Name the investigation with 'investigation:', or write 'basis: foreign-interest'.`,
      nl: (a) => `${a.act} is aangemerkt als verstrekking voor de eigen taakuitvoering (art. 36 Wiv 2002) maar noemt geen eigen onderzoek waaraan zij bijdraagt. Een verstrekking die niet bijdraagt aan een lopend onderzoek van de eigen dienst, vindt plaats in het belang van de buitenlandse dienst, op grond van artikel 59, en vraagt een besluit van de directeur (CTIVD 22B §5.1). Noem het onderzoek met 'investigation:', of schrijf 'basis: foreign-interest'.`,
    },
  },
  requires: { en: () => "investigation", nl: () => "onderzoek" },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      if (str(d, "basis") === "own-task" && !has(d, "investigation") && isForeignAct(ctx.ws, d)) ctx.report({ args: { act: d.name }, ...valueRange(d, "basis")! });
    }
  },
};
