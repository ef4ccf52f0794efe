// bulk-data-permission: bulk data sets go abroad only with the Minister of Defence's permission.
import { approvals, approvalsUncertain, list } from "../model/access.js";
import { addLinesFix, isForeignAct, itemRange, placeholder, withFix } from "./helpers.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "bulk-data-permission",
  section: "C",
  severity: "error",
  summary: { en: "Bulk data given without the Minister of Defence's permission.", nl: "Bulkdata verstrekt zonder toestemming van de minister van Defensie." },
  messages: {
    default: {
      en: (a) => `${a.act} gives bulk data without the permission of the Minister of Defence. The government committed to ministerial permission for every exchange of bulk data with foreign services (CTIVD 22B ch. 5; parliamentary papers 33 820, no. 2). Obtain and record the Minister's permission.`,
      nl: (a) => `${a.act} verstrekt bulkdata zonder toestemming van de minister van Defensie. Het kabinet heeft toegezegd dat voor elke uitwisseling van bulkdata met buitenlandse diensten ministeriële toestemming nodig is (CTIVD 22B hfst. 5; Kamerstukken II 33 820, nr. 2). Vraag de toestemming van de minister en leg die vast.`,
    },
    fix: { en: () => "Add the Minister's approval (date and reference to fill in)", nl: () => "Voeg de goedkeuring van de minister toe (datum en kenmerk in te vullen)" },
  },
  requires: { en: () => "Minister of Defence", nl: () => "minister van Defensie" },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      if (!list(d, "data")?.includes("bulk") || approvalsUncertain(d) || approvals(d).some((a) => a.authority === "minister-of-defence") || !isForeignAct(ctx.ws, d)) continue;
      ctx.report({ args: { act: d.name }, ...itemRange(d, "data", "bulk")!, ...withFix(addLinesFix(ctx.file, d, [placeholder.approval("minister-of-defence")], "fix", true)) });
    }
  },
};
