// foreign-liaison-operations: a foreign liaison acts operationally in the Netherlands only with the Minister's permission and our involvement.
import { approvals, approvalsUncertain, flag, list, refs, str } from "../model/access.js";
import { isForeign } from "../model/queries.js";
import { joinAnd } from "./terms.js";
import { keyRange } from "./helpers.js";
import { declsOf, type Locale, type Rule } from "./rule.js";

const WHAT: Record<string, { en: string; nl: string }> = {
  involved: { en: "the involvement of the own service", nl: "betrokkenheid van de eigen dienst" },
  "minister-of-interior": { en: "the permission of the Minister of the Interior", nl: "toestemming van de minister van BZK" },
  "minister-of-defence": { en: "the permission of the Minister of Defence", nl: "toestemming van de minister van Defensie" },
};
const missing = (csv: string | undefined, l: Locale) => joinAnd((csv ?? "").split(",").map((k) => WHAT[k]![l]), l);

export const rule: Rule = {
  id: "foreign-liaison-operations",
  section: "G",
  severity: "error",
  summary: {
    en: "A foreign liaison with operational activities in the Netherlands, without the Minister's permission and our involvement.",
    nl: "Een buitenlandse liaison met operationele activiteiten in Nederland, zonder toestemming van de minister en betrokkenheid van de eigen dienst.",
  },
  messages: {
    default: {
      en: (a) => `${a.liaison}, a liaison of ${a.service} stationed in the Netherlands, carries out operational activities without ${missing(a.missing, "en")}. Both are absolute requirements for operational activities of a foreign liaison on Dutch territory (CTIVD 22B §4.5). Record them, or stop the activities.`,
      nl: (a) => `${a.liaison}, een liaison van ${a.service} die in Nederland is gestationeerd, voert operationele activiteiten uit zonder ${missing(a.missing, "nl")}. Beide zijn absolute vereisten voor operationele activiteiten van een buitenlandse liaison op Nederlands grondgebied (CTIVD 22B §4.5). Leg ze vast, of staak de activiteiten.`,
    },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "liaison")) {
      const owner = refs(d, "service")?.[0];
      const service = owner ? ctx.ws.service(owner.text) : undefined;
      if (!service || !isForeign(ctx.ws, service) || str(d, "stationed") !== "netherlands" || (list(d, "operational-activities") ?? []).length === 0) continue;
      const lacking: string[] = [];
      if (flag(d, "own-service-involved") !== true) lacking.push("involved");
      const minister = str(d, "location") === "defence" ? "minister-of-defence" : "minister-of-interior";
      if (!approvalsUncertain(d) && !approvals(d).some((a) => a.authority === minister)) lacking.push(minister);
      if (lacking.length === 0) continue;
      ctx.report({ args: { liaison: d.name, service: service.name, missing: lacking.join(",") }, ...keyRange(d, "operational-activities")! });
    }
  },
};
