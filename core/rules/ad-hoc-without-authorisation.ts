// ad-hoc-without-authorisation: incidental cooperation needs a motivated decision of the service leadership and the Minister's consent.
import { approvals, approvalsUncertain, fieldAt, flag, has } from "../model/access.js";
import { ACTIVITY_KINDS } from "../model/schema/index.js";
import { actSubjects, addLinesFix, isForeignAct, placeholder, viaDomestic, withFix } from "./helpers.js";
import { joinAnd } from "./terms.js";
import type { Locale, Rule } from "./rule.js";

const WHAT: Record<string, { en: string; nl: string }> = {
  motivation: { en: "a written motivation", nl: "een schriftelijke motivering" },
  leadership: { en: "a decision of the service leadership (the director or deputy director)", nl: "een beslissing van de dienstleiding (de directeur of plaatsvervangend directeur)" },
  minister: { en: "the consent of the Minister of Defence", nl: "toestemming van de minister van Defensie" },
};
/** The service leadership (dienstleiding): the director and the deputy director. */
const LEADERSHIP = ["director", "deputy-director"];
const missingList = (csv: string | undefined, l: Locale) => joinAnd((csv ?? "").split(",").map((k) => WHAT[k]![l]), l);

export const rule: Rule = {
  id: "ad-hoc-without-authorisation",
  section: "B",
  severity: "error",
  summary: {
    en: "Incidental cooperation without a motivation, a decision of the service leadership and the Minister of Defence's consent.",
    nl: "Incidentele samenwerking zonder motivering, beslissing van de dienstleiding en toestemming van de minister van Defensie.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} is marked as incidental cooperation but lacks ${missingList(a.missing, "en")}. Incidental cooperation, for which no weighing could be made in time, must be preceded by a motivated decision of the service leadership and the explicit consent of the Minister of Defence (CTIVD 22B §4.1). Add what is missing.`,
      nl: (a) => `${a.act} is aangemerkt als incidentele samenwerking maar mist ${missingList(a.missing, "nl")}. Aan incidentele samenwerking, waarvoor niet tijdig een weging kon worden gemaakt, gaan een gemotiveerde beslissing van de dienstleiding en expliciete toestemming van de minister van Defensie vooraf (CTIVD 22B §4.1). Vul aan wat ontbreekt.`,
    },
    fix: { en: () => "Add the missing motivation and approvals (to fill in)", nl: () => "Voeg de ontbrekende motivering en goedkeuringen toe (in te vullen)" },
  },
  requires: {
    en: (a) => a.missing!.split(",").map((k) => ({ motivation: "motivation", leadership: "service leadership", minister: "Minister of Defence" })[k]).join(", "),
    nl: (a) => a.missing!.split(",").map((k) => ({ motivation: "motivering", leadership: "dienstleiding", minister: "minister van Defensie" })[k]).join(", "),
  },
  check(ctx) {
    for (const d of ctx.file.decls) {
      if (!ACTIVITY_KINDS.has(d.kind) || !d.spec || flag(d, "ad-hoc") !== true) continue;
      // Through a domestic service the exchange rests on that service's weighing (CTIVD 22B §5.5); with domestic
      // counterparts only, it is no foreign cooperation at all.
      if (viaDomestic(ctx.ws, d) || !isForeignAct(ctx.ws, d)) continue;
      const missing: string[] = [];
      const lines: string[] = [];
      if (!has(d, "motivation")) {
        missing.push("motivation");
        lines.push(`motivation: ${placeholder.text("why incidental cooperation is needed")}`);
      }
      // An approval dated after the act still counts here: approval-after-activity reports that it came late.
      if (!approvalsUncertain(d)) {
        const given = approvals(d).map((a) => a.authority);
        if (!given.some((a) => LEADERSHIP.includes(a))) { missing.push("leadership"); lines.push(placeholder.approval("director")); }
        if (!given.includes("minister-of-defence")) { missing.push("minister"); lines.push(placeholder.approval("minister-of-defence")); }
      }
      if (missing.length === 0) continue;
      const at = fieldAt(d, "ad-hoc")!;
      ctx.report({
        args: { act: d.name, missing: missing.join(",") }, subject: actSubjects(ctx.ws, d), start: at.start, end: at.end,
        ...withFix(addLinesFix(ctx.file, d, lines, "fix", true)),
      });
    }
  },
};
