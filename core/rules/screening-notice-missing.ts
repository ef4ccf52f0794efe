// screening-notice-missing: the subject of the own service's security screening is told that data may be exchanged with foreign services.
import { flag, list, str } from "../model/access.js";
import { isForeignAct, itemRange } from "./helpers.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "screening-notice-missing",
  section: "C",
  severity: "info",
  summary: {
    en: "Data on the subject of the own security screening given abroad without a record that the subject was told this may happen.",
    nl: "Gegevens over een betrokkene in een eigen veiligheidsonderzoek verstrekt aan het buitenland zonder vastlegging dat die daarop is gewezen.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} gives data on the subject of a security screening of the own service, but does not record that the subject was told that data may be given to foreign services. The Committee recommends telling subjects so explicitly, for example in the personal data form they fill in (CTIVD 22B §5.5). Consider recording it with 'screening-notice: yes' once that is so.`,
      nl: (a) => `${a.act} verstrekt gegevens over een betrokkene in een veiligheidsonderzoek van de eigen dienst, maar vermeldt niet dat betrokkene erop is gewezen dat gegevens aan buitenlandse diensten kunnen worden verstrekt. De Commissie beveelt aan betrokkenen daar expliciet op te wijzen, bijvoorbeeld in het opgaveformulier persoonlijke gegevens (CTIVD 22B §5.5). Overweeg dit vast te leggen met 'screening-notice: yes' zodra dat zo is.`,
    },
  },
  requires: { en: () => "screening notice", nl: () => "kennisgeving betrokkene" },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      // Only the own screening (art. 36): answering a partner's question about the subject of its own screening (art. 59) tells our subject nothing.
      if (str(d, "basis") !== "own-task" || !list(d, "subjects")?.includes("security-screening-subject") || flag(d, "screening-notice") === true) continue;
      if (isForeignAct(ctx.ws, d)) ctx.report({ args: { act: d.name }, ...itemRange(d, "subjects", "security-screening-subject")! });
    }
  },
};
