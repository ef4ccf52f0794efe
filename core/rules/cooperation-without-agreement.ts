// cooperation-without-agreement: cooperate under an agreement in force whose scope takes in the data, or with the Secretary-General's approval.
import { firstApprovalBy } from "../model/access.js";
import type { Decl } from "../model/bound.js";
import { agreementsInForce, agreementsOf, covers, isInternational } from "../model/queries.js";
import { SUBSTANTIVE_KINDS } from "../model/schema/index.js";
import { datedCounterparts, viaDomestic } from "./helpers.js";
import { dataForms, formAt } from "./form-not-permitted.js";
import { formatDay } from "../model/dates.js";
import { joinAnd, valuesWords } from "./terms.js";
import { MAX_RELATED, nameOf, type Rule } from "./rule.js";

/** Authorities whose approval allows cooperation without an agreement, or beyond its scope (Directive SG A/946). */
const WAIVERS = ["secretary-general", "minister-of-defence"];

/**
 * Whether cooperation without an agreement was approved for this act: on the service, dated on or before the
 * act; or on the act itself. An approval on the act dated after it is reported, once, by approval-after-activity.
 */
function waived(service: Decl, act: Decl, day: number): boolean {
  const onService = firstApprovalBy(service, WAIVERS);
  return (onService !== undefined && onService <= day) || firstApprovalBy(act, WAIVERS) !== undefined;
}

/** The arguments every message of the rule takes; made only for a finding, as most acts of a register have none. */
const argsOf = (act: Decl, day: number, service: Decl) => ({ act: act.name, date: formatDay(day), service: service.name });

export const rule: Rule = {
  id: "cooperation-without-agreement",
  section: "B",
  severity: "warning",
  contextArgs: ["count", "agreements"],
  summary: {
    en: "Substantive cooperation with a service that is party to no agreement in force, or data given beyond the scope of the agreements in force, without the Secretary-General's approval.",
    nl: "Inhoudelijke samenwerking met een dienst zonder geldende overeenkomst, of verstrekking buiten de reikwijdte van de geldende overeenkomsten, zonder goedkeuring van de secretaris-generaal.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} (${a.date}) cooperates with ${a.service}, which is party to no agreement in force on that day, and cooperation with it without an agreement has not been approved by the Secretary-General of Defence by then (Directive SG A/946; CTIVD 22B §4.2). Conclude an agreement, or record the Secretary-General's approval on service ${a.service}.`,
      nl: (a) => `${a.act} (${a.date}) betreft samenwerking met ${a.service}, met wie op die dag geen geldende overeenkomst is gesloten, terwijl de secretaris-generaal van Defensie samenwerking zonder overeenkomst toen niet had goedgekeurd (Aanwijzing SG A/946; CTIVD 22B §4.2). Sluit een overeenkomst, of leg de goedkeuring van de secretaris-generaal vast bij dienst ${a.service}.`,
    },
    scope: {
      en: (a) => `${a.act} (${a.date}) involves ${valuesWords("agreement", "covers", a.forms, "en")}, which ${a.count === "1" ? `the agreement in force with ${a.service} on that day, ${a.agreements}, does not cover` : `none of the agreements in force with ${a.service} on that day (${joinAnd(a.agreements!.split(","), "en")}) covers`}. Before giving data, the service establishes that it falls within the scope of the cooperation agreement (CTIVD 22B §5.1; Directive SG A/946). Extend the agreement, or record the Secretary-General's approval.`,
      nl: (a) => `${a.act} (${a.date}) omvat ${valuesWords("agreement", "covers", a.forms, "nl")}, wat ${a.count === "1" ? `de op die dag geldende overeenkomst met ${a.service}, ${a.agreements}, niet dekt` : `geen van de op die dag geldende overeenkomsten met ${a.service} (${joinAnd(a.agreements!.split(","), "nl")}) dekt`}. Voordat de dienst gegevens verstrekt, stelt hij vast dat de verstrekking binnen de reikwijdte van de samenwerkingsovereenkomst valt (CTIVD 22B §5.1; Aanwijzing SG A/946). Breid de overeenkomst uit, of leg de goedkeuring van de secretaris-generaal vast.`,
    },
    "not-in-force": { en: (a) => `${a.agreement} is not in force on ${a.date}.`, nl: (a) => `${a.agreement} is op ${a.date} niet van kracht.` },
    "in-force": {
      en: (a) => `${a.agreement} is in force on ${a.date} but does not cover ${valuesWords("agreement", "covers", a.forms, "en")}.`,
      nl: (a) => `${a.agreement} is op ${a.date} van kracht maar dekt geen ${valuesWords("agreement", "covers", a.forms, "nl")}.`,
    },
  },
  check(ctx) {
    // An exchange through a domestic service rests on that service's agreements (CTIVD 22B §5.5).
    for (const { act: d, day, atom, service, subject } of datedCounterparts(ctx, SUBSTANTIVE_KINDS, (act) => !viaDomestic(ctx.ws, act))) {
      // Cooperation inside an international organisation rests on its framework, not on an agreement (ch. 8).
      if (isInternational(service) || waived(service, d, day)) continue;
      const inForce = agreementsInForce(ctx.ws, service.name, day);
      if (inForce.length === 0) {
        const others = agreementsOf(ctx.ws, service.name);
        const said = argsOf(d, day, service);
        ctx.report({
          args: said, subject, start: atom.start, end: atom.end,
          related: others.slice(0, MAX_RELATED).map((o) => ({ file: o.file, ...nameOf(o), message: "not-in-force", args: { ...said, agreement: o.name } })),
        });
        continue;
      }
      const outside = dataForms(d).filter(({ form }) => !inForce.some((a) => covers(ctx.ws, a, form, day)));
      if (outside.length === 0) continue;
      const scope = { ...argsOf(d, day, service), forms: outside.map((f) => f.form).join(","), agreements: inForce.map((a) => a.name).join(","), count: String(inForce.length) };
      ctx.report({
        message: "scope", args: scope, subject, ...(formAt(d, outside[0]!) ?? { start: atom.start, end: atom.end }),
        related: inForce.slice(0, MAX_RELATED).map((o) => ({ file: o.file, ...nameOf(o), message: "in-force", args: { ...scope, agreement: o.name } })),
      });
    }
  },
};
