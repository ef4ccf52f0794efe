// unresolved-reference: a name used for a declaration that is declared nowhere in the workspace.
import { looksLikeCountryCode } from "../model/schema/countries.js";
import { nearest } from "../model/suggest.js";
import { didYouMean, kindsInWords, replaceFix } from "./problems.js";
import type { Rule, RuleContext } from "./rule.js";

/** `onward` naming a country is the third-country-rule's finding, not this one's (art. 37 Wiv 2002; CTIVD 22B §5.3). */
export function isCountryInOnward(field: string, name: string): boolean {
  return field === "onward" && (looksLikeCountryCode(name) || name === "countries");
}

function candidates(ctx: RuleContext, kinds: readonly string[]): string[] {
  const names: string[] = [];
  for (const k of kinds) for (const d of ctx.ws.headsOfKind(k)) if (d.name) names.push(d.name);
  return names.sort();
}

export const rule: Rule = {
  id: "unresolved-reference",
  section: "A",
  severity: "error",
  unsuppressible: true, alwaysOn: true,
  summary: { en: "A name that is not declared anywhere in the workspace.", nl: "Een naam die nergens in de werkruimte is gedeclareerd." },
  messages: {
    default: {
      en: (a) => `${a.name} is not declared in the workspace: '${a.field}' needs the name of ${kindsInWords(a.kinds!, "en")}.${didYouMean(a.suggestion, "en")}`,
      nl: (a) => `${a.name} is nergens in de werkruimte gedeclareerd: '${a.field}' verwacht de naam van ${kindsInWords(a.kinds!, "nl")}.${didYouMean(a.suggestion, "nl")}`,
    },
    "fix-replace": replaceFix,
  },
  check(ctx) {
    for (const { atom, field, kinds } of ctx.file.refs) {
      if (ctx.ws.headsNamed(atom.text).length > 0) continue;
      if (isCountryInOnward(field.name, atom.text)) continue;
      const suggestion = nearest(atom.text, candidates(ctx, kinds));
      ctx.report({
        args: { name: atom.text, field: field.name, kinds: kinds.join(" or "), suggestion: suggestion ?? "" },
        start: atom.start, end: atom.end,
        ...(suggestion ? { fix: { title: "fix-replace", args: { replacement: suggestion }, safe: false, edits: [{ start: atom.start, end: atom.end, newText: suggestion }] } } : {}),
      });
    }
  },
};
