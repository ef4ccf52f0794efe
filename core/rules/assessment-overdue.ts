// assessment-overdue: a weighing is not static; activities after its review date, and reviews past due today.
import { date, fieldAt, firstIdent } from "../model/access.js";
import { ACTIVITY_KINDS } from "../model/schema/index.js";
import { currentAssessment, isInternational, latestAssessment, reviewBy } from "../model/queries.js";
import { datedCounterparts, valueRange } from "./helpers.js";
import { formatDay } from "../model/dates.js";
import { declsOf, nameOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "assessment-overdue",
  section: "B",
  severity: "warning",
  summary: {
    en: "Cooperation that relies on a weighing past its review date, or a latest weighing whose review is due.",
    nl: "Samenwerking die steunt op een wegingsnotitie waarvan de herziening verstreken is, of een laatste weging die aan herziening toe is.",
  },
  messages: {
    activity: {
      en: (a) => `${a.act} (${a.date}) relies on the weighing ${a.assessment} of ${a.service}, whose review fell due on ${a.review}. The weighing of a partner is not static and must be repeated (CTIVD 22B §4.3). Review the weighing of ${a.service}.`,
      nl: (a) => `${a.act} (${a.date}) steunt op de wegingsnotitie ${a.assessment} van ${a.service}, die op ${a.review} herzien had moeten worden. De weging van een partner is niet statisch en moet worden herhaald (CTIVD 22B §4.3). Herzie de weging van ${a.service}.`,
    },
    assessment: {
      en: (a) => `The weighing ${a.assessment} of ${a.service} was due for review on ${a.review}, and no later weighing exists (today is ${a.today}). The weighing is not static (CTIVD 22B §4.3): review it and record the new weighing.`,
      nl: (a) => `De wegingsnotitie ${a.assessment} van ${a.service} had op ${a.review} herzien moeten worden, en er is geen latere weging (vandaag is het ${a.today}). De weging is niet statisch (CTIVD 22B §4.3): herzie haar en leg de nieuwe weging vast.`,
    },
    due: { en: (a) => `${a.assessment} falls due for review on ${a.review}.`, nl: (a) => `${a.assessment} moet op ${a.review} worden herzien.` },
  },
  check(ctx) {
    for (const { act: d, day, atom, service, subject } of datedCounterparts(ctx, ACTIVITY_KINDS)) {
      // Cooperation inside an international organisation does not rest on a weighing of it (ch. 8).
      if (isInternational(service)) continue;
      const a = currentAssessment(ctx.ws, service.name, day);
      const review = a ? reviewBy(a, ctx.configOf) : undefined;
      if (!a || review === undefined || day <= review) continue;
      const args = { act: d.name, date: formatDay(day), assessment: a.name, service: service.name, review: formatDay(review) };
      ctx.report({ message: "activity", args, subject, start: atom.start, end: atom.end, related: [{ file: a.file, ...nameOf(a), message: "due", args }] });
    }
    for (const a of declsOf(ctx, "assessment")) {
      const name = firstIdent(fieldAt(a, "service"));
      if (!name || date(a, "date") === undefined || latestAssessment(ctx.ws, name) !== a) continue;
      const review = reviewBy(a, ctx.configOf);
      if (review === undefined || ctx.today <= review) continue;
      const args = { assessment: a.name, service: name, review: formatDay(review), today: formatDay(ctx.today) };
      ctx.report({ message: "assessment", args, ...(valueRange(a, "review-by") ?? nameOf(a)) });
    }
  },
};
