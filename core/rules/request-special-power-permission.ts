// request-special-power-permission: asking a partner to tap or monitor communications needs the Minister of Defence's permission, as own use would.
import { approvals, approvalsUncertain, list } from "../model/access.js";
import { addLinesFix, foreignNames, itemRange, placeholder, withFix } from "./helpers.js";
import { joinAnd, wordOf } from "./terms.js";
import type { Decl } from "../model/bound.js";
import { declsOf, type Rule, type RuleContext } from "./rule.js";

/** The powers whose own use needs the Minister's permission; the others are request-special-power-director's. */
const MINISTER = new Set(["interception", "monitor-communications", "sigint"]);

export const rule: Rule = {
  id: "request-special-power-permission",
  section: "D",
  severity: "error",
  summary: {
    en: "A request to a partner to intercept or monitor communications without the Minister of Defence's permission.",
    nl: "Een verzoek aan een partner om communicatie af te tappen of te volgen zonder toestemming van de minister van Defensie.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} asks ${joinAnd(a.services!.split(","), "en")} for ${wordOf("request", "asks", a.power!, "en")}, without the permission of the Minister of Defence. Asking a partner to use a special power needs the permission that using it ourselves would need; a request to monitor someone's communications sent without the Minister's permission was found unlawful (CTIVD 22B ch. 6). Obtain the Minister's permission and record it with 'approval:'.`,
      nl: (a) => `${a.act} vraagt ${joinAnd(a.services!.split(","), "nl")} om ${wordOf("request", "asks", a.power!, "nl")}, zonder toestemming van de minister van Defensie. Een partner vragen een bijzondere bevoegdheid in te zetten, vraagt de toestemming die eigen inzet zou vragen; een verzoek om iemands communicatie te volgen dat zonder toestemming van de minister was gedaan, heeft de Commissie onrechtmatig geacht (CTIVD 22B hfst. 6). Vraag de toestemming van de minister en leg die vast met 'approval:'.`,
    },
    fix: { en: () => "Add the approval of the Minister of Defence (date and reference to fill in)", nl: () => "Voeg de goedkeuring van de minister van Defensie toe (datum en kenmerk in te vullen)" },
  },
  requires: { en: () => "Minister of Defence", nl: () => "minister van Defensie" },
  check(ctx) {
    reportPowerRequests(ctx, MINISTER, (d) => approvals(d).some((a) => a.authority === "minister-of-defence"), "minister-of-defence");
  },
};

/**
 * Reports each power of `powers` that a request to a foreign service asks for while `approved` does not
 * hold, naming the foreign services asked; the fix adds `authority`'s approval to fill in. Shared with
 * request-special-power-director, which asks the same of other powers and another authority.
 */
export function reportPowerRequests(ctx: RuleContext, powers: ReadonlySet<string>, approved: (d: Decl) => boolean, authority: string): void {
  for (const d of declsOf(ctx, "request")) {
    if (approvalsUncertain(d) || approved(d)) continue;
    const asked = (list(d, "asks") ?? []).filter((p) => powers.has(p));
    if (asked.length === 0) continue;
    const services = foreignNames(ctx.ws, d);
    if (services.length === 0) continue;
    for (const power of asked) {
      ctx.report({
        args: { act: d.name, services: services.join(","), power }, ...itemRange(d, "asks", power)!,
        ...withFix(addLinesFix(ctx.file, d, [placeholder.approval(authority)], "fix", true)),
      });
    }
  }
}
