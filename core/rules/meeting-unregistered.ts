// meeting-unregistered: every bilateral meeting has a report approved by the department, and data exchanged at it is registered.
import { fieldAt, has, str } from "../model/access.js";
import { INVALID, type Approval } from "../model/bound.js";
import { atLeast } from "../model/authority.js";
import { isForeignAct, valueRange } from "./helpers.js";
import { authorityWord } from "./terms.js";
import { declsOf, nameOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "meeting-unregistered",
  section: "C",
  severity: "warning",
  summary: {
    en: "Data given at a meeting that is not registered, or a meeting without an approved report.",
    nl: "Gegevens verstrekt tijdens een niet-geregistreerd overleg, of een overleg zonder goedgekeurd verslag.",
  },
  messages: {
    disclosure: {
      en: (a) => `${a.act} was given at a meeting, but does not say which: data handed over at a bilateral meeting must be registered with that meeting (CTIVD 22B §5.1). Name it with 'meeting:'.`,
      nl: (a) => `${a.act} is tijdens een overleg verstrekt, maar vermeldt niet tijdens welk overleg: tijdens een bilateraal overleg overhandigde gegevens moeten bij dat overleg worden geregistreerd (CTIVD 22B §5.1). Noem het met 'meeting:'.`,
    },
    "no-report": {
      en: (a) => `The meeting ${a.meeting} has no report. A report is drawn up of every bilateral meeting, stating what was discussed and exchanged (CTIVD 22B §4.3, §5.1). Record its reference with 'report:'.`,
      nl: (a) => `Van het overleg ${a.meeting} is geen verslag vastgelegd. Van elk bilateraal overleg wordt een verslag gemaakt van wat is besproken en uitgewisseld (CTIVD 22B §4.3, §5.1). Leg het kenmerk vast met 'report:'.`,
    },
    unapproved: {
      en: (a) => `The report of the meeting ${a.meeting} is ${a.by ? `approved only by ${authorityWord(a.by, "en")}` : "not approved"}: meeting reports are submitted to the department's leadership for approval (CTIVD 22B §4.3). Record the approval of the head of department with 'report-approved:'.`,
      nl: (a) => `Het verslag van het overleg ${a.meeting} is ${a.by ? `alleen goedgekeurd door ${authorityWord(a.by, "nl")}` : "niet goedgekeurd"}: verslagen van overleggen worden ter goedkeuring voorgelegd aan de afdelingsleiding (CTIVD 22B §4.3). Leg de goedkeuring van het afdelingshoofd vast met 'report-approved:'.`,
    },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      if (str(d, "channel") === "meeting" && !has(d, "meeting") && isForeignAct(ctx.ws, d)) ctx.report({ message: "disclosure", args: { act: d.name }, ...valueRange(d, "channel")! });
    }
    for (const m of declsOf(ctx, "meeting")) {
      if (!isForeignAct(ctx.ws, m)) continue;
      if (!has(m, "report")) {
        ctx.report({ message: "no-report", args: { meeting: m.name }, ...nameOf(m) });
        continue;
      }
      const approved = fieldAt(m, "report-approved");
      if (approved?.data === INVALID) continue;
      const approval = approved?.data as Approval | undefined;
      // Authorities outside the ladder (the Secretary-General, the ministers) rank above a head of department.
      if (approval && (atLeast(approval.authority, "department-head") || ["secretary-general", "minister-of-interior"].includes(approval.authority))) continue;
      ctx.report({ message: "unapproved", args: { meeting: m.name, by: approval?.authority ?? "" }, ...(approved ? valueRange(m, "report-approved")! : nameOf(m)) });
    }
  },
};
