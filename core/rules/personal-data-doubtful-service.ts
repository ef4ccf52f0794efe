// personal-data-doubtful-service: personal data for a service on which the weighing is doubtful needs a written motivation.
import { has, list } from "../model/access.js";
import { serviceStatus } from "../model/queries.js";
import { actDate, foreignServices } from "./helpers.js";
import { criteriaWords } from "./terms.js";
import { declsOf, nameOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "personal-data-doubtful-service",
  section: "C",
  severity: "warning",
  summary: {
    en: "Personal data given to a service that is doubtful on a cooperation criterion, without a written motivation.",
    nl: "Persoonsgegevens verstrekt aan een dienst die twijfelachtig is op een samenwerkingscriterium, zonder schriftelijke motivering.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} gives personal data to ${a.service}, which is doubtful on ${criteriaWords(a.criteria, "en")} (assessment ${a.assessment}): record a written motivation. Giving personal data to such a service calls for particular care and a written reason (CTIVD 22B §5.2).`,
      nl: (a) => `${a.act} verstrekt persoonsgegevens aan ${a.service}, die twijfelachtig is op ${criteriaWords(a.criteria, "nl")} (wegingsnotitie ${a.assessment}): leg een schriftelijke motivering vast. Verstrekking van persoonsgegevens aan zo'n dienst vraagt bijzondere zorgvuldigheid en een schriftelijke reden (CTIVD 22B §5.2).`,
    },
    doubtful: { en: (a) => `${a.assessment} rates ${a.service} as doubtful.`, nl: (a) => `${a.assessment} beoordeelt ${a.service} als twijfelachtig.` },
  },
  // Requests that provide personal data are covered by request-doubtful-service, which asks for the same motivation.
  requires: { en: () => "motivation", nl: () => "motivering" },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      const day = actDate(d);
      if (day === undefined || has(d, "motivation") || list(d, "data")?.includes("personal") !== true) continue;
      for (const { atom, service } of foreignServices(ctx.ws, d, ["to", "end-recipient"])) {
        const status = serviceStatus(ctx.ws, service.name, day);
        if (status?.status !== "doubtful") continue;
        const args = { act: d.name, service: service.name, criteria: status.doubtful.join(","), assessment: status.assessment.name };
        ctx.report({ args, start: atom.start, end: atom.end, related: [{ file: status.assessment.file, ...nameOf(status.assessment), message: "doubtful", args }] });
      }
    }
  },
};
