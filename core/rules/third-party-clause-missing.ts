// third-party-clause-missing: an agreement under which data is exchanged must lay down the third-party rule (art. 37).
import { list, str } from "../model/access.js";
import type { Decl } from "../model/bound.js";
import { addLinesFix, valueRange, withFix } from "./helpers.js";
import { declsOf, nameOf, type Rule } from "./rule.js";

const DATA_FORMS = ["general-data", "personal-data", "raw-data", "bulk-data"];

function nextClauseNumber(d: Decl): string {
  let max = 0;
  for (const b of d.blocks) if (b.spec?.name === "clause" && b.syntax.label?.kind === "number") max = Math.max(max, Math.floor(Number(b.syntax.label.text)));
  return String(max + 1);
}

export const rule: Rule = {
  id: "third-party-clause-missing",
  section: "B",
  severity: "warning",
  summary: {
    en: "An agreement covering the exchange of data without a third-party clause.",
    nl: "Een overeenkomst die gegevensuitwisseling dekt, zonder bepaling over de derde-partijregel.",
  },
  messages: {
    default: {
      en: (a) => `${a.agreement} covers ${a.forms} but has no clause on onward disclosure ('concerns: third-party-rule'). Art. 37 Wiv 2002 requires that data is provided on condition that it is not passed to other parties without consent. Add a third-party clause.`,
      nl: (a) => `${a.agreement} dekt ${a.forms} maar bevat geen bepaling over verdere verstrekking ('concerns: third-party-rule'). Artikel 37 Wiv 2002 vereist dat gegevens worden verstrekt onder de voorwaarde dat zij niet zonder toestemming aan anderen worden doorgegeven. Voeg een derde-partijbepaling toe.`,
    },
    fix: { en: () => "Add a third-party clause", nl: () => "Voeg een derde-partijbepaling toe" },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "agreement")) {
      const data = (list(d, "covers") ?? []).filter((f) => DATA_FORMS.includes(f));
      if (data.length === 0) continue;
      if (d.blocks.some((b) => b.spec?.name === "clause" && str(b, "concerns") === "third-party-rule")) continue;
      const clause = [
        `clause ${nextClauseNumber(d)} "Onward disclosure" {`,
        `  concerns: third-party-rule`,
        `  text: """`,
        `    Information provided under this agreement shall not be disclosed to a`,
        `    third party without the prior written consent of the providing Party.`,
        `  """`,
        `}`,
      ];
      ctx.report({ args: { agreement: d.name, forms: data.join(", ") }, ...(valueRange(d, "covers") ?? nameOf(d)), ...withFix(addLinesFix(ctx.file, d, clause, "fix", false)) });
    }
  },
};
