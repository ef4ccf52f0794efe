// dutch-national-prosecution-risk: no personal data on a Dutch national where it could lead to prosecution abroad.
import { fieldAt, flag, list } from "../model/access.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "dutch-national-prosecution-risk",
  section: "C",
  severity: "error",
  summary: {
    en: "Data on a Dutch national given where the person may be prosecuted in the recipient's country.",
    nl: "Gegevens over een Nederlander verstrekt terwijl die in het land van de ontvanger vervolgd kan worden.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} gives data on a Dutch national who may be prosecuted in the recipient's country. Internal policy forbids giving personal data where the person can be prosecuted there as a result (CTIVD 22B §5.2). Do not make this disclosure.`,
      nl: (a) => `${a.act} verstrekt gegevens over een Nederlandse staatsburger die in het land van de ontvanger vervolgd kan worden. Het interne beleid verbiedt verstrekking van persoonsgegevens als de persoon daardoor in dat land vervolgd kan worden (CTIVD 22B §5.2). Doe deze verstrekking niet.`,
    },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      if (!list(d, "subjects")?.includes("dutch-national") || flag(d, "prosecution-risk") !== true) continue;
      const at = fieldAt(d, "prosecution-risk")!;
      ctx.report({ args: { act: d.name }, start: at.start, end: at.end });
    }
  },
};
