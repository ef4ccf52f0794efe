// operation-not-evaluated: ended joint operations are evaluated in writing.
import { has } from "../model/access.js";
import { isForeignAct, keyRange } from "./helpers.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "operation-not-evaluated",
  section: "F",
  severity: "info",
  summary: { en: "An ended operation without a written evaluation.", nl: "Een beëindigde operatie zonder schriftelijke evaluatie." },
  messages: {
    default: {
      en: (a) => `${a.act} has ended but has not been evaluated in writing. The Committee sees value in a written evaluation of every joint operation (CTIVD 22B ch. 7). Consider recording it with 'evaluation:'.`,
      nl: (a) => `${a.act} is beëindigd maar niet schriftelijk geëvalueerd. De Commissie ziet meerwaarde in een schriftelijke evaluatie van elke gezamenlijke operatie (CTIVD 22B hfst. 7). Overweeg die vast te leggen met 'evaluation:'.`,
    },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "operation")) if (has(d, "ended") && !has(d, "evaluation") && isForeignAct(ctx.ws, d)) ctx.report({ args: { act: d.name }, ...keyRange(d, "ended")! });
  },
};
