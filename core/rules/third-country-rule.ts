// third-country-rule: art. 37 names the services that may receive data onward, not countries.
import { valueSpan } from "../../grammar/syntax-tree.js";
import { fieldAt, refs, str } from "../model/access.js";
import { isForeign } from "../model/queries.js";
import { isForeignAct } from "./helpers.js";
import { joinAnd } from "./terms.js";
import { isCountryInOnward } from "./unresolved-reference.js";
import { declsOf, type Rule, type RuleContext } from "./rule.js";

/** The foreign services declared for a country that may receive data at all (no police services), sorted by name: the own country's services are no third parties abroad. */
function servicesOf(ctx: RuleContext, country: string): string[] {
  return [...ctx.ws.ofKind("service")]
    .filter((s) => str(s, "country") === country && isForeign(ctx.ws, s) && str(s, "type") !== "law-enforcement")
    .map((s) => s.name).sort();
}

export const rule: Rule = {
  id: "third-country-rule",
  section: "C",
  severity: "error",
  summary: {
    en: "The third-party rule names countries instead of the services that may receive the data.",
    nl: "De derde-partijregel noemt landen in plaats van de diensten die de gegevens mogen ontvangen.",
  },
  messages: {
    code: {
      en: (a) => `${a.act} allows onward disclosure to the country ${a.name}. Art. 37 Wiv 2002 requires the services that may receive the data to be named; marking countries instead (the third-country rule) was found unlawful by the Committee (CTIVD 22B §5.3). ${a.services ? `Name ${a.services.includes(",") ? "the services" : "the service"} instead: ${joinAnd(a.services.split(","), "en")}.` : `Name the services of ${a.name} that may receive it.`}`,
      nl: (a) => `${a.act} staat verdere verstrekking toe aan het land ${a.name}. Artikel 37 Wiv 2002 vereist dat de diensten die de gegevens mogen ontvangen worden genoemd; landen aanmerken (de derde-landregel) heeft de Commissie onrechtmatig geacht (CTIVD 22B §5.3). ${a.services ? `Noem in plaats daarvan ${a.services.includes(",") ? "de diensten" : "de dienst"} ${joinAnd(a.services.split(","), "nl")}.` : `Noem de diensten van ${a.name} die ze mogen ontvangen.`}`,
    },
    countries: {
      en: (a) => `${a.act} allows onward disclosure to countries in general ('countries'). Art. 37 Wiv 2002 requires the services that may receive the data to be named, not countries (CTIVD 22B §5.3). Name the services, or write 'onward: none'.`,
      nl: (a) => `${a.act} staat verdere verstrekking toe aan landen in het algemeen ('countries'). Artikel 37 Wiv 2002 vereist dat de diensten die de gegevens mogen ontvangen worden genoemd, geen landen (CTIVD 22B §5.3). Noem de diensten, of schrijf 'onward: none'.`,
    },
    fix: { en: (a) => `Name ${joinAnd(a.names!.split(","), "en")} instead`, nl: (a) => `Noem in plaats daarvan ${joinAnd(a.names!.split(","), "nl")}` },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      const onward = refs(d, "onward");
      if (!onward || onward.length === 0) continue;
      const countries = onward.filter((a) => ctx.ws.headsNamed(a.text).length === 0 && isCountryInOnward("onward", a.text));
      if (countries.length === 0 || !isForeignAct(ctx.ws, d)) continue;
      // The mechanical fix: every country replaced by its declared services, the services already named kept.
      const replacement: string[] = [];
      let complete = true;
      for (const a of onward) {
        if (!countries.includes(a)) replacement.push(a.text);
        else if (a.text === "countries") complete = false;
        else {
          const services = servicesOf(ctx, a.text);
          if (services.length === 0) complete = false;
          for (const s of services) replacement.push(s);
        }
      }
      const unique = [...new Set(replacement)];
      const field = fieldAt(d, "onward")!;
      const values = valueSpan(field)!;
      const list = `[${unique.join(", ")}]`;
      // Offered, not applied by --fix: naming every service of a country widens the condition, and a
      // person must decide which of them may really receive the data.
      const fix = complete && unique.length > 0 ? { title: "fix", args: { names: unique.join(",") }, safe: false, edits: [{ ...values, newText: list }] } : undefined;
      for (const a of countries) {
        const services = a.text === "countries" ? "" : servicesOf(ctx, a.text).join(",");
        ctx.report({
          message: a.text === "countries" ? "countries" : "code", args: { act: d.name, name: a.text, services },
          start: a.start, end: a.end, ...(fix ? { fix } : {}),
        });
      }
    }
  },
};
