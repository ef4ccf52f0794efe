// receipt-not-evaluated: data received is weighed and evaluated before it is used.
import { fieldAt, flag } from "../model/access.js";
import { isForeignAct } from "./helpers.js";
import { declsOf, nameOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "receipt-not-evaluated",
  section: "G",
  severity: "info",
  summary: { en: "Data received that is not recorded as evaluated.", nl: "Ontvangen gegevens die niet als geëvalueerd zijn vastgelegd." },
  messages: {
    default: {
      en: (a) => `${a.receipt} is not recorded as evaluated. Data received from a foreign service is interpreted and evaluated for relevance before it is used; no partner's information can be taken over as it is (CTIVD 22B §5.4). Mark it with 'evaluated: yes' once evaluated.`,
      nl: (a) => `${a.receipt} is niet als geëvalueerd vastgelegd. Van een buitenlandse dienst ontvangen gegevens worden geduid en op relevantie geëvalueerd voordat ze worden gebruikt; van geen enkele partner kan informatie zonder meer worden overgenomen (CTIVD 22B §5.4). Vermeld 'evaluated: yes' zodra ze zijn geëvalueerd.`,
    },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "receipt")) {
      if (flag(d, "evaluated") === true) continue;
      const f = fieldAt(d, "evaluated");
      if ((f && flag(d, "evaluated") === undefined) || !isForeignAct(ctx.ws, d)) continue;
      ctx.report({ args: { receipt: d.name }, ...(f ? { start: f.start, end: f.end } : nameOf(d)) });
    }
  },
};
