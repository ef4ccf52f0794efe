// assessment-incomplete: a weighing must rate all five cooperation criteria and motivate each rating.
import { fieldAt, firstValueAt, rating } from "../model/access.js";
import { INVALID } from "../model/bound.js";
import { criteriaOf } from "../model/queries.js";
import { CRITERIA } from "../model/schema/index.js";
import { criteriaWords, criterionWord } from "./terms.js";
import { declsOf, keywordOf, nameOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "assessment-incomplete",
  section: "B",
  severity: "error",
  summary: {
    en: "A weighing that lacks a cooperation criterion, or the motivation of a rating.",
    nl: "Een wegingsnotitie waarin een samenwerkingscriterium of de motivering van een beoordeling ontbreekt.",
  },
  messages: {
    "no-criteria": {
      en: (a) => `${a.name} weighs no cooperation criteria: whether and how far ${a.service} qualifies depends on human rights, professionalism, international obligations, task performance and reciprocity, each rated and motivated (art. 59 Wiv 2002; CTIVD 22B §3.2, §4.1). Add a 'criteria { … }' block.`,
      nl: (a) => `${a.name} weegt geen samenwerkingscriteria: of en in welke mate ${a.service} in aanmerking komt, hangt af van mensenrechten, professionaliteit, internationale verplichtingen, taakuitvoering en wederkerigheid, elk beoordeeld en gemotiveerd (art. 59 Wiv 2002; CTIVD 22B §3.2, §4.1). Voeg een blok 'criteria { … }' toe.`,
    },
    missing: {
      en: (a) => `The weighing ${a.name} does not rate ${criteriaWords(a.missing, "en")}: all five cooperation criteria must be weighed (CTIVD 22B §3.2, §4.1). Add a rating ('met', 'doubtful' or 'not-met') with its motivation for each.`,
      nl: (a) => `De wegingsnotitie ${a.name} beoordeelt ${criteriaWords(a.missing, "nl")} niet: alle vijf samenwerkingscriteria moeten worden gewogen (CTIVD 22B §3.2, §4.1). Voeg voor elk een beoordeling ('met', 'doubtful' of 'not-met') met motivering toe.`,
    },
    unmotivated: {
      en: (a) => `The rating of ${criterionWord(a.criterion!, "en")} in ${a.name} has no motivation: the weighing must show why (CTIVD 22B §4.1). Add the motivation after the rating: '${a.criterion}: ${a.rating} "…"'.`,
      nl: (a) => `De beoordeling van ${criterionWord(a.criterion!, "nl")} in ${a.name} is niet gemotiveerd: de weging moet laten zien waarom (CTIVD 22B §4.1). Zet de motivering na de beoordeling: '${a.criterion}: ${a.rating} "…"'.`,
    },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "assessment")) {
      const criteria = criteriaOf(d);
      const service = firstValueAt(d, "service");
      const base = { name: d.name, service: service && service.kind !== "list" ? service.text : "" };
      if (!criteria) {
        ctx.report({ message: "no-criteria", args: base, ...nameOf(d) });
        continue;
      }
      const missing = CRITERIA.filter((c) => !fieldAt(criteria, c));
      if (missing.length > 0) ctx.report({ message: "missing", args: { ...base, missing: missing.join(",") }, ...keywordOf(criteria) });
      for (const c of CRITERIA) {
        const f = fieldAt(criteria, c);
        const r = rating(criteria, c);
        if (!f || f.data === INVALID || !r || (r.motivation !== null && r.motivation.trim() !== "")) continue;
        ctx.report({ message: "unmotivated", args: { ...base, criterion: c, rating: r.rating }, start: f.start, end: f.end });
      }
    }
  },
};
