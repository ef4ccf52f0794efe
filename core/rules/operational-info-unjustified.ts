// operational-info-unjustified: art. 15 source protection — sensitive operational information is shared only for a stated reason.
import { has, list } from "../model/access.js";
import { isForeignAct, itemRange } from "./helpers.js";
import { declsOf, keywordOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "operational-info-unjustified",
  section: "C",
  severity: "error",
  summary: {
    en: "Sensitive operational information shared without a stated reason.",
    nl: "Gevoelige operationele informatie gedeeld zonder vastgelegde reden.",
  },
  messages: {
    disclosure: {
      en: (a) => `${a.act} shares sensitive operational information without stating why. The duty to protect sources (art. 15 Wiv 2002) allows sharing it only for a reason that can be shown; two cases without one were found unlawful (CTIVD 22B ch. 7). Record the reason with 'reason:'.`,
      nl: (a) => `${a.act} deelt gevoelige operationele informatie zonder te vermelden waarom. De plicht tot bronbescherming (art. 15 Wiv 2002) laat delen alleen toe om een reden die kan worden aangetoond; twee gevallen zonder reden zijn onrechtmatig bevonden (CTIVD 22B hfst. 7). Leg de reden vast met 'reason:'.`,
    },
    operation: {
      en: (a) => `The operation ${a.act} shares operational information with its partners without stating why. The duty to protect sources (art. 15 Wiv 2002) allows sharing it only for a reason that can be shown (CTIVD 22B ch. 7). Add 'reason:' to this 'shares' block.`,
      nl: (a) => `De operatie ${a.act} deelt operationele informatie met de partners zonder te vermelden waarom. De plicht tot bronbescherming (art. 15 Wiv 2002) laat delen alleen toe om een reden die kan worden aangetoond (CTIVD 22B hfst. 7). Voeg 'reason:' toe aan dit blok 'shares'.`,
    },
  },
  requires: { en: () => "reason", nl: () => "reden" },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      if (list(d, "data")?.includes("operational") && !has(d, "reason") && isForeignAct(ctx.ws, d)) ctx.report({ message: "disclosure", args: { act: d.name }, ...itemRange(d, "data", "operational")! });
    }
    for (const op of declsOf(ctx, "operation")) {
      for (const shares of op.blocks) {
        if (shares.spec?.name === "shares" && !has(shares, "reason") && isForeignAct(ctx.ws, op)) ctx.report({ message: "operation", args: { act: op.name }, ...keywordOf(shares) });
      }
    }
  },
};
