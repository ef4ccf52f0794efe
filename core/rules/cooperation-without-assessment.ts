// cooperation-without-assessment: substantive cooperation with a foreign service that has not been weighed beforehand.
import { date, flag } from "../model/access.js";
import { SUBSTANTIVE_KINDS } from "../model/schema/index.js";
import { datedCounterparts } from "./helpers.js";
import { formatDay } from "../model/dates.js";
import { nameOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "cooperation-without-assessment",
  section: "B",
  severity: "error",
  summary: {
    en: "Substantive cooperation with a foreign service that has no weighing dated on or before it.",
    nl: "Inhoudelijke samenwerking met een buitenlandse dienst zonder wegingsnotitie van die datum of eerder.",
  },
  messages: {
    none: {
      en: (a) => `${a.act} (${a.date}) cooperates with ${a.service}, which has never been weighed against the cooperation criteria. Art. 59 Wiv 2002 requires that written weighing, by the service leadership, before substantive cooperation (CTIVD 22B §4.1). Record an assessment of ${a.service} first, or mark incidental cooperation with 'ad-hoc: yes'.`,
      nl: (a) => `${a.act} (${a.date}) betreft samenwerking met ${a.service}, die nooit aan de samenwerkingscriteria is gewogen. Artikel 59 Wiv 2002 vraagt die schriftelijke weging door de dienstleiding vóór inhoudelijke samenwerking (CTIVD 22B §4.1). Leg eerst een wegingsnotitie van ${a.service} vast, of merk incidentele samenwerking aan met 'ad-hoc: yes'.`,
    },
    later: {
      en: (a) => `${a.act} (${a.date}) cooperates with ${a.service} before it was weighed: the first weighing, ${a.assessment}, is dated ${a.assessed}. Art. 59 Wiv 2002 requires the written weighing before substantive cooperation (CTIVD 22B §4.1). Check the dates, or mark incidental cooperation with 'ad-hoc: yes'.`,
      nl: (a) => `${a.act} (${a.date}) betreft samenwerking met ${a.service} vóórdat die was gewogen: de eerste wegingsnotitie, ${a.assessment}, dateert van ${a.assessed}. Artikel 59 Wiv 2002 vraagt de schriftelijke weging vóór inhoudelijke samenwerking (CTIVD 22B §4.1). Controleer de data, of merk incidentele samenwerking aan met 'ad-hoc: yes'.`,
    },
    first: { en: (a) => `The first weighing of ${a.service}.`, nl: (a) => `De eerste wegingsnotitie van ${a.service}.` },
  },
  check(ctx) {
    for (const { act: d, day, atom, service } of datedCounterparts(ctx, SUBSTANTIVE_KINDS, (act) => flag(act, "ad-hoc") !== true)) {
      const assessments = ctx.ws.assessmentsOf(service.name);
      const first = assessments[0];
      if (first && date(first, "date")! <= day) continue;
      const args = { act: d.name, date: formatDay(day), service: service.name, assessment: first?.name ?? "", assessed: first ? formatDay(date(first, "date")!) : "" };
      ctx.report({
        message: first ? "later" : "none", args, start: atom.start, end: atom.end,
        ...(first ? { related: [{ file: first.file, ...nameOf(first), message: "first", args }] } : {}),
      });
    }
  },
};
