// screening-notice-missing: a screening subject is told that data may be exchanged with foreign services.
import { flag, list } from "../model/access.js";
import { itemRange } from "./helpers.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "screening-notice-missing",
  section: "C",
  severity: "warning",
  summary: {
    en: "Data on a security screening subject given without telling the subject this may happen.",
    nl: "Gegevens over een betrokkene in een veiligheidsonderzoek verstrekt zonder dat die daarop is gewezen.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} gives data on the subject of a security screening, but does not record that the subject was told that data may be given to foreign services. The subject should be informed explicitly, for example in the personal data form (CTIVD 22B §5.5). Record it with 'screening-notice: yes' once that is so.`,
      nl: (a) => `${a.act} verstrekt gegevens over een betrokkene in een veiligheidsonderzoek, maar vermeldt niet dat betrokkene is gewezen op mogelijke verstrekking aan buitenlandse diensten. Betrokkene moet daarop expliciet worden gewezen, bijvoorbeeld in het opgaveformulier persoonlijke gegevens (CTIVD 22B §5.5). Leg het vast met 'screening-notice: yes' zodra dat zo is.`,
    },
  },
  requires: { en: () => "screening notice", nl: () => "kennisgeving betrokkene" },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      if (list(d, "subjects")?.includes("security-screening-subject") && flag(d, "screening-notice") !== true) {
        ctx.report({ args: { act: d.name }, ...itemRange(d, "subjects", "security-screening-subject")! });
      }
    }
  },
};
