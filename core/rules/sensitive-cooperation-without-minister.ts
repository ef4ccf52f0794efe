// sensitive-cooperation-without-minister: politically sensitive cooperation with a partner without an agreement needs the Minister's written consent.
import { approvals, approvalsUncertain, fieldAt, flag } from "../model/access.js";
import type { Decl } from "../model/bound.js";
import { agreementsInForce, agreementsOf, isInternational } from "../model/queries.js";
import { SUBSTANTIVE_KINDS } from "../model/schema/index.js";
import { addLinesFix, datedCounterparts, placeholder, viaDomestic, withFix } from "./helpers.js";
import { formatDay } from "../model/dates.js";
import { MAX_RELATED, nameOf, type Rule } from "./rule.js";

const MINISTER = "minister-of-defence";

export const rule: Rule = {
  id: "sensitive-cooperation-without-minister",
  section: "B",
  severity: "warning",
  // The Minister's consent is the stronger of the two approvals cooperation without an agreement needs: where
  // this rule speaks, the Secretary-General's approval is the lesser part of the same mistake.
  outranks: ["cooperation-without-agreement"],
  summary: {
    en: "Politically sensitive cooperation with a partner that has no agreement in force, without the Minister of Defence's written consent.",
    nl: "Politiek gevoelige samenwerking met een partner zonder geldende overeenkomst, zonder schriftelijke toestemming van de minister van Defensie.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} (${a.date}) is politically sensitive cooperation with ${a.service}, which is party to no agreement in force on that day, and the Minister of Defence has not consented to it in writing. Where no cooperation agreement applies, politically very sensitive cooperation needs the Minister's written consent (Directive SG A/946; CTIVD 22B §4.2). Record the Minister's approval of the act, or cooperate under an agreement in force.`,
      nl: (a) => `${a.act} (${a.date}) is politiek gevoelige samenwerking met ${a.service}, met wie op die dag geen geldende overeenkomst is gesloten, en de minister van Defensie heeft daarvoor geen schriftelijke toestemming gegeven. Is er geen samenwerkingsovereenkomst, dan vraagt politiek zeer gevoelige samenwerking schriftelijke toestemming van de minister (Aanwijzing SG A/946; CTIVD 22B §4.2). Leg de goedkeuring van de minister van de handeling vast, of werk samen onder een geldende overeenkomst.`,
    },
    sensitive: { en: (a) => `${a.act} is marked as politically sensitive.`, nl: (a) => `${a.act} is aangemerkt als politiek gevoelig.` },
    "not-in-force": { en: (a) => `${a.agreement} is not in force on ${a.date}.`, nl: (a) => `${a.agreement} is op ${a.date} niet van kracht.` },
    fix: { en: () => "Add the Minister's approval (date and reference to fill in)", nl: () => "Voeg de goedkeuring van de minister toe (datum en kenmerk in te vullen)" },
  },
  requires: { en: () => "Minister of Defence", nl: () => "minister van Defensie" },
  check(ctx) {
    // Through a domestic service the exchange rests on that service's relations (§5.5).
    const sensitive = (act: Decl) =>
      flag(act, "politically-sensitive") === true && !approvalsUncertain(act) && !viaDomestic(ctx.ws, act);
    for (const { act, day, atom, service, subject } of datedCounterparts(ctx, SUBSTANTIVE_KINDS, sensitive)) {
      // An international organisation's framework stands in for an agreement (ch. 8).
      if (isInternational(service) || agreementsInForce(ctx.ws, service.name, day).length > 0) continue;
      // The Minister's consent to the act, whenever dated (approval-after-activity reports a late one), or to the
      // cooperation with the service, given by the day of the act.
      if (approvals(act).some((a) => a.authority === MINISTER) || approvals(service).some((a) => a.authority === MINISTER && a.date <= day)) continue;
      const args = { act: act.name, date: formatDay(day), service: service.name };
      const at = fieldAt(act, "politically-sensitive")!;
      ctx.report({
        args, subject, start: atom.start, end: atom.end,
        related: [
          { file: ctx.file, start: at.start, end: at.end, message: "sensitive", args },
          ...agreementsOf(ctx.ws, service.name).slice(0, MAX_RELATED).map((o) => ({ file: o.file, ...nameOf(o), message: "not-in-force", args: { ...args, agreement: o.name } })),
        ],
        ...withFix(addLinesFix(ctx.file, act, [placeholder.approval(MINISTER)], "fix", true)),
      });
    }
  },
};
