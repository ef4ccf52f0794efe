// reliability-missing: art. 12 — data carries an indication of its reliability, or a reference to its source.
import { has } from "../model/access.js";
import { addLinesFix, isForeignAct, placeholder, withFix } from "./helpers.js";
import { declsOf, nameOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "reliability-missing",
  section: "C",
  severity: "error",
  summary: {
    en: "A disclosure without an indication of reliability or a reference to its source.",
    nl: "Een verstrekking zonder betrouwbaarheidsaanduiding of bronverwijzing.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} gives no indication of how reliable the data is, and no reference to the document or source it derives from. Art. 12 Wiv 2002 requires one or the other; the Committee found data given without either unlawful (CTIVD 22B §5.3). Add 'reliability:' (an admiralty code such as B2) or 'source-ref:'.`,
      nl: (a) => `${a.act} vermeldt niet hoe betrouwbaar de gegevens zijn, en verwijst niet naar het document of de bron waaraan zij zijn ontleend. Artikel 12 Wiv 2002 vereist het een of het ander; gegevens die zonder een van beide werden verstrekt, heeft de Commissie onrechtmatig geacht (CTIVD 22B §5.3). Voeg 'reliability:' (een admiraliteitscode zoals B2) of 'source-ref:' toe.`,
    },
    fix: { en: () => "Add a source reference (to fill in)", nl: () => "Voeg een bronverwijzing toe (in te vullen)" },
  },
  requires: { en: () => "reliability", nl: () => "betrouwbaarheid" },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      if (has(d, "reliability") || has(d, "source-ref") || !isForeignAct(ctx.ws, d)) continue;
      ctx.report({ args: { act: d.name }, ...nameOf(d), ...withFix(addLinesFix(ctx.file, d, [`source-ref: ${placeholder.text("document or source the data derives from")}`], "fix", true)) });
    }
  },
};
