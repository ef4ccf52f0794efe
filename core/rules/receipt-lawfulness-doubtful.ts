// receipt-lawfulness-doubtful: the service stays alert to signs that a partner obtained data unlawfully.
import { fieldAt, firstIdent, str } from "../model/access.js";
import { isForeignAct, valueRange } from "./helpers.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "receipt-lawfulness-doubtful",
  section: "G",
  severity: "warning",
  summary: { en: "Data received of doubtful or unknown lawfulness.", nl: "Ontvangen gegevens waarvan de rechtmatigheid twijfelachtig of onbekend is." },
  messages: {
    default: {
      en: (a) => `${a.receipt} was received from ${a.service}, and whether it was obtained lawfully is ${a.value === "doubtful" ? "doubtful" : "unknown"}. The service must be alert to indications that a partner obtained data unlawfully before it uses the data (CTIVD 22B §5.4). Find out, and record the outcome before the data is used.`,
      nl: (a) => `${a.receipt} is ontvangen van ${a.service}, en of de gegevens rechtmatig zijn verkregen is ${a.value === "doubtful" ? "twijfelachtig" : "onbekend"}. De dienst moet alert zijn op aanwijzingen dat een partner gegevens onrechtmatig heeft verkregen voordat hij ze gebruikt (CTIVD 22B §5.4). Zoek het uit, en leg de uitkomst vast voordat de gegevens worden gebruikt.`,
    },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "receipt")) {
      const value = str(d, "lawfully-obtained");
      if (value !== "doubtful" && value !== "unknown") continue;
      if (!isForeignAct(ctx.ws, d)) continue;
      const service = firstIdent(fieldAt(d, "from")) ?? "";
      ctx.report({ args: { receipt: d.name, service, value }, ...valueRange(d, "lawfully-obtained")! });
    }
  },
};
