// originator-consent-missing: data received from a partner goes on only with that partner's consent (third-party rule).
import { fieldAt, has } from "../model/access.js";
import { addLinesFix, placeholder, withFix } from "./helpers.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "originator-consent-missing",
  section: "C",
  severity: "error",
  summary: {
    en: "Data that came from another service passed on without that service's consent.",
    nl: "Gegevens van een andere dienst doorgegeven zonder toestemming van die dienst.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} passes on data that came from ${a.originator}, without recording ${a.originator}'s consent. Under the third-party rule, data received from a service is passed on only with the consent of that service (CTIVD 22B §8.1). Record the date of consent with 'originator-consent:'.`,
      nl: (a) => `${a.act} geeft gegevens door die afkomstig zijn van ${a.originator}, zonder de toestemming van ${a.originator} vast te leggen. Volgens de derde-partijregel worden van een dienst ontvangen gegevens alleen met toestemming van die dienst verder verstrekt (CTIVD 22B §8.1). Leg de datum van de toestemming vast met 'originator-consent:'.`,
    },
    fix: { en: () => "Add the date of the originator's consent (to fill in)", nl: () => "Voeg de datum van de toestemming van de herkomstdienst toe (in te vullen)" },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      const originator = fieldAt(d, "originator");
      if (!originator || has(d, "originator-consent")) continue;
      const name = originator.values[0]?.kind === "ident" ? originator.values[0].text : "";
      ctx.report({
        args: { act: d.name, originator: name }, start: originator.start, end: originator.end,
        ...withFix(addLinesFix(ctx.file, d, [`originator-consent: ${placeholder.date}`], "fix", true)),
      });
    }
  },
};
