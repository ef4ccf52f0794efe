// dutch-national-prosecution-risk: internal policy gives no personal data on a Dutch national where it could lead to prosecution abroad.
import { fieldAt, flag, list } from "../model/access.js";
import { isForeignAct } from "./helpers.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "dutch-national-prosecution-risk",
  section: "C",
  severity: "warning",
  summary: {
    en: "Data on a Dutch national given where the person may be prosecuted in the recipient's country.",
    nl: "Gegevens over een Nederlander verstrekt terwijl die in het land van de ontvanger vervolgd kan worden.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} gives data on a Dutch national who may be prosecuted in the recipient's country as a result. Internal policy is that personal data is not given to a foreign service where the person can be prosecuted in that country because of it; a short note to the policy limits this to Dutch nationals (CTIVD 22B §5.2). Do not make this disclosure.`,
      nl: (a) => `${a.act} verstrekt gegevens over een Nederlandse staatsburger die daardoor in het land van de ontvanger vervolgd kan worden. Volgens het interne beleid worden persoonsgegevens niet aan een buitenlandse dienst verstrekt als de persoon daardoor in dat land vervolgd kan worden; uit een kort bijschrift blijkt dat dit alleen persoonsgegevens van Nederlandse staatsburgers betreft (CTIVD 22B §5.2). Doe deze verstrekking niet.`,
    },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      if (!list(d, "subjects")?.includes("dutch-national") || flag(d, "prosecution-risk") !== true || !isForeignAct(ctx.ws, d)) continue;
      const at = fieldAt(d, "prosecution-risk")!;
      ctx.report({ args: { act: d.name }, start: at.start, end: at.end });
    }
  },
};
