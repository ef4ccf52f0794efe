// cooperation-without-assessment: substantive cooperation with a foreign service that the service leadership has not weighed beforehand.
import { date, flag } from "../model/access.js";
import { decidedOn, isInternational } from "../model/queries.js";
import { SUBSTANTIVE_KINDS } from "../model/schema/index.js";
import { datedCounterparts, viaDomestic } from "./helpers.js";
import { formatDay } from "../model/dates.js";
import { nameOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "cooperation-without-assessment",
  section: "B",
  severity: "error",
  summary: {
    en: "Substantive cooperation with a foreign service whose weighing the service leadership had not decided on by then.",
    nl: "Inhoudelijke samenwerking met een buitenlandse dienst waarvan de dienstleiding de wegingsnotitie toen nog niet had vastgesteld.",
  },
  messages: {
    none: {
      en: (a) => `${a.act} (${a.date}) cooperates with ${a.service}, which has never been weighed against the cooperation criteria. Art. 59 Wiv 2002 requires that written weighing, decided by the service leadership, before substantive cooperation (CTIVD 22B §4.1). Record a weighing of ${a.service} first, or mark incidental cooperation with 'ad-hoc: yes'.`,
      nl: (a) => `${a.act} (${a.date}) betreft samenwerking met ${a.service}, die nooit aan de samenwerkingscriteria is gewogen. Artikel 59 Wiv 2002 vraagt die schriftelijke weging, vastgesteld door de dienstleiding, vóór inhoudelijke samenwerking (CTIVD 22B §4.1). Leg eerst een wegingsnotitie van ${a.service} vast, of merk incidentele samenwerking aan met 'ad-hoc: yes'.`,
    },
    later: {
      en: (a) => `${a.act} (${a.date}) cooperates with ${a.service} before it was weighed: the first weighing, ${a.assessment}, is dated ${a.assessed}. Art. 59 Wiv 2002 requires the written weighing before substantive cooperation (CTIVD 22B §4.1). Check the dates, or mark incidental cooperation with 'ad-hoc: yes'.`,
      nl: (a) => `${a.act} (${a.date}) betreft samenwerking met ${a.service} vóórdat die was gewogen: de eerste wegingsnotitie, ${a.assessment}, dateert van ${a.assessed}. Artikel 59 Wiv 2002 vraagt de schriftelijke weging vóór inhoudelijke samenwerking (CTIVD 22B §4.1). Controleer de data, of merk incidentele samenwerking aan met 'ad-hoc: yes'.`,
    },
    undecided: {
      en: (a) => `${a.act} (${a.date}) cooperates with ${a.service} before the service leadership decided on its weighing: ${a.assessment} is dated ${a.assessed} but was approved only on ${a.decided}. The weighing must be decided at the level of the service leadership before substantive cooperation; a draft does not suffice (art. 59 Wiv 2002; CTIVD 22B §4.1). Check the dates, or mark incidental cooperation with 'ad-hoc: yes'.`,
      nl: (a) => `${a.act} (${a.date}) betreft samenwerking met ${a.service} vóórdat de dienstleiding over de weging had beslist: ${a.assessment} dateert van ${a.assessed} maar is pas op ${a.decided} goedgekeurd. De weging moet op het niveau van de dienstleiding zijn vastgesteld vóór inhoudelijke samenwerking; een concept volstaat niet (art. 59 Wiv 2002; CTIVD 22B §4.1). Controleer de data, of merk incidentele samenwerking aan met 'ad-hoc: yes'.`,
    },
    first: { en: (a) => `The first weighing of ${a.service}.`, nl: (a) => `De eerste wegingsnotitie van ${a.service}.` },
    approved: { en: (a) => `${a.assessment} was approved by the service leadership on ${a.decided}.`, nl: (a) => `${a.assessment} is op ${a.decided} door de dienstleiding goedgekeurd.` },
  },
  check(ctx) {
    // Incidental cooperation has a rule of its own; an exchange through a domestic service rests on that
    // service's weighing (§5.5); cooperation inside an international organisation's framework needs none (ch. 8).
    const acts = datedCounterparts(ctx, SUBSTANTIVE_KINDS, (act) => flag(act, "ad-hoc") !== true && !viaDomestic(ctx.ws, act));
    for (const { act: d, day, atom, service, subject } of acts) {
      if (isInternational(service)) continue;
      const assessments = ctx.ws.assessmentsOf(service.name);
      if (assessments.some((a) => decidedOn(a) <= day)) continue;
      const first = assessments[0];
      const drafted = assessments.find((a) => date(a, "date")! <= day);
      const shown = drafted ?? first;
      const args = {
        act: d.name, date: formatDay(day), service: service.name, assessment: shown?.name ?? "",
        assessed: shown ? formatDay(date(shown, "date")!) : "", decided: shown ? formatDay(decidedOn(shown)) : "",
      };
      const message = drafted ? "undecided" : first ? "later" : "none";
      ctx.report({
        message, subject, args, start: atom.start, end: atom.end,
        ...(shown ? { related: [{ file: shown.file, ...nameOf(shown), message: drafted ? "approved" : "first", args }] } : {}),
      });
    }
  },
};
