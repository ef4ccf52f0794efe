// approval-after-activity: permission is given before the act; a later date means the act went ahead without it.
import { approvals } from "../model/access.js";
import { ACTIVITY_KINDS } from "../model/schema/index.js";
import { actDate } from "./helpers.js";
import { formatDay } from "../model/dates.js";
import { authorityWord } from "./terms.js";
import type { Rule } from "./rule.js";

export const rule: Rule = {
  id: "approval-after-activity",
  section: "B",
  severity: "error",
  summary: {
    en: "An approval dated after the activity it approves.",
    nl: "Een goedkeuring gedateerd na de activiteit die zij goedkeurt.",
  },
  messages: {
    default: {
      en: (a) => `The approval by ${authorityWord(a.authority!, "en")}${a.reference ? ` (${a.reference})` : ""} is dated ${a.approved}, after ${a.act} took place on ${a.date}: the permission did not exist when the act took place, and permission is asked beforehand (CTIVD 22B ch. 6). Correct the date if it is wrong; otherwise the act was done without the approval it needed.`,
      nl: (a) => `De goedkeuring door ${authorityWord(a.authority!, "nl")}${a.reference ? ` (${a.reference})` : ""} dateert van ${a.approved}, ná ${a.act} op ${a.date}: de toestemming bestond niet toen de handeling plaatsvond, en toestemming wordt vooraf gevraagd (CTIVD 22B hfst. 6). Corrigeer de datum als die onjuist is; anders is gehandeld zonder de vereiste goedkeuring.`,
    },
  },
  check(ctx) {
    for (const d of ctx.file.decls) {
      if (!ACTIVITY_KINDS.has(d.kind) || !d.spec) continue;
      const day = actDate(d);
      if (day === undefined) continue;
      for (const a of approvals(d)) {
        if (a.date <= day) continue;
        ctx.report({
          args: { authority: a.authority, reference: a.reference ?? "", approved: formatDay(a.date), act: d.name, date: formatDay(day) },
          start: a.start, end: a.end,
        });
      }
    }
  },
};
