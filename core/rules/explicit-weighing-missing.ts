// explicit-weighing-missing: far-reaching cooperation with a doubtful or new partner needs an explicit weighing.
import { has, str } from "../model/access.js";
import { agreementsInForce, covers, serviceStatus } from "../model/queries.js";
import { actDate, counterpartServices } from "./helpers.js";
import { formatDay } from "../model/dates.js";
import { criteriaWords, joinAnd } from "./terms.js";
import type { Locale, Rule } from "./rule.js";

const REASONS: Record<string, { en: (a: Record<string, string>) => string; nl: (a: Record<string, string>) => string }> = {
  doubtful: {
    en: (a) => `it is doubtful on ${criteriaWords(a.criteria, "en")} (${a.assessment})`,
    nl: (a) => `twijfelachtig is op ${criteriaWords(a.criteria, "nl")} (${a.assessment})`,
  },
  relationship: {
    en: (a) => `the relationship with it is '${a.relationship}'`,
    nl: (a) => `de relatie '${a.relationship}' is`,
  },
  agreement: {
    en: (a) => `no agreement in force covers ${a.form}`,
    nl: (a) => `geen geldende overeenkomst ${a.form} dekt`,
  },
};
const reasons = (a: Record<string, string>, l: Locale) => joinAnd((a.reasons ?? "").split(",").map((r) => REASONS[r]![l](a)), l);

export const rule: Rule = {
  id: "explicit-weighing-missing",
  section: "B",
  severity: "warning",
  summary: {
    en: "Support or a joint operation with a doubtful, new or uncovered partner, without an explicit weighing.",
    nl: "Ondersteuning of een gezamenlijke operatie met een twijfelachtige, nieuwe of niet door een overeenkomst gedekte partner, zonder expliciete afweging.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} (${a.date}) is ${a.kind === "support" ? "support" : "a joint operation"} with ${a.service}, while ${reasons(a, "en")}. Such far-reaching cooperation calls for an explicit weighing of whether ${a.service} qualifies for it (CTIVD 22B ch. 6 and 7). Record it with 'weighing:'.`,
      nl: (a) => `${a.act} (${a.date}) is ${a.kind === "support" ? "ondersteuning" : "een gezamenlijke operatie"} met ${a.service}, terwijl ${a.service} ${reasons(a, "nl")}. Voor zo vergaande samenwerking is een expliciete afweging nodig of ${a.service} daarvoor in aanmerking komt (CTIVD 22B hfst. 6 en 7). Leg die vast met 'weighing:'.`,
    },
  },
  requires: { en: () => "weighing", nl: () => "afweging" },
  check(ctx) {
    for (const d of ctx.file.decls) {
      if ((d.kind !== "support" && d.kind !== "operation") || !d.spec || has(d, "weighing")) continue;
      const day = actDate(d);
      if (day === undefined) continue;
      const form = d.kind === "support" ? "support" : "joint-operations";
      for (const { atom, service } of counterpartServices(ctx.ws, d)) {
        const found: string[] = [];
        const status = serviceStatus(ctx.ws, service.name, day);
        if (status?.status === "ineligible") continue; // service-ineligible forbids the cooperation outright
        if (status?.status === "doubtful") found.push("doubtful");
        const relationship = str(service, "relationship") ?? (has(service, "relationship") ? undefined : "none");
        if (relationship === "none" || relationship === "exploratory") found.push("relationship");
        if (!agreementsInForce(ctx.ws, service.name, day).some((a) => covers(ctx.ws, a, form, day))) found.push("agreement");
        if (found.length === 0) continue;
        ctx.report({
          args: {
            act: d.name, date: formatDay(day), kind: d.kind, service: service.name,
            reasons: found.join(","), criteria: status?.doubtful.join(",") ?? "", assessment: status?.assessment.name ?? "",
            relationship: relationship ?? "", form,
          },
          start: atom.start, end: atom.end,
        });
      }
    }
  },
};
