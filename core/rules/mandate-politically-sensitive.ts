// mandate-politically-sensitive: politically sensitive data for the own task goes abroad only with the Minister's approval.
import { approvals, approvalsUncertain, fieldAt, flag, str } from "../model/access.js";
import { actSubjects, addLinesFix, isForeignAct, placeholder, withFix } from "./helpers.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "mandate-politically-sensitive",
  section: "C",
  severity: "error",
  // The Minister's approval this rule asks for is the consent sensitive-cooperation-without-minister asks for too:
  // one mistake, one finding, and this one is the more specific (Mandate regulation Defence, art. 4(c)).
  outranks: ["sensitive-cooperation-without-minister"],
  summary: {
    en: "A politically sensitive disclosure for the own task without the Minister of Defence's approval.",
    nl: "Een politiek gevoelige verstrekking voor de eigen taakuitvoering zonder goedkeuring van de minister van Defensie.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} gives politically sensitive data for the own task (art. 36 Wiv 2002) without the approval of the Minister of Defence. The Mandate regulation Defence, art. 4(c), reserves this decision to the Minister (CTIVD 22B §5.1). Obtain and record the Minister's approval.`,
      nl: (a) => `${a.act} verstrekt politiek gevoelige gegevens in het kader van de eigen taakuitvoering (art. 36 Wiv 2002) zonder goedkeuring van de minister van Defensie. De Mandaatregeling Defensie, art. 4 sub c, behoudt deze beslissing voor aan de minister (CTIVD 22B §5.1). Vraag de goedkeuring van de minister en leg die vast.`,
    },
    fix: { en: () => "Add the Minister's approval (date and reference to fill in)", nl: () => "Voeg de goedkeuring van de minister toe (datum en kenmerk in te vullen)" },
  },
  requires: { en: () => "Minister of Defence", nl: () => "minister van Defensie" },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      if (flag(d, "politically-sensitive") !== true || str(d, "basis") !== "own-task" || approvalsUncertain(d)) continue;
      // Data given to domestic services only does not go abroad.
      if (!isForeignAct(ctx.ws, d)) continue;
      if (approvals(d).some((a) => a.authority === "minister-of-defence")) continue;
      const at = fieldAt(d, "politically-sensitive")!;
      ctx.report({ args: { act: d.name }, subject: actSubjects(ctx.ws, d), start: at.start, end: at.end, ...withFix(addLinesFix(ctx.file, d, [placeholder.approval("minister-of-defence")], "fix", true)) });
    }
  },
};
