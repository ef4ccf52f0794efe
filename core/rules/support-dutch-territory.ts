// support-dutch-territory: foreign activities on civil Dutch territory need the Minister of the Interior's permission.
import { approvals, approvalsUncertain, str } from "../model/access.js";
import { addLinesFix, isForeignAct, placeholder, valueRange, withFix } from "./helpers.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "support-dutch-territory",
  section: "E",
  severity: "error",
  summary: {
    en: "Support on civil Dutch territory without the Minister of the Interior's permission.",
    nl: "Ondersteuning op civiel Nederlands grondgebied zonder toestemming van de minister van BZK.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} supports a foreign service at a place in the Netherlands not used by Defence. Activities of foreign services there need the permission of the Minister of the Interior and Kingdom Relations (Wiv 2002; CTIVD 22B ch. 6). Obtain and record that approval.`,
      nl: (a) => `${a.act} ondersteunt een buitenlandse dienst op een plaats in Nederland die niet in gebruik is bij Defensie. Activiteiten van buitenlandse diensten daar vragen toestemming van de minister van Binnenlandse Zaken en Koninkrijksrelaties (Wiv 2002; CTIVD 22B hfst. 6). Vraag die goedkeuring en leg haar vast.`,
    },
    fix: { en: () => "Add the Minister of the Interior's approval (date and reference to fill in)", nl: () => "Voeg de goedkeuring van de minister van BZK toe (datum en kenmerk in te vullen)" },
  },
  requires: { en: () => "Minister of the Interior", nl: () => "minister van BZK" },
  check(ctx) {
    for (const d of declsOf(ctx, "support")) {
      if (str(d, "location") !== "netherlands-civil" || approvalsUncertain(d) || approvals(d).some((a) => a.authority === "minister-of-interior") || !isForeignAct(ctx.ws, d)) continue;
      ctx.report({ args: { act: d.name }, ...valueRange(d, "location")!, ...withFix(addLinesFix(ctx.file, d, [placeholder.approval("minister-of-interior")], "fix", true)) });
    }
  },
};
