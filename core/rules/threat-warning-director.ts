// threat-warning-director: the head of department informs the director of every threat warning given abroad.
import { approvalsUncertain, has, list } from "../model/access.js";
import { hasApproval } from "../model/authority.js";
import { addLinesFix, isForeignAct, itemRange, placeholder, withFix } from "./helpers.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "threat-warning-director",
  section: "C",
  severity: "warning",
  summary: { en: "A threat warning given without informing the director.", nl: "Een dreigingsmelding verstrekt zonder de directeur te informeren." },
  messages: {
    default: {
      en: (a) => `${a.act} gives a threat warning without recording that the director was informed. Internal policy requires the head of department to inform the director of every threat warning given to a foreign service (CTIVD 22B §5.1). Record the date with 'director-informed:'.`,
      nl: (a) => `${a.act} verstrekt een dreigingsmelding zonder vast te leggen dat de directeur is geïnformeerd. Volgens het interne beleid informeert het afdelingshoofd de directeur over elke dreigingsmelding aan een buitenlandse dienst (CTIVD 22B §5.1). Leg de datum vast met 'director-informed:'.`,
    },
    fix: { en: () => "Add the date the director was informed (to fill in)", nl: () => "Voeg de datum toe waarop de directeur is geïnformeerd (in te vullen)" },
  },
  requires: { en: () => "director informed", nl: () => "directeur geïnformeerd" },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      // A director who approved the warning knows of it.
      if (!list(d, "data")?.includes("threat-warning") || has(d, "director-informed") || approvalsUncertain(d) || hasApproval(d, "director") || !isForeignAct(ctx.ws, d)) continue;
      ctx.report({ args: { act: d.name }, ...itemRange(d, "data", "threat-warning")!, ...withFix(addLinesFix(ctx.file, d, [`director-informed: ${placeholder.date}`], "fix", true)) });
    }
  },
};
