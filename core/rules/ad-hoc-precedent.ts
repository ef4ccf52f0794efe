// ad-hoc-precedent: incidental cooperation must not become the rule; a second one calls for a weighing.
import { flag } from "../model/access.js";
import type { Decl } from "../model/bound.js";
import { currentAssessment, isInternational } from "../model/queries.js";
import { ACTIVITY_KINDS } from "../model/schema/index.js";
import { before } from "../model/concerns.js";
import { actDate, datedCounterparts, viaDomestic } from "./helpers.js";
import { formatDay } from "../model/dates.js";
import { nameOf, type Rule } from "./rule.js";

/** Earlier in time, or on the same day earlier in the workspace. */
function earlier(a: Decl, b: Decl): boolean {
  const da = actDate(a)!;
  const db = actDate(b)!;
  return da < db || (da === db && before(a, b));
}

export const rule: Rule = {
  id: "ad-hoc-precedent",
  section: "B",
  severity: "warning",
  contextArgs: ["count", "first"],
  summary: {
    en: "A second or later incidental cooperation with a service that still has not been weighed.",
    nl: "Een tweede of latere incidentele samenwerking met een dienst die nog steeds niet is gewogen.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} (${a.date}) is incidental cooperation number ${a.count} with ${a.service}, which still has not been weighed; the first was ${a.first}. Incidental cooperation must not set a precedent and become the rule (CTIVD 22B §4.1): weigh ${a.service} against the cooperation criteria before cooperating again.`,
      nl: (a) => `${a.act} (${a.date}) is de ${a.count}e incidentele samenwerking met ${a.service}, die nog steeds niet is gewogen; de eerste was ${a.first}. Incidentele samenwerking mag niet precedentscheppend werken en de standaard worden (CTIVD 22B §4.1): weeg ${a.service} aan de samenwerkingscriteria voordat opnieuw wordt samengewerkt.`,
    },
    first: { en: (a) => `The first incidental cooperation with ${a.service}.`, nl: (a) => `De eerste incidentele samenwerking met ${a.service}.` },
  },
  check(ctx) {
    // Incidental cooperation that sets a precedent: not through a domestic service, whose weighing the exchange
    // rests on (§5.5), and not inside an international organisation, which needs no weighing of its own (ch. 8).
    const incidental = (act: Decl) => flag(act, "ad-hoc") === true && !viaDomestic(ctx.ws, act);
    for (const { act: d, day, atom, service, subject } of datedCounterparts(ctx, ACTIVITY_KINDS, incidental)) {
      if (isInternational(service) || currentAssessment(ctx.ws, service.name, day)) continue;
      // The incidental acts with the service in order of time, once for the whole workspace. Only their first lines are
      // read from the answer (name, place), which stay while their files rest.
      const order = ctx.ws.memo(`ad-hoc-precedent:${service.name}`, () => {
        const acts = ctx.ws.activitiesWith(service.name).filter((o) => incidental(o) && actDate(o) !== undefined).sort((x, y) => (earlier(x, y) ? -1 : 1));
        return { first: acts[0], place: new Map(acts.map((a, i) => [a, i])) };
      });
      const previous = order.place.get(d) ?? 0;
      if (previous === 0) continue;
      const first = order.first!;
      const args = { act: d.name, date: formatDay(day), count: String(previous + 1), service: service.name, first: first.name };
      ctx.report({ args, subject, start: atom.start, end: atom.end, related: [{ file: first.file, ...nameOf(first), message: "first", args }] });
    }
  },
};
