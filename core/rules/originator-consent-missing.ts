// originator-consent-missing: data received from a foreign partner goes on to another foreign service only with that partner's consent (third-party rule).
import { date, fieldAt, firstIdent, has, refs } from "../model/access.js";
import { isForeign } from "../model/queries.js";
import { addLinesFix, foreignNames, placeholder, valueRange, withFix } from "./helpers.js";
import { formatDay } from "../model/dates.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "originator-consent-missing",
  section: "C",
  severity: "warning",
  summary: {
    en: "Data that came from a foreign service passed on without that service's consent.",
    nl: "Gegevens van een buitenlandse dienst doorgegeven zonder toestemming van die dienst.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} passes on data that came from ${a.originator}, without recording ${a.originator}'s consent. Under the third-party rule, data that comes from a foreign service is not passed on without that service's express consent (CTIVD 22B §8.1). Record the date of consent with 'originator-consent:'.`,
      nl: (a) => `${a.act} geeft gegevens door die afkomstig zijn van ${a.originator}, zonder de toestemming van ${a.originator} vast te leggen. Volgens de derde-partijregel worden gegevens die van een buitenlandse dienst afkomstig zijn niet zonder uitdrukkelijke toestemming van die dienst verder verstrekt (CTIVD 22B §8.1). Leg de datum van de toestemming vast met 'originator-consent:'.`,
    },
    late: {
      en: (a) => `${a.originator} consented to passing on its data on ${a.consent}, after ${a.act} gave it on ${a.date}: the consent must come first (CTIVD 22B §8.1). Check the dates; if they are right, the data was passed on without consent.`,
      nl: (a) => `${a.originator} stemde op ${a.consent} in met het doorgeven van zijn gegevens, ná ${a.act} op ${a.date}: de toestemming moet voorafgaan (CTIVD 22B §8.1). Controleer de data; kloppen zij, dan zijn de gegevens zonder toestemming doorgegeven.`,
    },
    fix: { en: () => "Add the date of the originator's consent (to fill in)", nl: () => "Voeg de datum van de toestemming van de herkomstdienst toe (in te vullen)" },
  },
  requires: { en: () => "originator's consent", nl: () => "toestemming herkomstdienst" },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      const originator = fieldAt(d, "originator");
      const from = refs(d, "originator")?.[0];
      const service = from ? ctx.ws.service(from.text) : undefined;
      // Our own data, or a domestic service's, is not what §8.1 speaks of; data given back to the service it came from needs no consent.
      if (!originator || (service && !isForeign(ctx.ws, service))) continue;
      const name = firstIdent(originator) ?? "";
      if (!foreignNames(ctx.ws, d).some((n) => n !== name)) continue;
      if (has(d, "originator-consent")) {
        const consent = date(d, "originator-consent");
        const day = date(d, "date");
        if (consent !== undefined && day !== undefined && consent > day) {
          ctx.report({ message: "late", args: { act: d.name, originator: name, consent: formatDay(consent), date: formatDay(day) }, ...valueRange(d, "originator-consent")! });
        }
        continue;
      }
      ctx.report({
        args: { act: d.name, originator: name }, start: originator.start, end: originator.end,
        ...withFix(addLinesFix(ctx.file, d, [`originator-consent: ${placeholder.date}`], "fix", true)),
      });
    }
  },
};
