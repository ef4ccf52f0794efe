// mandate-personal-data: the director decides on giving personal data to a foreign service.
import { approvalsUncertain } from "../model/access.js";
import { approvalRank, highestApproval, rankOf } from "../model/authority.js";
import { addLinesFix, isForeignAct, personalDataActs, placeholder, withFix } from "./helpers.js";
import { authorityWord } from "./terms.js";
import { nameOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "mandate-personal-data",
  section: "C",
  severity: "warning",
  summary: {
    en: "Personal data given without the director's approval.",
    nl: "Persoonsgegevens verstrekt zonder goedkeuring van de directeur.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} gives personal data, ${a.given ? `approved by ${authorityWord(a.given, "en")}` : "without an approval"}. Internal policy, and the sub-mandate for art. 59, place the decision to give personal data to a foreign service with the director (CTIVD 22B §5.2). Add the director's approval.`,
      nl: (a) => `${a.act} verstrekt persoonsgegevens, ${a.given ? `goedgekeurd door ${authorityWord(a.given, "nl")}` : "zonder goedkeuring"}. Het interne beleid, en het ondermandaat voor artikel 59, leggen de beslissing om persoonsgegevens aan een buitenlandse dienst te verstrekken bij de directeur (CTIVD 22B §5.2). Voeg de goedkeuring van de directeur toe.`,
    },
    fix: { en: () => "Add the director's approval (date and reference to fill in)", nl: () => "Voeg de goedkeuring van de directeur toe (datum en kenmerk in te vullen)" },
  },
  requires: { en: () => "director", nl: () => "directeur" },
  check(ctx) {
    for (const d of personalDataActs(ctx)) {
      if (approvalsUncertain(d) || approvalRank(d) >= rankOf("director") || !isForeignAct(ctx.ws, d)) continue;
      const given = highestApproval(d)?.authority ?? "";
      ctx.report({ args: { act: d.name, given }, ...nameOf(d), ...withFix(addLinesFix(ctx.file, d, [placeholder.approval("director")], "fix", true)) });
    }
  },
};
