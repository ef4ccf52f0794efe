// agreement-not-reviewed: the Ministry of Defence tests an agreement, and each amendment of it, before it is signed.
import { date, fieldAt, reference, str } from "../model/access.js";
import { addLinesFix, placeholder, valueRange, withFix } from "./helpers.js";
import { formatDay } from "../model/dates.js";
import { declsOf, nameOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "agreement-not-reviewed",
  section: "B",
  severity: "warning",
  summary: {
    en: "A signed agreement or amendment that the Ministry of Defence did not review before signing.",
    nl: "Een ondertekende overeenkomst of wijziging die het ministerie van Defensie niet vóór ondertekening heeft getoetst.",
  },
  messages: {
    missing: {
      en: (a) => `${a.agreement} has been signed but records no review by the Ministry of Defence. Under Directive SG A/946 the Ministry tests cooperation agreements, and every amendment to them, on operational, policy and legal grounds before they are concluded (CTIVD 22B §4.2). Record the date and reference of that review: 'ministry-review: <date> "<reference>"'.`,
      nl: (a) => `${a.agreement} is ondertekend maar vermeldt geen toetsing door het ministerie van Defensie. Volgens Aanwijzing SG A/946 toetst het ministerie samenwerkingsovereenkomsten, en elke wijziging daarvan, vooraf op operationele, beleidsmatige en juridische aspecten (CTIVD 22B §4.2). Leg datum en kenmerk van die toetsing vast: 'ministry-review: <datum> "<kenmerk>"'.`,
    },
    late: {
      en: (a) => `${a.agreement} was reviewed by the Ministry of Defence on ${a.review}${a.reference ? ` (${a.reference})` : ""}, after it was signed on ${a.signed}: the test must come before signing (Directive SG A/946; CTIVD 22B §4.2). Check the dates; if they are right, the agreement was concluded untested.`,
      nl: (a) => `${a.agreement} is op ${a.review}${a.reference ? ` (${a.reference})` : ""} door het ministerie van Defensie getoetst, ná ondertekening op ${a.signed}: de toetsing moet aan ondertekening voorafgaan (Aanwijzing SG A/946; CTIVD 22B §4.2). Controleer de data; kloppen zij, dan is de overeenkomst ongetoetst gesloten.`,
    },
    fix: { en: () => "Add the date and reference of the Ministry's review (to fill in)", nl: () => "Voeg datum en kenmerk van de toetsing door het ministerie toe (in te vullen)" },
  },
  requires: { en: () => "ministry review", nl: () => "toetsing ministerie" },
  check(ctx) {
    for (const d of declsOf(ctx, "agreement")) {
      // Whatever became of it since (terminated included), an agreement is reviewed before it is signed; a draft
      // or one under negotiation is not signed yet.
      const status = str(d, "status");
      if (status === undefined || status === "draft" || status === "negotiation") continue;
      const signed = date(d, "signed");
      const review = date(d, "ministry-review");
      if (!fieldAt(d, "ministry-review")) {
        ctx.report({ message: "missing", args: { agreement: d.name }, ...nameOf(d), ...withFix(addLinesFix(ctx.file, d, [`ministry-review: ${placeholder.date} ${placeholder.reference}`], "fix", true)) });
      } else if (review !== undefined && signed !== undefined && review > signed) {
        ctx.report({ message: "late", args: { agreement: d.name, review: formatDay(review), reference: reference(d, "ministry-review") ?? "", signed: formatDay(signed) }, ...valueRange(d, "ministry-review")! });
      }
    }
  },
};
