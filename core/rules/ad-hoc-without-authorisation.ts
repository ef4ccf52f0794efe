// ad-hoc-without-authorisation: incidental cooperation needs a motivated decision of the director and the Minister's consent.
import { approvals, approvalsUncertain, fieldAt, flag, has } from "../model/access.js";
import { ACTIVITY_KINDS } from "../model/schema/index.js";
import { addLinesFix, placeholder, withFix } from "./helpers.js";
import { joinAnd } from "./terms.js";
import type { Locale, Rule } from "./rule.js";

const WHAT: Record<string, { en: string; nl: string }> = {
  motivation: { en: "a written motivation", nl: "een schriftelijke motivering" },
  director: { en: "the director's decision", nl: "een besluit van de directeur" },
  minister: { en: "the consent of the Minister of Defence", nl: "toestemming van de minister van Defensie" },
};
const missingList = (csv: string | undefined, l: Locale) => joinAnd((csv ?? "").split(",").map((k) => WHAT[k]![l]), l);

export const rule: Rule = {
  id: "ad-hoc-without-authorisation",
  section: "B",
  severity: "error",
  summary: {
    en: "Incidental cooperation without a motivation, the director's decision and the Minister of Defence's consent.",
    nl: "Incidentele samenwerking zonder motivering, besluit van de directeur en toestemming van de minister van Defensie.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} is incidental cooperation ('ad-hoc: yes') but lacks ${missingList(a.missing, "en")}. Incidental cooperation, for which no weighing could be made in time, must be preceded by a motivated decision of the service leadership and the explicit consent of the Minister of Defence (CTIVD 22B §4.1). Add what is missing.`,
      nl: (a) => `${a.act} is incidentele samenwerking ('ad-hoc: yes') maar mist ${missingList(a.missing, "nl")}. Aan incidentele samenwerking, waarvoor niet tijdig een weging kon worden gemaakt, gaan een gemotiveerde beslissing van de dienstleiding en expliciete toestemming van de minister van Defensie vooraf (CTIVD 22B §4.1). Vul aan wat ontbreekt.`,
    },
    fix: { en: () => "Add the missing motivation and approvals (to fill in)", nl: () => "Voeg de ontbrekende motivering en goedkeuringen toe (in te vullen)" },
  },
  requires: { en: (a) => a.missing!.split(",").map((k) => ({ motivation: "motivation", director: "director", minister: "Minister of Defence" })[k]).join(", "), nl: (a) => a.missing!.split(",").map((k) => ({ motivation: "motivering", director: "directeur", minister: "minister van Defensie" })[k]).join(", ") },
  check(ctx) {
    for (const d of ctx.file.decls) {
      if (!ACTIVITY_KINDS.has(d.kind) || !d.spec || flag(d, "ad-hoc") !== true) continue;
      const missing: string[] = [];
      const lines: string[] = [];
      if (!has(d, "motivation")) {
        missing.push("motivation");
        lines.push(`motivation: ${placeholder.text("why incidental cooperation is needed")}`);
      }
      if (!approvalsUncertain(d)) {
        const given = approvals(d).map((a) => a.authority);
        if (!given.includes("director")) { missing.push("director"); lines.push(placeholder.approval("director")); }
        if (!given.includes("minister-of-defence")) { missing.push("minister"); lines.push(placeholder.approval("minister-of-defence")); }
      }
      if (missing.length === 0) continue;
      const at = fieldAt(d, "ad-hoc")!;
      ctx.report({ args: { act: d.name, missing: missing.join(",") }, start: at.start, end: at.end, ...withFix(addLinesFix(ctx.file, d, lines, "fix", true)) });
    }
  },
};
