// liaison-instructions-missing: a liaison asked to pass on personal data is told what, and on whose decision.
import { has, list, str } from "../model/access.js";
import { isForeignAct, valueRange } from "./helpers.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "liaison-instructions-missing",
  section: "C",
  severity: "warning",
  summary: {
    en: "Personal data passed through a liaison without instructions on what may be given.",
    nl: "Persoonsgegevens via een liaison verstrekt zonder instructie over wat mag worden verstrekt.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} passes personal data through a liaison without instructions. When a liaison is given personal data to raise with a foreign service, it must be stated which data may be given to that service, and at which level that was decided (CTIVD 22B §5.2). Record this with 'liaison-instructions:'.`,
      nl: (a) => `${a.act} verstrekt persoonsgegevens via een liaison zonder instructie. Als een liaison persoonsgegevens krijgt om bij een buitenlandse dienst na te vragen, moet worden aangegeven welke gegevens aan die dienst mogen worden verstrekt, en op welk niveau dat is besloten (CTIVD 22B §5.2). Leg dit vast met 'liaison-instructions:'.`,
    },
  },
  requires: { en: () => "liaison instructions", nl: () => "instructie liaison" },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      if (str(d, "channel") === "liaison" && list(d, "data")?.includes("personal") && !has(d, "liaison-instructions") && isForeignAct(ctx.ws, d)) {
        ctx.report({ args: { act: d.name }, ...valueRange(d, "channel")! });
      }
    }
  },
};
