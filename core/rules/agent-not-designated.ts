// agent-not-designated: art. 21 — a source the service directs is designated an agent before it is tasked.
import { date, fieldAt } from "../model/access.js";
import { isForeignAct, valueRange } from "./helpers.js";
import { formatDay } from "../model/dates.js";
import { declsOf, keywordOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "agent-not-designated",
  section: "F",
  severity: "error",
  summary: {
    en: "A source directed by the service that was not designated an agent, or only after it was tasked.",
    nl: "Een door de dienst aangestuurde bron die niet, of pas na aansturing, als agent is aangemerkt.",
  },
  messages: {
    never: {
      en: (a) => `${a.source ? `Source ${a.source}` : "A source without a name"} in ${a.act} is directed by the service but was never designated an agent. Directing a source to act covertly makes it an agent under art. 21 Wiv 2002, which needs permission beforehand; the Committee found unlawful the use of a source that went more than three years without that permission (CTIVD 22B ch. 7). Designate the source and record the date with 'designated:'.`,
      nl: (a) => `${a.source ? `Bron ${a.source}` : "Een bron zonder naam"} in ${a.act} wordt door de dienst aangestuurd maar is nooit als agent aangemerkt. Een bron die heimelijk handelt onder aansturing van de dienst is een agent in de zin van artikel 21 Wiv 2002, waarvoor vooraf toestemming nodig is; de inzet van een bron die ruim drie jaar zonder die toestemming werd aangestuurd, heeft de Commissie onrechtmatig geacht (CTIVD 22B hfst. 7). Merk de bron aan als agent en leg de datum vast met 'designated:'.`,
    },
    late: {
      en: (a) => `${a.source ? `Source ${a.source}` : "A source without a name"} in ${a.act} was first tasked on ${a.tasked} but designated an agent only on ${a.designated}. Until designation the service directed a source without the permission art. 21 Wiv 2002 requires (CTIVD 22B ch. 7). Check the dates; if they are right, the use before ${a.designated} was without permission.`,
      nl: (a) => `${a.source ? `Bron ${a.source}` : "Een bron zonder naam"} in ${a.act} is voor het eerst op ${a.tasked} aangestuurd, maar pas op ${a.designated} als agent aangemerkt. Tot dan stuurde de dienst een bron aan zonder de toestemming die artikel 21 Wiv 2002 vraagt (CTIVD 22B hfst. 7). Controleer de data; kloppen zij, dan was de inzet vóór ${a.designated} zonder toestemming.`,
    },
  },
  requires: { en: () => "designation", nl: () => "aanmerking als agent" },
  check(ctx) {
    for (const op of declsOf(ctx, "operation")) {
      if (!op.blocks.some((b) => b.spec?.name === "source") || !isForeignAct(ctx.ws, op)) continue;
      for (const source of op.blocks) {
        if (source.spec?.name !== "source") continue;
        const args = { act: op.name, source: source.syntax.label?.text ?? "" };
        const has = fieldAt(source, "designated") !== undefined;
        if (!has) {
          ctx.report({ message: "never", args, ...keywordOf(source) });
          continue;
        }
        const designated = date(source, "designated");
        const tasked = date(source, "tasked");
        if (designated !== undefined && tasked !== undefined && designated > tasked) {
          ctx.report({ message: "late", args: { ...args, tasked: formatDay(tasked), designated: formatDay(designated) }, ...valueRange(source, "designated")! });
        }
      }
    }
  },
};
