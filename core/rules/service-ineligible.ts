// service-ineligible: no cooperation with a service whose current weighing rates a criterion as not met.
import { fieldAt } from "../model/access.js";
import { ACTIVITY_KINDS } from "../model/schema/index.js";
import { criteriaOf, serviceStatus } from "../model/queries.js";
import { datedCounterparts } from "./helpers.js";
import { formatDay } from "../model/dates.js";
import { criteriaWords, criterionWord, kindWord } from "./terms.js";
import type { Rule } from "./rule.js";

export const rule: Rule = {
  id: "service-ineligible",
  section: "B",
  severity: "error",
  // A service that may not be cooperated with at all: which forms its weighing permits, and whether the act was
  // weighed explicitly, no longer matter (one mistake, one finding).
  outranks: ["form-not-permitted", "explicit-weighing-missing"],
  summary: {
    en: "Cooperation with a service whose current weighing rates a criterion as not met.",
    nl: "Samenwerking met een dienst waarvan de geldende wegingsnotitie een criterium als niet voldaan beoordeelt.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} (${a.date}, ${kindWord(a.kind!, "en")}) involves ${a.service}, which does not qualify for cooperation: its current weighing ${a.assessment} rates ${criteriaWords(a.criteria, "en")} as not met. Art. 59 Wiv 2002 allows cooperation only with services that qualify (CTIVD 22B §3.2). Do not cooperate, or record a new weighing first.`,
      nl: (a) => `${a.act} (${a.date}, ${kindWord(a.kind!, "nl")}) betreft ${a.service}, die niet voor samenwerking in aanmerking komt: de geldende wegingsnotitie ${a.assessment} beoordeelt ${criteriaWords(a.criteria, "nl")} als niet voldaan. Artikel 59 Wiv 2002 staat samenwerking alleen toe met diensten die in aanmerking komen (CTIVD 22B §3.2). Werk niet samen, of leg eerst een nieuwe weging vast.`,
    },
    rated: { en: (a) => `${a.assessment} rates ${criterionWord(a.criterion!, "en")} as not met.`, nl: (a) => `${a.assessment} beoordeelt ${criterionWord(a.criterion!, "nl")} als niet voldaan.` },
  },
  check(ctx) {
    // Not silenced by 'via': a rating of not met by the own service stands, whoever carries the exchange.
    for (const { act: d, day, atom, service, subject } of datedCounterparts(ctx, ACTIVITY_KINDS)) {
      const status = serviceStatus(ctx.ws, service.name, day);
      if (!status || status.status !== "ineligible") continue;
      const a = status.assessment;
      const args = { act: d.name, kind: d.kind, date: formatDay(day), service: service.name, assessment: a.name, criteria: status.notMet.join(",") };
      const criteria = criteriaOf(a)!;
      ctx.report({
        args, subject, start: atom.start, end: atom.end,
        related: status.notMet.map((c) => ({ file: a.file, start: fieldAt(criteria, c)!.start, end: fieldAt(criteria, c)!.end, message: "rated", args: { ...args, criterion: c } })),
      });
    }
  },
};
