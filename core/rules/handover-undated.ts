// handover-undated: the moment responsibility for an operation passes is recorded.
import { has } from "../model/access.js";
import { isForeignAct } from "./helpers.js";
import { declsOf, keywordOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "handover-undated",
  section: "F",
  severity: "warning",
  summary: { en: "A handover of an operation without its date.", nl: "Een overdracht van een operatie zonder datum." },
  messages: {
    default: {
      en: (a) => `A handover of ${a.act} has no date. When the moment of handover could not be established, both departments denied responsibility for part of an operation (CTIVD 22B ch. 7). Record the date with 'date:'.`,
      nl: (a) => `Een overdracht van ${a.act} heeft geen datum. Toen het moment van overdracht niet kon worden vastgesteld, ontkenden beide afdelingen verantwoordelijkheid voor een deel van een operatie (CTIVD 22B hfst. 7). Leg de datum vast met 'date:'.`,
    },
  },
  check(ctx) {
    for (const op of declsOf(ctx, "operation")) {
      for (const b of op.blocks) if (b.spec?.name === "handover" && !has(b, "date") && isForeignAct(ctx.ws, op)) ctx.report({ args: { act: op.name }, ...keywordOf(b) });
    }
  },
};
