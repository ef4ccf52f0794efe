// request-special-power-director: Entente's own reading that the director decides on asking a partner for observation, an agent or a search.
import { hasApproval } from "../model/authority.js";
import { reportPowerRequests } from "./request-special-power-permission.js";
import { joinAnd, wordOf } from "./terms.js";
import type { Rule } from "./rule.js";

/** Special powers whose level of permission the report does not name for a request to a partner. */
const DIRECTOR = new Set(["observation", "agent", "search"]);

export const rule: Rule = {
  id: "request-special-power-director",
  section: "D",
  severity: "info",
  summary: {
    en: "A request to a partner for observation, an agent or a search without the director's approval (Entente's own reading).",
    nl: "Een verzoek aan een partner om observatie, een agent of een doorzoeking zonder goedkeuring van de directeur (eigen lezing van Entente).",
  },
  messages: {
    default: {
      en: (a) => `${a.act} asks ${joinAnd(a.services!.split(","), "en")} for ${wordOf("request", "asks", a.power!, "en")} without the director's approval. Asking a partner to use a special power calls for the permission that using it ourselves would need (CTIVD 22B ch. 6), but the report names that level only for monitoring communications. That the director decides on a request for observation, an agent or a search is Entente's own reading, offered as a recommendation: consider recording the director's approval with 'approval:'.`,
      nl: (a) => `${a.act} vraagt ${joinAnd(a.services!.split(","), "nl")} om ${wordOf("request", "asks", a.power!, "nl")} zonder goedkeuring van de directeur. Een partner vragen een bijzondere bevoegdheid in te zetten, vraagt de toestemming die eigen inzet zou vragen (CTIVD 22B hfst. 6), maar het rapport noemt dat niveau alleen voor het volgen van communicatie. Dat de directeur beslist over een verzoek om observatie, de inzet van een agent of een doorzoeking, is een eigen lezing van Entente, bedoeld als aanbeveling: overweeg de goedkeuring van de directeur vast te leggen met 'approval:'.`,
    },
    fix: { en: () => "Add the director's approval (date and reference to fill in)", nl: () => "Voeg de goedkeuring van de directeur toe (datum en kenmerk in te vullen)" },
  },
  requires: { en: () => "director", nl: () => "directeur" },
  check(ctx) {
    reportPowerRequests(ctx, DIRECTOR, (d) => hasApproval(d, "director"), "director");
  },
};
