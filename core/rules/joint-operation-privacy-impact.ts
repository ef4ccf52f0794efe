// joint-operation-privacy-impact: the request for permission addresses the extra intrusion that working with a partner causes.
import { has, list } from "../model/access.js";
import { isForeignAct, keyRange } from "./helpers.js";
import { declsOf, type Rule } from "./rule.js";

/** The powers that intrude on privacy (arts. 20-30 Wiv 2002); training or equipment do not. */
const SPECIAL_POWERS = ["interception", "observation", "agent", "search"];

export const rule: Rule = {
  id: "joint-operation-privacy-impact",
  section: "F",
  severity: "info",
  summary: {
    en: "A joint operation using special powers without a note on the extra privacy impact of the cooperation.",
    nl: "Een gezamenlijke operatie met inzet van bijzondere bevoegdheden zonder notitie over de extra inbreuk op de privacy door de samenwerking.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} uses special powers together with a foreign service without recording the extra intrusion on privacy that the cooperation causes. The Committee recommends addressing it explicitly when permission is requested (CTIVD 22B ch. 7). Consider recording it with 'privacy-impact:'.`,
      nl: (a) => `${a.act} zet bijzondere bevoegdheden in samen met een buitenlandse dienst zonder de extra inbreuk op de persoonlijke levenssfeer door de samenwerking vast te leggen. De Commissie beveelt aan daar bij het verzoek om toestemming nadrukkelijk op in te gaan (CTIVD 22B hfst. 7). Overweeg dit vast te leggen met 'privacy-impact:'.`,
    },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "operation")) {
      const special = (list(d, "powers") ?? []).filter((p) => SPECIAL_POWERS.includes(p));
      if (special.length > 0 && !has(d, "privacy-impact") && isForeignAct(ctx.ws, d)) ctx.report({ args: { act: d.name }, ...keyRange(d, "powers")! });
    }
  },
};
