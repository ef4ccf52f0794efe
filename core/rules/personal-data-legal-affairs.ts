// personal-data-legal-affairs: internal policy involves Legal Affairs in every disclosure of personal data.
import { has } from "../model/access.js";
import { addLinesFix, isForeignAct, personalDataActs, placeholder, withFix } from "./helpers.js";
import { nameOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "personal-data-legal-affairs",
  section: "C",
  severity: "warning",
  summary: {
    en: "Personal data given without consulting Legal Affairs.",
    nl: "Persoonsgegevens verstrekt zonder de afdeling Juridische Zaken te betrekken.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} gives personal data without recording that Legal Affairs was consulted. Internal policy requires a separate procedure for personal data in which Legal Affairs is involved (CTIVD 22B §5.2). Record the date of the consultation with 'legal-affairs:'.`,
      nl: (a) => `${a.act} verstrekt persoonsgegevens zonder vast te leggen dat Juridische Zaken is geraadpleegd. Het interne beleid vraagt voor persoonsgegevens een apart traject waarin Juridische Zaken wordt betrokken (CTIVD 22B §5.2). Leg de datum van de raadpleging vast met 'legal-affairs:'.`,
    },
    fix: { en: () => "Add the date Legal Affairs was consulted (to fill in)", nl: () => "Voeg de datum van de raadpleging van Juridische Zaken toe (in te vullen)" },
  },
  requires: { en: () => "Legal Affairs", nl: () => "Juridische Zaken" },
  check(ctx) {
    for (const d of personalDataActs(ctx)) {
      if (has(d, "legal-affairs") || !isForeignAct(ctx.ws, d)) continue;
      ctx.report({ args: { act: d.name }, ...nameOf(d), ...withFix(addLinesFix(ctx.file, d, [`legal-affairs: ${placeholder.date}`], "fix", true)) });
    }
  },
};
