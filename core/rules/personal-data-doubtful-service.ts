// personal-data-doubtful-service: personal data for a service on which the weighing is doubtful goes with a written motivation or written caveats.
import { has, list } from "../model/access.js";
import type { Decl } from "../model/bound.js";
import { serviceStatus } from "../model/queries.js";
import { actDate, foreignServices } from "./helpers.js";
import { criteriaWords } from "./terms.js";
import { declsOf, nameOf, type Rule } from "./rule.js";

/**
 * The written safeguards §5.2 asks for: a motivation, or the restrictions on use that go with the data
 * (docs/language.md, "What a disclosure promises"). An empty list of caveats restricts nothing; one that cannot be read is left to invalid-value.
 */
function safeguarded(d: Decl): boolean {
  if (has(d, "motivation")) return true;
  if (!has(d, "caveats")) return false;
  const caveats = list(d, "caveats");
  return caveats === undefined || caveats.length > 0;
}

export const rule: Rule = {
  id: "personal-data-doubtful-service",
  section: "C",
  severity: "warning",
  summary: {
    en: "Personal data given to a service that is doubtful on a cooperation criterion, without a written motivation or caveats.",
    nl: "Persoonsgegevens verstrekt aan een dienst die twijfelachtig is op een samenwerkingscriterium, zonder schriftelijke motivering of gebruiksbeperkingen.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} gives personal data to ${a.service}, which is doubtful on ${criteriaWords(a.criteria, "en")} (assessment ${a.assessment}), without recording why, or on what conditions. Giving personal data to a service that may not meet the cooperation criteria calls for particular care with the safeguards of the law, and for a written motivation (CTIVD 22B §5.2). Record the reason with 'motivation:', or the restrictions on use that go with the data with 'caveats:'.`,
      nl: (a) => `${a.act} verstrekt persoonsgegevens aan ${a.service}, die twijfelachtig is op ${criteriaWords(a.criteria, "nl")} (wegingsnotitie ${a.assessment}), zonder vast te leggen waarom, of onder welke voorwaarden. Verstrekking van persoonsgegevens aan een dienst waarvan kan worden betwijfeld of hij aan de samenwerkingscriteria voldoet, vraagt bijzondere aandacht voor de wettelijke waarborgen en een schriftelijke motivering (CTIVD 22B §5.2). Leg de reden vast met 'motivation:', of de gebruiksbeperkingen die bij de gegevens horen met 'caveats:'.`,
    },
    doubtful: { en: (a) => `${a.assessment} rates ${a.service} as doubtful.`, nl: (a) => `${a.assessment} beoordeelt ${a.service} als twijfelachtig.` },
  },
  // Requests that provide personal data are covered by request-doubtful-service, which recommends the same motivation.
  requires: { en: () => "motivation or caveats", nl: () => "motivering of gebruiksbeperkingen" },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      const day = actDate(d);
      if (day === undefined || safeguarded(d) || list(d, "data")?.includes("personal") !== true) continue;
      for (const { atom, service } of foreignServices(ctx.ws, d, ["to", "end-recipient"])) {
        const status = serviceStatus(ctx.ws, service.name, day);
        if (status?.status !== "doubtful") continue;
        const args = { act: d.name, service: service.name, criteria: status.doubtful.join(","), assessment: status.assessment.name };
        ctx.report({
          args, subject: { act: d, service: service.name }, start: atom.start, end: atom.end,
          related: [{ file: status.assessment.file, ...nameOf(status.assessment), message: "doubtful", args }],
        });
      }
    }
  },
};
