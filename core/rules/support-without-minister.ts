// support-without-minister: art. 59 — support in a foreign service's interest needs the Minister of Defence's permission.
import { approvals, approvalsUncertain } from "../model/access.js";
import { actSubjects, addLinesFix, isForeignAct, placeholder, withFix } from "./helpers.js";
import { declsOf, nameOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "support-without-minister",
  section: "E",
  severity: "error",
  summary: { en: "Support given to a foreign service without the Minister of Defence's permission.", nl: "Ondersteuning van een buitenlandse dienst zonder toestemming van de minister van Defensie." },
  messages: {
    default: {
      en: (a) => `${a.act} is support in the interest of a foreign service without the permission of the Minister of Defence. Art. 59 Wiv 2002 requires that permission for all support, training and technical knowledge included; support on the director's authority alone was found unlawful (CTIVD 22B ch. 6). Obtain and record the Minister's approval.`,
      nl: (a) => `${a.act} is ondersteuning in het belang van een buitenlandse dienst zonder toestemming van de minister van Defensie. Artikel 59 Wiv 2002 vereist die toestemming voor alle ondersteuning, ook training en het delen van technische kennis; ondersteuning op gezag van alleen de directeur is onrechtmatig bevonden (CTIVD 22B hfst. 6). Vraag de goedkeuring van de minister en leg die vast.`,
    },
    fix: { en: () => "Add the Minister's approval (date and reference to fill in)", nl: () => "Voeg de goedkeuring van de minister toe (datum en kenmerk in te vullen)" },
  },
  requires: { en: () => "Minister of Defence", nl: () => "minister van Defensie" },
  outranks: ["sensitive-cooperation-without-minister"],
  check(ctx) {
    for (const d of declsOf(ctx, "support")) {
      if (approvalsUncertain(d) || approvals(d).some((a) => a.authority === "minister-of-defence") || !isForeignAct(ctx.ws, d)) continue;
      // The Minister's permission this rule asks for covers a politically sensitive partner without an agreement too.
      ctx.report({ args: { act: d.name }, subject: actSubjects(ctx.ws, d), ...nameOf(d), ...withFix(addLinesFix(ctx.file, d, [placeholder.approval("minister-of-defence")], "fix", true)) });
    }
  },
};
