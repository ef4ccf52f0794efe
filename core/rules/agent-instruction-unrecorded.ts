// agent-instruction-unrecorded: art. 21(6) — the instruction to an agent is laid down in writing.
import { fieldAt, flag } from "../model/access.js";
import { isForeignAct } from "./helpers.js";
import { declsOf, keywordOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "agent-instruction-unrecorded",
  section: "F",
  severity: "error",
  summary: { en: "An agent whose instruction is not recorded in writing.", nl: "Een agent wiens instructie niet schriftelijk is vastgelegd." },
  messages: {
    default: {
      en: (a) => `The instruction to ${a.source ? `source ${a.source}` : "a source without a name"} in ${a.act} is not recorded in writing. Art. 21(6) Wiv 2002 requires the instruction to an agent to be laid down in writing; reporting from which the instruction could not be told was found unlawful (CTIVD 22B ch. 7). Record the instruction, then mark it with 'instruction-recorded: yes'.`,
      nl: (a) => `De instructie aan ${a.source ? `bron ${a.source}` : "een bron zonder naam"} in ${a.act} is niet schriftelijk vastgelegd. Artikel 21 lid 6 Wiv 2002 schrijft voor dat de instructie aan een agent schriftelijk wordt vastgelegd; verslaglegging waaruit de instructie niet bleek, is onrechtmatig bevonden (CTIVD 22B hfst. 7). Leg de instructie vast en vermeld dat met 'instruction-recorded: yes'.`,
    },
  },
  requires: { en: () => "recorded instruction", nl: () => "vastgelegde instructie" },
  check(ctx) {
    for (const op of declsOf(ctx, "operation")) {
      if (!op.blocks.some((b) => b.spec?.name === "source") || !isForeignAct(ctx.ws, op)) continue;
      for (const source of op.blocks) {
        if (source.spec?.name !== "source" || flag(source, "instruction-recorded") === true) continue;
        const f = fieldAt(source, "instruction-recorded");
        if (f && flag(source, "instruction-recorded") === undefined) continue; // invalid value: reported elsewhere
        ctx.report({ args: { act: op.name, source: source.syntax.label?.text ?? "" }, ...(f ? { start: f.start, end: f.end } : keywordOf(source)) });
      }
    }
  },
};
