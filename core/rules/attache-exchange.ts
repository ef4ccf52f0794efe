// attache-exchange: defence attachés have a protocol role and take no part in exchanging intelligence.
import { str } from "../model/access.js";
import { isForeignAct, valueRange } from "./helpers.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "attache-exchange",
  section: "C",
  severity: "warning",
  summary: { en: "Data exchanged through a defence attaché.", nl: "Gegevens uitgewisseld via een defensieattaché." },
  messages: {
    default: {
      en: (a) => `${a.act} passes data through a defence attaché. Attachés have a protocol or facilitating role in contacts with foreign services and are not involved in the concrete exchange of intelligence (CTIVD 22B §4.5). Use a liaison or a secure line instead.`,
      nl: (a) => `${a.act} verstrekt gegevens via een defensieattaché. Attachés hebben in contacten met buitenlandse diensten een protocollaire of faciliterende rol en zijn niet betrokken bij concrete inlichtingenuitwisseling (CTIVD 22B §4.5). Gebruik een liaison of een beveiligde verbinding.`,
    },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) if (str(d, "channel") === "attache" && isForeignAct(ctx.ws, d)) ctx.report({ args: { act: d.name }, ...valueRange(d, "channel")! });
  },
};
