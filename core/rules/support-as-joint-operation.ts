// support-as-joint-operation: an operation that serves no own investigation is support, and needs the Minister's permission.
import { keyEnd } from "../../grammar/syntax-tree.js";
import { approvals, approvalsUncertain, has } from "../model/access.js";
import type { Decl } from "../model/bound.js";
import { isForeignAct } from "./helpers.js";
import type { Fix } from "./rule.js";
import { declsOf, keywordOf, type Rule } from "./rule.js";

/** Recasts the operation as support: the keyword, and the fields that have a counterpart in support. */
function toSupport(d: Decl): Fix {
  const edits = [{ start: d.syntax.keyword.start, end: d.syntax.keyword.end, newText: "support" }];
  for (const m of d.syntax.members) {
    if (m.type !== "field") continue;
    if (m.name === "with") edits.push({ start: m.start, end: keyEnd(m), newText: "to" });
    if (m.name === "powers") edits.push({ start: m.start, end: keyEnd(m), newText: "activities" });
  }
  return { title: "fix", safe: false, edits };
}

export const rule: Rule = {
  id: "support-as-joint-operation",
  section: "E",
  severity: "error",
  summary: {
    en: "An operation without an own investigation and without the Minister's permission: it is support.",
    nl: "Een operatie zonder eigen onderzoek en zonder toestemming van de minister: het is ondersteuning.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} is recorded as a joint operation but names no own investigation it serves. Without an ongoing own investigation it is support in the foreign service's interest, which art. 59 Wiv 2002 allows only with the Minister of Defence's permission; treating such support as a joint operation was found unlawful (CTIVD 22B ch. 6). Name the investigation, or record it as support with the Minister's approval.`,
      nl: (a) => `${a.act} is vastgelegd als gezamenlijke operatie maar noemt geen eigen onderzoek waaraan zij bijdraagt. Zonder lopend eigen onderzoek is het ondersteuning in het belang van de buitenlandse dienst, die artikel 59 Wiv 2002 alleen toestaat met toestemming van de minister van Defensie; zulke ondersteuning als gezamenlijke operatie behandelen is onrechtmatig bevonden (CTIVD 22B hfst. 6). Noem het onderzoek, of leg het vast als ondersteuning met goedkeuring van de minister.`,
    },
    fix: { en: () => "Record it as support (then add the Minister's approval)", nl: () => "Leg het vast als ondersteuning (en voeg de goedkeuring van de minister toe)" },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "operation")) {
      if (has(d, "investigation") || approvalsUncertain(d) || approvals(d).some((a) => a.authority === "minister-of-defence") || !isForeignAct(ctx.ws, d)) continue;
      ctx.report({ args: { act: d.name }, ...keywordOf(d), fix: toSupport(d) });
    }
  },
};
