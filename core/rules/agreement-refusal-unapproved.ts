// agreement-refusal-unapproved: cooperation with a service that refuses any agreement needs the Secretary-General's approval.
import { approvals, approvalsUncertain, fieldAt, flag } from "../model/access.js";
import { isForeign, isInternational } from "../model/queries.js";
import { addLinesFix, placeholder, withFix } from "./helpers.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "agreement-refusal-unapproved",
  section: "B",
  severity: "warning",
  summary: {
    en: "A service that refuses any agreement, without the Secretary-General's approval of the cooperation.",
    nl: "Een dienst die geen overeenkomst wil sluiten, zonder goedkeuring van de samenwerking door de secretaris-generaal.",
  },
  messages: {
    default: {
      en: (a) => `${a.service} will not sign an agreement, and the cooperation with it has not been approved by the Secretary-General of Defence. Cooperation with services that refuse an agreement is submitted to the Secretary-General for approval (CTIVD 22B §4.2). Record that approval on ${a.service}.`,
      nl: (a) => `${a.service} wil geen overeenkomst sluiten, en de samenwerking is niet goedgekeurd door de secretaris-generaal van Defensie. Samenwerking met diensten die geen overeenkomst willen sluiten, wordt ter goedkeuring voorgelegd aan de secretaris-generaal (CTIVD 22B §4.2). Leg die goedkeuring vast bij ${a.service}.`,
    },
    fix: { en: () => "Add the Secretary-General's approval (date and reference to fill in)", nl: () => "Voeg de goedkeuring van de secretaris-generaal toe (datum en kenmerk in te vullen)" },
  },
  requires: { en: () => "Secretary-General", nl: () => "secretaris-generaal" },
  check(ctx) {
    for (const d of declsOf(ctx, "service")) {
      // Only foreign partners are asked for an agreement (§4.2), and not an international organisation, whose
      // framework stands in for one (ch. 8).
      if (flag(d, "refuses-agreement") !== true || !isForeign(ctx.ws, d) || isInternational(d)) continue;
      if (approvalsUncertain(d) || approvals(d).some((a) => a.authority === "secretary-general")) continue;
      const at = fieldAt(d, "refuses-agreement")!;
      ctx.report({ args: { service: d.name }, start: at.start, end: at.end, ...withFix(addLinesFix(ctx.file, d, [placeholder.approval("secretary-general")], "fix", true)) });
    }
  },
};
