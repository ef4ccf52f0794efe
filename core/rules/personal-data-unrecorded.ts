// personal-data-unrecorded: art. 42 — the service keeps a record of every disclosure of personal data.
import { fieldAt, flag } from "../model/access.js";
import { addLinesFix, isForeignAct, personalDataActs, withFix } from "./helpers.js";
import { nameOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "personal-data-unrecorded",
  section: "C",
  severity: "error",
  summary: {
    en: "Personal data given without the record that art. 42 requires.",
    nl: "Persoonsgegevens verstrekt zonder de aantekening die artikel 42 vereist.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} gives personal data but does not record that the disclosure was noted: art. 42 Wiv 2002 requires a record of every disclosure of personal data (CTIVD 22B §5.2). Make the record, then mark it with 'recorded: yes'.`,
      nl: (a) => `${a.act} verstrekt persoonsgegevens maar vermeldt niet dat van de verstrekking aantekening is gehouden: artikel 42 Wiv 2002 vereist een aantekening van elke verstrekking van persoonsgegevens (CTIVD 22B §5.2). Maak de aantekening en vermeld dat met 'recorded: yes'.`,
    },
    fix: { en: () => "Mark the disclosure as recorded (only once the art. 42 record exists)", nl: () => "Vermeld dat de aantekening is gemaakt (pas als de aantekening van art. 42 bestaat)" },
  },
  requires: { en: () => "recorded", nl: () => "aantekening" },
  check(ctx) {
    for (const d of personalDataActs(ctx)) {
      const recorded = fieldAt(d, "recorded");
      if (flag(d, "recorded") === true || (recorded && flag(d, "recorded") === undefined) || !isForeignAct(ctx.ws, d)) continue;
      // Marking the record as made states a fact only a person can confirm: offered, never applied by --fix.
      const fix = recorded ? undefined : addLinesFix(ctx.file, d, ["recorded: yes"], "fix", false);
      ctx.report({ args: { act: d.name }, ...(recorded ? { start: recorded.start, end: recorded.end } : nameOf(d)), ...withFix(fix) });
    }
  },
};
