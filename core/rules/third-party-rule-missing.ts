// third-party-rule-missing: art. 37 — data is provided on condition that it goes no further without consent.
import { has } from "../model/access.js";
import { addLinesFix, isForeignAct, withFix } from "./helpers.js";
import { declsOf, nameOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "third-party-rule-missing",
  section: "C",
  severity: "error",
  summary: {
    en: "A disclosure without the third-party rule ('onward').",
    nl: "Een verstrekking zonder derde-partijregel ('onward').",
  },
  messages: {
    default: {
      en: (a) => `${a.act} does not say who may receive the data onward. Art. 37 Wiv 2002 requires that data is provided on condition that it is not passed to other parties without consent (CTIVD 22B §5.3). Add 'onward: none', or name the services that may receive it: 'onward: [NAME]'.`,
      nl: (a) => `${a.act} vermeldt niet wie de gegevens verder mag ontvangen. Artikel 37 Wiv 2002 vereist dat gegevens worden verstrekt onder de voorwaarde dat zij niet zonder toestemming aan andere partijen worden doorgegeven (CTIVD 22B §5.3). Voeg 'onward: none' toe, of noem de diensten die ze verder mogen ontvangen: 'onward: [NAAM]'.`,
    },
    fix: { en: () => "Add 'onward: none' (no onward disclosure without consent)", nl: () => "Voeg 'onward: none' toe (geen verdere verstrekking zonder toestemming)" },
  },
  requires: { en: () => "onward", nl: () => "onward" },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      if (has(d, "onward") || !isForeignAct(ctx.ws, d)) continue;
      // `none` is the strictest condition and asserts no fact: safe for --fix.
      ctx.report({ args: { act: d.name }, ...nameOf(d), ...withFix(addLinesFix(ctx.file, d, ["onward: none"], "fix", true)) });
    }
  },
};
