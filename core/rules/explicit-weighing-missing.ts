// explicit-weighing-missing: far-reaching cooperation with a doubtful or new partner, or one no agreement provides for, needs an explicit weighing.
import { has, str } from "../model/access.js";
import { agreementsInForce, covers, isInternational, serviceStatus } from "../model/queries.js";
import { actDate, counterpartServices, viaDomestic } from "./helpers.js";
import { formatDay } from "../model/dates.js";
import { criteriaWords, joinAnd, wordOf } from "./terms.js";
import type { Locale, Rule } from "./rule.js";

type Args = Record<string, string>;

const REASONS: Record<string, { en: (a: Args) => string; nl: (a: Args) => string }> = {
  doubtful: {
    en: (a) => `its current weighing ${a.assessment} rates ${criteriaWords(a.criteria, "en")} as doubtful`,
    nl: (a) => `de geldende wegingsnotitie ${a.assessment} ${criteriaWords(a.criteria, "nl")} als twijfelachtig beoordeelt`,
  },
  relationship: {
    en: (a) => (a.relationship === "none" ? "there is no relationship with it yet" : "the relationship with it is still exploratory"),
    nl: (a) => (a.relationship === "none" ? "er nog geen relatie mee bestaat" : "de relatie nog verkennend is"),
  },
  agreement: {
    en: (a) => `no agreement in force provides for ${wordOf("agreement", "covers", a.form!, "en")}`,
    nl: (a) => `geen geldende overeenkomst voorziet in ${wordOf("agreement", "covers", a.form!, "nl")}`,
  },
};
const reasons = (a: Args, l: Locale) => joinAnd((a.reasons ?? "").split(",").map((r) => REASONS[r]![l](a)), l);
/** "support to X" or "a joint operation with X". */
const WHAT = {
  en: (a: Args) => (a.kind === "support" ? `support to ${a.service}` : `a joint operation with ${a.service}`),
  nl: (a: Args) => (a.kind === "support" ? `ondersteuning aan ${a.service}` : `een gezamenlijke operatie met ${a.service}`),
};
const what = (a: Args, l: Locale) => WHAT[l](a);

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
      en: (a) => `${a.act} (${a.date}) is ${what(a, "en")}, while ${reasons(a, "en")}. Such far-reaching cooperation calls for an explicit weighing of whether ${a.service} qualifies for it (CTIVD 22B ch. 6 and 7). Record that weighing with 'weighing:'.`,
      nl: (a) => `${a.act} (${a.date}) is ${what(a, "nl")}, terwijl ${reasons(a, "nl")}. Voor zo vergaande samenwerking is een expliciete afweging nodig of ${a.service} daarvoor in aanmerking komt (CTIVD 22B hfst. 6 en 7). Leg die afweging vast met 'weighing:'.`,
    },
  },
  requires: { en: () => "weighing", nl: () => "afweging" },
  check(ctx) {
    for (const d of ctx.file.decls) {
      if ((d.kind !== "support" && d.kind !== "operation") || !d.spec || has(d, "weighing") || viaDomestic(ctx.ws, d)) continue;
      const day = actDate(d);
      if (day === undefined) continue;
      const form = d.kind === "support" ? "support" : "joint-operations";
      for (const { atom, service } of counterpartServices(ctx.ws, d)) {
        // Inside an international organisation's framework no weighing of the partner is asked (ch. 8).
        if (isInternational(service)) continue;
        const found: string[] = [];
        const status = serviceStatus(ctx.ws, service.name, day);
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
          subject: { act: d, service: service.name }, start: atom.start, end: atom.end,
        });
      }
    }
  },
};
