// cooperation-without-agreement: cooperate under an agreement in force, or with the Secretary-General's approval.
import { approvals } from "../model/access.js";
import { agreementsInForce, agreementsOf } from "../model/queries.js";
import { SUBSTANTIVE_KINDS } from "../model/schema/index.js";
import { datedCounterparts } from "./helpers.js";
import { formatDay } from "../model/dates.js";
import { nameOf, type Rule } from "./rule.js";

/** Approvals on a service that allow cooperation without an agreement (Directive SG A/946). */
const WAIVERS = ["secretary-general", "minister-of-defence"];

export const rule: Rule = {
  id: "cooperation-without-agreement",
  section: "B",
  severity: "warning",
  summary: {
    en: "Substantive cooperation with a service that is party to no agreement in force, without the Secretary-General's approval.",
    nl: "Inhoudelijke samenwerking met een dienst zonder geldende overeenkomst en zonder goedkeuring van de secretaris-generaal.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} (${a.date}) cooperates with ${a.service}, which is party to no agreement in force on that day, and cooperation with it without an agreement has not been approved by the Secretary-General of Defence (Directive SG A/946; CTIVD 22B §4.2). Conclude an agreement, or record the Secretary-General's approval on service ${a.service}.`,
      nl: (a) => `${a.act} (${a.date}) betreft samenwerking met ${a.service}, met wie op die dag geen geldende overeenkomst is gesloten, terwijl de secretaris-generaal van Defensie samenwerking zonder overeenkomst niet heeft goedgekeurd (Aanwijzing SG A/946; CTIVD 22B §4.2). Sluit een overeenkomst, of leg de goedkeuring van de secretaris-generaal vast bij dienst ${a.service}.`,
    },
    "not-in-force": { en: (a) => `${a.agreement} is not in force on ${a.date}.`, nl: (a) => `${a.agreement} is op ${a.date} niet van kracht.` },
  },
  check(ctx) {
    for (const { act: d, day, atom, service } of datedCounterparts(ctx, SUBSTANTIVE_KINDS)) {
      if (approvals(service).some((a) => WAIVERS.includes(a.authority))) continue;
      if (agreementsInForce(ctx.ws, service.name, day).length > 0) continue;
      const args = { act: d.name, date: formatDay(day), service: service.name };
      const others = agreementsOf(ctx.ws, service.name);
      ctx.report({
        args, start: atom.start, end: atom.end,
        related: others.map((o) => ({ file: o.file, ...nameOf(o), message: "not-in-force", args: { ...args, agreement: o.name } })),
      });
    }
  },
};
