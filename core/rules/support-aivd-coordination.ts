// support-aivd-coordination: support on Dutch territory is deconflicted with the AIVD.
import { has, str } from "../model/access.js";
import { addLinesFix, isForeignAct, placeholder, valueRange, withFix } from "./helpers.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "support-aivd-coordination",
  section: "E",
  severity: "warning",
  summary: { en: "Support in the Netherlands without coordination with the AIVD.", nl: "Ondersteuning in Nederland zonder afstemming met de AIVD." },
  messages: {
    default: {
      en: (a) => `${a.act} supports a foreign service in the Netherlands without recording coordination with the AIVD. Deconfliction with the AIVD is necessary for such activities (CTIVD 22B ch. 6). Record the date with 'aivd-coordination:'.`,
      nl: (a) => `${a.act} ondersteunt een buitenlandse dienst in Nederland zonder vast te leggen dat met de AIVD is afgestemd. Afstemming met de AIVD is voor zulke activiteiten nodig met het oog op deconflictie (CTIVD 22B hfst. 6). Leg de datum vast met 'aivd-coordination:'.`,
    },
    fix: { en: () => "Add the date of coordination with the AIVD (to fill in)", nl: () => "Voeg de datum van afstemming met de AIVD toe (in te vullen)" },
  },
  requires: { en: () => "AIVD coordination", nl: () => "afstemming AIVD" },
  check(ctx) {
    for (const d of declsOf(ctx, "support")) {
      const location = str(d, "location");
      if ((location !== "netherlands-defence" && location !== "netherlands-civil") || has(d, "aivd-coordination") || !isForeignAct(ctx.ws, d)) continue;
      ctx.report({ args: { act: d.name }, ...valueRange(d, "location")!, ...withFix(addLinesFix(ctx.file, d, [`aivd-coordination: ${placeholder.date}`], "fix", true)) });
    }
  },
};
