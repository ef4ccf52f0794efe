// operation-end-unrecorded: the end of a joint operation is recorded with its reasons.
import { has } from "../model/access.js";
import { isForeignAct, keyRange } from "./helpers.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "operation-end-unrecorded",
  section: "F",
  severity: "warning",
  summary: { en: "An ended operation without the reason it ended.", nl: "Een beëindigde operatie zonder de reden van beëindiging." },
  messages: {
    default: {
      en: (a) => `${a.act} has ended without a recorded reason. The end of a joint operation and the reasons for it are to be laid down in writing (CTIVD 22B ch. 7). Record the reason with 'end-reason:'.`,
      nl: (a) => `${a.act} is beëindigd zonder vastgelegde reden. De beëindiging van een gezamenlijke operatie en de redenen daarvan worden schriftelijk vastgelegd (CTIVD 22B hfst. 7). Leg de reden vast met 'end-reason:'.`,
    },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "operation")) if (has(d, "ended") && !has(d, "end-reason") && isForeignAct(ctx.ws, d)) ctx.report({ args: { act: d.name }, ...keyRange(d, "ended")! });
  },
};
