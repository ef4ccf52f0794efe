// operation-led-by-analysis: covert operations abroad are led by those trained for them, not by an analysis team.
import { flag, str } from "../model/access.js";
import { isForeignAct, valueRange } from "./helpers.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "operation-led-by-analysis",
  section: "F",
  severity: "warning",
  summary: { en: "An operation abroad led by an analysis team.", nl: "Een operatie in het buitenland onder leiding van een analyseteam." },
  messages: {
    default: {
      en: (a) => `${a.act} is an operation abroad led by an analysis team. Covert operational activities abroad, and judging and limiting their risks, call for particular knowledge and experience; they must always be led by those in the service who are trained for them (CTIVD 22B ch. 7). Place the operation under the operations department.`,
      nl: (a) => `${a.act} is een operatie in het buitenland onder leiding van een analyseteam. Heimelijke operationele activiteiten in het buitenland, en het inschatten en beperken van de risico's daarvan, vragen bijzondere kennis en ervaring; zij moeten altijd plaatsvinden onder leiding van daartoe geëigende personen binnen de dienst (CTIVD 22B hfst. 7). Breng de operatie onder bij de operationele afdeling.`,
    },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "operation")) {
      if (str(d, "led-by") === "analysis" && flag(d, "abroad") === true && isForeignAct(ctx.ws, d)) ctx.report({ args: { act: d.name }, ...valueRange(d, "led-by")! });
    }
  },
};
