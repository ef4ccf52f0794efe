// trust-depth: data from closed or covert sources is shared only within a relationship of trust.
import { has, str } from "../model/access.js";
import { foreignServices, valueRange } from "./helpers.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "trust-depth",
  section: "C",
  severity: "warning",
  summary: {
    en: "Data from closed or covert sources given to a service without a relationship of trust.",
    nl: "Gegevens uit gesloten of heimelijke bronnen verstrekt aan een dienst zonder vertrouwensrelatie.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} gives data from ${a.sources} sources to ${a.service}, whose relationship is '${a.relationship}', not a relationship of trust. Internal policy shares only open-source data with services without a relationship of trust (CTIVD 22B §5.1). Share open-source data only, or record the leadership's acceptance of the exception with a suppression and its reason.`,
      nl: (a) => `${a.act} verstrekt gegevens uit ${a.sources === "closed" ? "gesloten" : "heimelijke"} bronnen aan ${a.service}, waarmee de relatie '${a.relationship}' is, geen vertrouwensrelatie. Volgens het interne beleid worden met diensten zonder vertrouwensrelatie alleen gegevens uit open bronnen gedeeld (CTIVD 22B §5.1). Deel alleen gegevens uit open bronnen, of leg de aanvaarding van de uitzondering door de leiding vast met een onderdrukking en de reden.`,
    },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      const sources = str(d, "sources");
      if (sources !== "closed" && sources !== "covert") continue;
      for (const { atom, service } of foreignServices(ctx.ws, d, ["to", "end-recipient"])) {
        const relationship = str(service, "relationship") ?? (has(service, "relationship") ? undefined : "none");
        if (relationship === undefined || relationship === "trusted") continue;
        ctx.report({ args: { act: d.name, sources, service: service.name, relationship }, ...(valueRange(d, "sources") ?? atom) });
      }
    }
  },
};
