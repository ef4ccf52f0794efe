// support-request-incomplete: support answers a signed, complete written request from the partner.
import { has } from "../model/access.js";
import { declsOf, keywordOf, nameOf, type Rule } from "./rule.js";

const PARTS = ["signed-by", "description", "reason", "political-risks", "conditions"];

export const rule: Rule = {
  id: "support-request-incomplete",
  section: "E",
  severity: "warning",
  summary: {
    en: "Support without the partner's complete written request.",
    nl: "Ondersteuning zonder volledig schriftelijk verzoek van de partner.",
  },
  messages: {
    missing: {
      en: (a) => `${a.act} records no written request from the partner. Internal policy requires a request signed by the competent authority that describes the support, its reason, the political risks and the conditions (CTIVD 22B ch. 6). Add a 'request { … }' block.`,
      nl: (a) => `${a.act} vermeldt geen schriftelijk verzoek van de partner. Het interne beleid vraagt een verzoek, ondertekend door de bevoegde autoriteit, met een omschrijving van de ondersteuning, de reden, de politieke risico's en de voorwaarden (CTIVD 22B hfst. 6). Voeg een blok 'request { … }' toe.`,
    },
    incomplete: {
      en: (a) => `The partner's request for ${a.act} lacks ${a.parts!.split(",").map((p) => `'${p}'`).join(", ")}. Internal policy requires a signed request that describes the support, its reason, the political risks and the conditions (CTIVD 22B ch. 6). Complete the request.`,
      nl: (a) => `Het verzoek van de partner voor ${a.act} mist ${a.parts!.split(",").map((p) => `'${p}'`).join(", ")}. Het interne beleid vraagt een ondertekend verzoek met een omschrijving van de ondersteuning, de reden, de politieke risico's en de voorwaarden (CTIVD 22B hfst. 6). Vul het verzoek aan.`,
    },
  },
  requires: { en: () => "partner's request", nl: () => "verzoek partner" },
  check(ctx) {
    for (const d of declsOf(ctx, "support")) {
      const request = d.blocks.find((b) => b.spec?.name === "request");
      if (!request) {
        ctx.report({ message: "missing", args: { act: d.name }, ...nameOf(d) });
        continue;
      }
      const missing = PARTS.filter((p) => !has(request, p));
      if (missing.length > 0) ctx.report({ message: "incomplete", args: { act: d.name, parts: missing.join(",") }, ...keywordOf(request) });
    }
  },
};
