// third-party-clause-missing: an agreement under which data is exchanged must lay down the third-party rule (art. 37).
import { list, refs, str } from "../model/access.js";
import type { Decl } from "../model/bound.js";
import { amendmentsOf, concluded, isAmendment } from "../model/queries.js";
import type { Workspace } from "../model/workspace.js";
import { addLinesFix, valueRange, withFix } from "./helpers.js";
import { valuesWords } from "./terms.js";
import { declsOf, nameOf, type Rule } from "./rule.js";

const DATA_FORMS = ["general-data", "personal-data", "raw-data", "bulk-data"];

function nextClauseNumber(d: Decl): string {
  let max = 0;
  for (const b of d.blocks) if (b.spec?.name === "clause" && b.syntax.label?.kind === "number") max = Math.max(max, Math.floor(Number(b.syntax.label.text)));
  return String(max + 1);
}

const dataCovered = (d: Decl) => (list(d, "covers") ?? []).filter((f) => DATA_FORMS.includes(f));
const hasClause = (d: Decl) => d.blocks.some((b) => b.spec?.name === "clause" && str(b, "concerns") === "third-party-rule");

/** The agreement an amendment amends, when its name resolves to one. */
function amended(ws: Workspace, amendment: Decl): Decl | undefined {
  const name = refs(amendment, "amends")?.[0]?.text;
  const found = name === undefined ? [] : ws.lookup(name);
  return found.length === 1 && found[0]!.kind === "agreement" ? found[0] : undefined;
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
      en: (a) => `${a.agreement} covers ${valuesWords("agreement", "covers", a.forms, "en")} but has no clause on onward disclosure to third parties. Art. 37 Wiv 2002 requires that data is provided on condition that the recipient does not pass it to other parties without consent. Add a clause with 'concerns: third-party-rule'.`,
      nl: (a) => `${a.agreement} dekt ${valuesWords("agreement", "covers", a.forms, "nl")} maar bevat geen bepaling over verdere verstrekking aan derden. Artikel 37 Wiv 2002 vereist dat gegevens worden verstrekt onder de voorwaarde dat de ontvanger ze niet zonder toestemming aan anderen doorgeeft (de derde-partijregel). Voeg een bepaling toe met 'concerns: third-party-rule'.`,
    },
    fix: { en: () => "Add a third-party clause", nl: () => "Voeg een bepaling over de derde-partijregel toe" },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "agreement")) {
      // Drafting rules judge what was concluded (signed, or terminated since), not a text still being negotiated.
      if (!concluded(d)) continue;
      const data = dataCovered(d);
      if (data.length === 0 || hasClause(d)) continue;
      if (isAmendment(d)) {
        // An amendment is part of the agreement it amends, whose clauses apply to it; when that agreement covers
        // data itself, the finding is its own.
        const base = amended(ctx.ws, d);
        if (!base || hasClause(base) || (concluded(base) && dataCovered(base).length > 0) || amendmentsOf(ctx.ws, base).some((a) => concluded(a) && hasClause(a))) continue;
      } else if (amendmentsOf(ctx.ws, d).some((a) => concluded(a) && hasClause(a))) continue;
      const clause = [
        `clause ${nextClauseNumber(d)} "Onward disclosure" {`,
        `  concerns: third-party-rule`,
        `  text: """`,
        `    Information provided under this agreement shall not be disclosed to a`,
        `    third party without the prior written consent of the providing Party.`,
        `  """`,
        `}`,
      ];
      ctx.report({ args: { agreement: d.name, forms: data.join(",") }, ...(valueRange(d, "covers") ?? nameOf(d)), ...withFix(addLinesFix(ctx.file, d, clause, "fix", false)) });
    }
  },
};
