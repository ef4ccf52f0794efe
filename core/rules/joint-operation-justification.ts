// joint-operation-justification: a joint operation starts only when it meets a national need and the cooperation adds value.
import { has } from "../model/access.js";
import { isForeignAct } from "./helpers.js";
import { declsOf, nameOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "joint-operation-justification",
  section: "F",
  severity: "warning",
  summary: {
    en: "A joint operation without its national need or the added value of cooperating.",
    nl: "Een gezamenlijke operatie zonder de nationale behoefte of de meerwaarde van de samenwerking.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} records no ${a.missing === "both" ? "national need and no added value" : a.missing === "national-need" ? "national need" : "added value of the cooperation"}. Before a joint operation starts, the service weighs whether it meets a national need and whether the cooperation clearly adds value; both must be answered yes (CTIVD 22B ch. 7). Record ${a.missing === "both" ? "'national-need:' and 'added-value:'" : `'${a.missing}:'`}.`,
      nl: (a) => `${a.act} vermeldt ${a.missing === "both" ? "geen nationale behoefte en geen meerwaarde" : a.missing === "national-need" ? "geen nationale behoefte" : "geen meerwaarde van de samenwerking"}. Voordat een gezamenlijke operatie start, weegt de dienst af of zij een nationale behoefte vervult en of de samenwerking duidelijk meerwaarde heeft; beide moeten bevestigend worden beantwoord (CTIVD 22B hfst. 7). Leg ${a.missing === "both" ? "'national-need:' en 'added-value:'" : `'${a.missing}:'`} vast.`,
    },
  },
  requires: { en: () => "justification", nl: () => "rechtvaardiging" },
  check(ctx) {
    for (const d of declsOf(ctx, "operation")) {
      const need = has(d, "national-need");
      const value = has(d, "added-value");
      if ((need && value) || !isForeignAct(ctx.ws, d)) continue;
      ctx.report({ args: { act: d.name, missing: !need && !value ? "both" : !need ? "national-need" : "added-value" }, ...nameOf(d) });
    }
  },
};
