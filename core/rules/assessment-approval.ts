// assessment-approval: a weighing is decided by the service leadership (deputy director or director).
import { approvalsUncertain, fieldAt, firstIdent } from "../model/access.js";
import { hasApproval } from "../model/authority.js";
import { addLinesFix, placeholder, withFix } from "./helpers.js";
import { declsOf, nameOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "assessment-approval",
  section: "B",
  severity: "error",
  summary: {
    en: "A weighing not approved by the service leadership (deputy director or higher).",
    nl: "Een wegingsnotitie die niet door de dienstleiding (plaatsvervangend directeur of hoger) is goedgekeurd.",
  },
  messages: {
    default: {
      en: (a) => `The weighing ${a.name} has no approval by the service leadership: whether ${a.service || "the service"} qualifies for cooperation is decided at the level of the director or deputy director (CTIVD 22B §4.1). Add the decision: 'approval: director <date> "<reference>"' (or 'deputy-director').`,
      nl: (a) => `De wegingsnotitie ${a.name} is niet goedgekeurd door de dienstleiding: of ${a.service || "de dienst"} voor samenwerking in aanmerking komt, wordt beslist op het niveau van de directeur of plaatsvervangend directeur (CTIVD 22B §4.1). Voeg de beslissing toe: 'approval: director <datum> "<kenmerk>"' (of 'deputy-director').`,
    },
    fix: { en: () => "Add the director's approval (date and reference to fill in)", nl: () => "Voeg de goedkeuring van de directeur toe (datum en kenmerk in te vullen)" },
  },
  requires: { en: () => "service leadership", nl: () => "dienstleiding" },
  check(ctx) {
    for (const d of declsOf(ctx, "assessment")) {
      if (approvalsUncertain(d) || hasApproval(d, "deputy-director")) continue;
      const name = firstIdent(fieldAt(d, "service")) ?? "";
      ctx.report({ args: { name: d.name, service: name }, ...nameOf(d), ...withFix(addLinesFix(ctx.file, d, [placeholder.approval("director")], "fix", true)) });
    }
  },
};
