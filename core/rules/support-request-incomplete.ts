// support-request-incomplete: support answers a signed, complete written request from the partner.
import { has } from "../model/access.js";
import { isForeignAct } from "./helpers.js";
import { joinAnd } from "./terms.js";
import { declsOf, keywordOf, nameOf, type Locale, type Rule } from "./rule.js";

/** The parts internal policy asks of the partner's request, with what each holds in words. */
const PARTS: Record<string, { en: string; nl: string }> = {
  "signed-by": { en: "its signatory", nl: "de ondertekenaar" },
  description: { en: "a description of the support", nl: "een omschrijving van de ondersteuning" },
  reason: { en: "the reason for the support", nl: "de reden voor de ondersteuning" },
  "political-risks": { en: "the political risks", nl: "de politieke risico's" },
  conditions: { en: "the conditions", nl: "de voorwaarden" },
};
const parts = (csv: string | undefined, l: Locale) => joinAnd((csv ?? "").split(",").map((p) => PARTS[p]![l]), l);
const fields = (csv: string | undefined, l: Locale) => joinAnd((csv ?? "").split(",").map((p) => `'${p}:'`), l);

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
      en: (a) => `The partner's request for ${a.act} does not record ${parts(a.parts, "en")}. Internal policy requires a signed request that describes the support, its reason, the political risks and the conditions (CTIVD 22B ch. 6). Complete the request with ${fields(a.parts, "en")}.`,
      nl: (a) => `Het verzoek van de partner voor ${a.act} vermeldt niet ${parts(a.parts, "nl")}. Het interne beleid vraagt een ondertekend verzoek met een omschrijving van de ondersteuning, de reden, de politieke risico's en de voorwaarden (CTIVD 22B hfst. 6). Vul het verzoek aan met ${fields(a.parts, "nl")}.`,
    },
  },
  requires: { en: () => "partner's request", nl: () => "verzoek partner" },
  check(ctx) {
    for (const d of declsOf(ctx, "support")) {
      const request = d.blocks.find((b) => b.spec?.name === "request");
      const missing = request ? Object.keys(PARTS).filter((p) => !has(request, p)) : [];
      if ((request && missing.length === 0) || !isForeignAct(ctx.ws, d)) continue;
      if (!request) ctx.report({ message: "missing", args: { act: d.name }, ...nameOf(d) });
      else ctx.report({ message: "incomplete", args: { act: d.name, parts: missing.join(",") }, ...keywordOf(request) });
    }
  },
};
