// request-special-power-permission: asking a partner to use a special power needs the permission own use would need.
import { approvals, approvalsUncertain, list } from "../model/access.js";
import { hasApproval } from "../model/authority.js";
import { addLinesFix, itemRange, placeholder, withFix } from "./helpers.js";
import { authorityWord } from "./terms.js";
import { declsOf, type Rule } from "./rule.js";

/** What asking for each power requires: the Minister for interception, the director for the other special powers. */
const NEEDS: Record<string, "minister-of-defence" | "director"> = {
  interception: "minister-of-defence", "monitor-communications": "minister-of-defence", sigint: "minister-of-defence",
  observation: "director", agent: "director", search: "director",
};

export const rule: Rule = {
  id: "request-special-power-permission",
  section: "D",
  severity: "error",
  summary: {
    en: "A request to a partner to use a special power, without the permission its own use would need.",
    nl: "Een verzoek aan een partner om een bijzondere bevoegdheid in te zetten, zonder de toestemming die eigen inzet zou vragen.",
  },
  messages: {
    minister: {
      en: (a) => `${a.act} asks ${a.service} to use ${a.power}, a special power, without the approval of the Minister of Defence. Asking a partner to use a power needs the permission that using it ourselves would need; a request to monitor someone's communications sent without the Minister's permission was found unlawful (CTIVD 22B ch. 6). Obtain and record the Minister's approval.`,
      nl: (a) => `${a.act} vraagt ${a.service} om ${a.power}, een bijzondere bevoegdheid, zonder goedkeuring van de minister van Defensie. Een partner vragen een bevoegdheid in te zetten, vraagt de toestemming die eigen inzet zou vragen; een verzoek om iemands communicatie te volgen zonder toestemming van de minister is onrechtmatig bevonden (CTIVD 22B hfst. 6). Vraag de goedkeuring van de minister en leg die vast.`,
    },
    director: {
      en: (a) => `${a.act} asks ${a.service} to use ${a.power}, a special power, without the director's approval. Asking a partner to use a power needs the permission that using it ourselves would need (CTIVD 22B ch. 6); Entente takes the director's approval as the least that such a request needs. Obtain and record it.`,
      nl: (a) => `${a.act} vraagt ${a.service} om ${a.power}, een bijzondere bevoegdheid, zonder goedkeuring van de directeur. Een partner vragen een bevoegdheid in te zetten, vraagt de toestemming die eigen inzet zou vragen (CTIVD 22B hfst. 6); Entente hanteert de goedkeuring van de directeur als het minimum voor zo'n verzoek. Vraag die goedkeuring en leg haar vast.`,
    },
    fix: { en: (a) => `Add the approval of ${authorityWord(a.authority!, "en")} (date and reference to fill in)`, nl: (a) => `Voeg de goedkeuring van ${authorityWord(a.authority!, "nl")} toe (datum en kenmerk in te vullen)` },
  },
  requires: { en: (a) => (a.needed === "director" ? "director" : "Minister of Defence"), nl: (a) => (a.needed === "director" ? "directeur" : "minister van Defensie") },
  check(ctx) {
    for (const d of declsOf(ctx, "request")) {
      if (approvalsUncertain(d)) continue;
      const to = d.syntax.members.find((m) => m.type === "field" && m.key.text === "to");
      const service = to?.type === "field" && to.values[0]?.kind === "ident" ? to.values[0].text : "the partner";
      for (const power of list(d, "asks") ?? []) {
        if (!Object.hasOwn(NEEDS, power)) continue;
        const needed = NEEDS[power]!;
        const ok = needed === "minister-of-defence" ? approvals(d).some((a) => a.authority === needed) : hasApproval(d, needed);
        if (ok) continue;
        ctx.report({
          message: needed === "minister-of-defence" ? "minister" : "director",
          args: { act: d.name, service, power, needed }, ...itemRange(d, "asks", power)!,
          ...withFix(addLinesFix(ctx.file, d, [placeholder.approval(needed)], "fix", true, { authority: needed })),
        });
      }
    }
  },
};
