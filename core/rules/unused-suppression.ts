// unused-suppression: a suppression that silenced nothing, names an unknown rule, or a rule that cannot be silenced.
import type { Rule } from "./rule.js";

export const rule: Rule = {
  id: "unused-suppression",
  section: "A",
  severity: "warning",
  unsuppressible: true,
  summary: { en: "A suppression that silences nothing.", nl: "Een onderdrukking die niets onderdrukt." },
  messages: {
    unused: {
      en: (a) => `This suppression of '${a.rule}' silences nothing: no finding of '${a.rule}' is in its reach. Remove it, so that the exception stays auditable.`,
      nl: (a) => `Deze onderdrukking van '${a.rule}' onderdrukt niets: binnen haar bereik is geen melding van '${a.rule}'. Verwijder haar, zodat de uitzondering controleerbaar blijft.`,
    },
    unknown: {
      en: (a) => `'${a.rule}' is not a rule, so this suppression silences nothing.${a.suggestion ? ` Did you mean '${a.suggestion}'?` : ""}`,
      nl: (a) => `'${a.rule}' is geen regel, dus deze onderdrukking onderdrukt niets.${a.suggestion ? ` Bedoelt u '${a.suggestion}'?` : ""}`,
    },
    unsuppressible: {
      en: (a) => `'${a.rule}' cannot be silenced: fix the error instead.`,
      nl: (a) => `'${a.rule}' kan niet worden onderdrukt: herstel de fout.`,
    },
    empty: {
      en: () => `This suppression names no rule: write 'entente-ignore: rule-id -- reason'.`,
      nl: () => `Deze onderdrukking noemt geen regel: schrijf 'entente-ignore: regel-id -- reden'.`,
    },
    "no-target": {
      en: () => `Nothing follows this suppression, so it silences nothing: put it on the line above the declaration, block or field it concerns.`,
      nl: () => `Na deze onderdrukking volgt niets, dus onderdrukt zij niets: zet haar op de regel boven de declaratie, het blok of het veld waarop zij betrekking heeft.`,
    },
  },
  // The rule runner reports this rule, because only it knows which findings each suppression silenced.
  check() {},
};
