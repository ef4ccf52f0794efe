// third-country-wording: art. 37 names the parties that may receive data, not countries.
import { firstValueAt, str } from "../model/access.js";
import { declsOf, type Rule } from "./rule.js";

/** Phrases that make countries, rather than services, the recipients (English and Dutch). */
const COUNTRY_PHRASE = /\b(?:third|other|another|any|foreign)\s+(?:countr(?:y|ies)|states?)\b|\b(?:derde|andere)\s+(?:land(?:en)?|staten?)\b/gi;

/**
 * Forces or operations placed in the countries ("forces deployed in third countries"): the countries are
 * where, not who receives. Only these words before "in": "services in third countries" still names countries.
 */
const PLACE_BEFORE = /\b(?:deployed|stationed|operating|operations?|missions?|forces|troops|units|eenheden|troepen|missies?|operaties?|ingezet|gestationeerd)\s+(?:in|within|throughout|binnen)\s+$/i;

/**
 * A country named as one case of the third parties the sentence already keeps the data from ("to any third
 * party, including an authority of another State"): that is the third-party rule itself, not a third-country rule.
 */
const INCLUDED_IN_THIRD_PARTIES = /\b(?:third[\s-]+part(?:y|ies)|derden|derde[\s-]+partij(?:en)?)\b[^.;:]*?\b(?:including|includes|included|such\s+as|in\s+particular|inclusief|waaronder|met\s+inbegrip\s+van|zoals)\b[^.;:]*$/i;

/** The sentence before offset `at` of a clause's text, up to 400 characters. */
function sentenceBefore(raw: string, at: number): string {
  const from = Math.max(0, at - 400);
  const before = raw.slice(from, at);
  const end = Math.max(before.lastIndexOf("."), before.lastIndexOf(";"), before.lastIndexOf(":"));
  return before.slice(end + 1);
}

export const rule: Rule = {
  id: "third-country-wording",
  section: "B",
  severity: "warning",
  summary: {
    en: "A clause that speaks of countries as recipients instead of parties.",
    nl: "Een bepaling die landen in plaats van partijen als ontvangers noemt.",
  },
  messages: {
    default: {
      en: (a) => `Clause ${a.clause} of ${a.agreement} speaks of '${a.phrase}' as recipients. Art. 37 Wiv 2002 lets data go only to the parties (services) that consent names, not to countries; the third-country practice was found unlawful (CTIVD 22B §5.3). Name the parties instead.`,
      nl: (a) => `Bepaling ${a.clause} van ${a.agreement} noemt '${a.phrase}' als ontvangers. Artikel 37 Wiv 2002 laat gegevens alleen gaan naar de partijen (diensten) die in de toestemming worden genoemd, niet naar landen; de derde-landregel is onrechtmatig bevonden (CTIVD 22B §5.3). Noem in plaats daarvan de partijen.`,
    },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "agreement")) {
      // Drafting rules judge what was concluded (signed, or terminated since), not a text still being negotiated.
      const status = str(d, "status");
      if (status !== "signed" && status !== "terminated") continue;
      for (const clause of d.blocks) {
        if (clause.spec?.name !== "clause") continue;
        const text = firstValueAt(clause, "text");
        if (!text || text.kind === "list") continue;
        // Search the source between the delimiters, so that the range points at the words as written.
        const raw = ctx.file.tree.text.slice(text.start, text.end);
        for (const m of raw.matchAll(COUNTRY_PHRASE)) {
          if (PLACE_BEFORE.test(raw.slice(Math.max(0, m.index - 60), m.index))) continue;
          if (INCLUDED_IN_THIRD_PARTIES.test(sentenceBefore(raw, m.index))) continue;
          const start = text.start + m.index;
          ctx.report({
            args: { clause: clause.syntax.label?.text ?? "", agreement: d.name, phrase: m[0].replace(/\s+/g, " ") },
            start, end: start + m[0].length,
          });
        }
      }
    }
  },
};
