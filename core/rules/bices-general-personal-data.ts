// bices-general-personal-data: personal data does not go on a network that many services can read.
import { list, str } from "../model/access.js";
import { isForeignAct, valueRange } from "./helpers.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "bices-general-personal-data",
  section: "C",
  severity: "warning",
  summary: { en: "Personal data placed on the general BICES network.", nl: "Persoonsgegevens op het algemene BICES-netwerk geplaatst." },
  messages: {
    default: {
      en: (a) => `${a.act} places personal data on the general BICES network, which many services can read. Data placed there reaches services the disclosure does not name, beyond the third-party rule (CTIVD 22B §8.1). Use a shielded BICES area or a bilateral channel.`,
      nl: (a) => `${a.act} plaatst persoonsgegevens op het algemene BICES-netwerk, dat voor veel diensten toegankelijk is. Daar geplaatste gegevens bereiken diensten die de verstrekking niet noemt, buiten de derde-partijregel om (CTIVD 22B §8.1). Gebruik een afgeschermd BICES-deel of een bilaterale verbinding.`,
    },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      if (str(d, "channel") === "bices-general" && list(d, "data")?.includes("personal") && isForeignAct(ctx.ws, d)) ctx.report({ args: { act: d.name }, ...valueRange(d, "channel")! });
    }
  },
};
