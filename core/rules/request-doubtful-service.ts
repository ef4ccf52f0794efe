// request-doubtful-service: the recommendation that a request to a service on which the weighing is doubtful is motivated in writing.
import { has } from "../model/access.js";
import { serviceStatus } from "../model/queries.js";
import { actDate, foreignServices } from "./helpers.js";
import { criteriaWords } from "./terms.js";
import { declsOf, nameOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "request-doubtful-service",
  section: "D",
  severity: "info",
  summary: {
    en: "A request to a service that is doubtful on a cooperation criterion, without a written motivation.",
    nl: "Een verzoek aan een dienst die twijfelachtig is op een samenwerkingscriterium, zonder schriftelijke motivering.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} is a request to ${a.service}, which is doubtful on ${criteriaWords(a.criteria, "en")} (assessment ${a.assessment}), without a written motivation. The Committee recommends that the service write policy on requests to such services, with attention to the safeguards for privacy (CTIVD 22B §5.4). Consider recording why the request is made with 'motivation:'.`,
      nl: (a) => `${a.act} is een verzoek aan ${a.service}, die twijfelachtig is op ${criteriaWords(a.criteria, "nl")} (wegingsnotitie ${a.assessment}), zonder schriftelijke motivering. De Commissie beveelt aan beleid te formuleren voor verzoeken aan zulke diensten, met aandacht voor de waarborgen voor de persoonlijke levenssfeer (CTIVD 22B §5.4). Overweeg met 'motivation:' vast te leggen waarom het verzoek wordt gedaan.`,
    },
    doubtful: { en: (a) => `${a.assessment} rates ${a.service} as doubtful.`, nl: (a) => `${a.assessment} beoordeelt ${a.service} als twijfelachtig.` },
  },
  requires: { en: () => "motivation", nl: () => "motivering" },
  check(ctx) {
    for (const d of declsOf(ctx, "request")) {
      const day = actDate(d);
      if (day === undefined || has(d, "motivation")) continue;
      for (const { atom, service } of foreignServices(ctx.ws, d, ["to"])) {
        const status = serviceStatus(ctx.ws, service.name, day);
        if (status?.status !== "doubtful") continue;
        const args = { act: d.name, service: service.name, criteria: status.doubtful.join(","), assessment: status.assessment.name };
        ctx.report({ args, subject: { act: d, service: service.name }, start: atom.start, end: atom.end, related: [{ file: status.assessment.file, ...nameOf(status.assessment), message: "doubtful", args }] });
      }
    }
  },
};
