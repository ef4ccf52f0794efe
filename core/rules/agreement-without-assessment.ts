// agreement-without-assessment: a signed agreement does not replace the weighing of the partner.
import { refs, str } from "../model/access.js";
import { isForeign, isInternational } from "../model/queries.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "agreement-without-assessment",
  section: "B",
  severity: "warning",
  summary: {
    en: "A signed agreement with a foreign party that has never been weighed.",
    nl: "Een ondertekende overeenkomst met een buitenlandse partij die nooit is gewogen.",
  },
  messages: {
    default: {
      en: (a) => `${a.agreement} is signed with ${a.service}, which has never been weighed against the cooperation criteria. An agreement does not mean that the weighing was made, and it does not replace it (CTIVD 22B §4.2). Record an assessment of ${a.service}.`,
      nl: (a) => `${a.agreement} is ondertekend met ${a.service}, die nooit aan de samenwerkingscriteria is gewogen. Een overeenkomst betekent niet dat de weging is gemaakt, en vervangt haar niet (CTIVD 22B §4.2). Leg een wegingsnotitie van ${a.service} vast.`,
    },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "agreement")) {
      // An amendment is part of the agreement it amends, which speaks for both.
      if (str(d, "status") !== "signed" || str(d, "form") === "amendment") continue;
      for (const atom of refs(d, "parties") ?? []) {
        const service = ctx.ws.service(atom.text);
        // A domestic party is no partner to weigh; an international organisation's framework needs no weighing (ch. 8).
        if (!service || !isForeign(ctx.ws, service) || isInternational(service) || ctx.ws.assessmentsOf(service.name).length > 0) continue;
        ctx.report({ args: { agreement: d.name, service: service.name }, start: atom.start, end: atom.end });
      }
    }
  },
};
