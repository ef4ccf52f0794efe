// personal-data-oral: art. 40 — personal data is in principle provided in writing.
import { has, list, str } from "../model/access.js";
import { isForeignAct, valueRange } from "./helpers.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "personal-data-oral",
  section: "C",
  severity: "warning",
  summary: { en: "Personal data given orally without a recorded reason.", nl: "Persoonsgegevens mondeling verstrekt zonder vastgelegde reden." },
  messages: {
    default: {
      en: (a) => `${a.act} gives personal data orally. Art. 40 Wiv 2002 provides that personal data is in principle provided in writing (CTIVD 22B §5.2). Provide it in writing, or record why it had to be oral in 'motivation:'.`,
      nl: (a) => `${a.act} verstrekt persoonsgegevens mondeling. Artikel 40 Wiv 2002 bepaalt dat persoonsgegevens in beginsel schriftelijk worden verstrekt (CTIVD 22B §5.2). Verstrek ze schriftelijk, of leg in 'motivation:' vast waarom het mondeling moest.`,
    },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      // "In principle in writing": an oral disclosure is acceptable with a recorded reason.
      if (str(d, "form") === "oral" && list(d, "data")?.includes("personal") && !has(d, "motivation") && isForeignAct(ctx.ws, d)) ctx.report({ args: { act: d.name }, ...valueRange(d, "form")! });
    }
  },
};
