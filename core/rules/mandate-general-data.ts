// mandate-general-data: general data goes abroad on the authority of the head of department (own task) or the director (art. 59).
import { approvalsUncertain, list, str } from "../model/access.js";
import { approvalRank, highestApproval, rankOf } from "../model/authority.js";
import { addLinesFix, isForeignAct, placeholder, withFix } from "./helpers.js";
import { authorityWord } from "./terms.js";
import { declsOf, nameOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "mandate-general-data",
  section: "C",
  severity: "warning",
  summary: {
    en: "General data disclosed without the approval the mandate rules require (head of department, or director for art. 59).",
    nl: "Algemene gegevens verstrekt zonder de goedkeuring die de mandaatregels vragen (afdelingshoofd, of directeur bij art. 59).",
  },
  messages: {
    "own-task": {
      en: (a) => `${a.act} gives general data for the own task, ${a.given ? `approved by ${authorityWord(a.given, "en")}` : "without an approval"}. The exploitation policy reserves that decision to the head of department (CTIVD 22B §5.1). Add the approval of the head of department, or of a higher authority.`,
      nl: (a) => `${a.act} verstrekt algemene gegevens in het kader van de eigen taakuitvoering, ${a.given ? `goedgekeurd door ${authorityWord(a.given, "nl")}` : "zonder goedkeuring"}. Het exploitatiebeleid legt die beslissing bij het afdelingshoofd (CTIVD 22B §5.1). Voeg de goedkeuring toe van het afdelingshoofd, of van een hogere autoriteit.`,
    },
    "foreign-interest": {
      en: (a) => `${a.act} gives general data in the foreign service's interest (art. 59 Wiv 2002), ${a.given ? `approved by ${authorityWord(a.given, "en")}` : "without an approval"}. The Sub-mandate decree MIVD 2009, art. 3(2)(g), reserves that decision to the director (CTIVD 22B §5.1). Add the director's approval.`,
      nl: (a) => `${a.act} verstrekt algemene gegevens in het belang van de buitenlandse dienst (art. 59 Wiv 2002), ${a.given ? `goedgekeurd door ${authorityWord(a.given, "nl")}` : "zonder goedkeuring"}. Het Ondermandaat- en machtigingsbesluit MIVD 2009, art. 3 lid 2 sub g, legt die beslissing bij de directeur (CTIVD 22B §5.1). Voeg de goedkeuring van de directeur toe.`,
    },
    fix: { en: (a) => `Add the approval of ${authorityWord(a.authority!, "en")} (date and reference to fill in)`, nl: (a) => `Voeg de goedkeuring van ${authorityWord(a.authority!, "nl")} toe (datum en kenmerk in te vullen)` },
  },
  requires: { en: (a) => (a.needed === "director" ? "director" : "head of department"), nl: (a) => (a.needed === "director" ? "directeur" : "afdelingshoofd") },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      const data = list(d, "data");
      const basis = str(d, "basis");
      if (!data || data.includes("personal") || (basis !== "own-task" && basis !== "foreign-interest") || approvalsUncertain(d)) continue;
      const needed = basis === "own-task" ? "department-head" : "director";
      if (approvalRank(d) >= rankOf(needed) || !isForeignAct(ctx.ws, d)) continue;
      const given = highestApproval(d)?.authority ?? "";
      ctx.report({
        message: basis, args: { act: d.name, given, needed }, ...nameOf(d),
        ...withFix(addLinesFix(ctx.file, d, [placeholder.approval(needed)], "fix", true, { authority: needed })),
      });
    }
  },
};
