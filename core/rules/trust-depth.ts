// trust-depth: general data from closed or covert sources is shared only within a relationship of trust.
import { has, list, str } from "../model/access.js";
import { isInternational } from "../model/queries.js";
import { foreignServices, valueRange } from "./helpers.js";
import { wordOf } from "./terms.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "trust-depth",
  section: "C",
  severity: "warning",
  summary: {
    en: "General data from closed or covert sources given to a service without a relationship of trust.",
    nl: "Algemene gegevens uit gesloten of heimelijke bronnen verstrekt aan een dienst zonder vertrouwensrelatie.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} gives data from ${wordOf("disclosure", "sources", a.sources!, "en")} sources to ${a.service}, with which the own service has ${wordOf("service", "relationship", a.relationship!, "en")}, not a relationship of trust. Internal policy shares general data based on closed or covert sources only with services with which there is a relationship of trust, and with others only data based on open sources (CTIVD 22B §5.1). Share open-source data only, or record the leadership's acceptance of the exception with a suppression and its reason.`,
      nl: (a) => `${a.act} verstrekt gegevens uit ${wordOf("disclosure", "sources", a.sources!, "nl")} bronnen aan ${a.service}, waarmee de eigen dienst ${wordOf("service", "relationship", a.relationship!, "nl")} heeft, geen vertrouwensrelatie. Volgens het interne beleid worden algemene gegevens uit gesloten of heimelijke bronnen alleen gedeeld met diensten waarmee een vertrouwensrelatie bestaat, en met andere diensten alleen gegevens uit open bronnen (CTIVD 22B §5.1). Deel alleen gegevens uit open bronnen, of leg de aanvaarding van de uitzondering door de leiding vast met een onderdrukking en de reden.`,
    },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      const sources = str(d, "sources");
      if (sources !== "closed" && sources !== "covert") continue;
      // The policy on depth concerns general data; personal data has rules of its own (§5.2).
      const data = list(d, "data");
      if (!data || data.includes("personal")) continue;
      for (const { atom, service } of foreignServices(ctx.ws, d, ["to", "end-recipient"])) {
        // An international organisation pools its members' intelligence inside its framework: no relationship of its own to weigh (§8.1).
        if (isInternational(service)) continue;
        const relationship = str(service, "relationship") ?? (has(service, "relationship") ? undefined : "none");
        if (relationship === undefined || relationship === "trusted") continue;
        ctx.report({ args: { act: d.name, sources, service: service.name, relationship }, subject: { act: d, service: service.name }, ...(valueRange(d, "sources") ?? atom) });
      }
    }
  },
};
