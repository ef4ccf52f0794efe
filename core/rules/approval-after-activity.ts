// approval-after-activity: permission is given before the act; a later date means the act went ahead without it.
import { valueSpan } from "../../grammar/syntax-tree.js";
import { approvalFields, flag, list } from "../model/access.js";
import type { Approval, Decl } from "../model/bound.js";
import { ACTIVITY_KINDS } from "../model/schema/index.js";
import { actDate, isForeignAct } from "./helpers.js";
import { formatDay } from "../model/dates.js";
import { authorityWord } from "./terms.js";
import type { Locale, Message, Rule } from "./rule.js";

type Args = Record<string, string>;

const late: Record<Locale, (a: Args) => string> = {
  en: (a) => `The approval by ${authorityWord(a.authority!, "en")}${a.reference ? ` (${a.reference})` : ""} is dated ${a.approved}, after ${a.act} took place on ${a.date}: the permission did not exist when the act took place`,
  nl: (a) => `De goedkeuring door ${authorityWord(a.authority!, "nl")}${a.reference ? ` (${a.reference})` : ""} dateert van ${a.approved}, ná ${a.act} op ${a.date}: de toestemming bestond niet toen de handeling plaatsvond`,
};
const remedy: Record<Locale, string> = {
  en: "Correct the date if it is wrong; otherwise the act was done without the approval it needed.",
  nl: "Corrigeer de datum als die onjuist is; anders is gehandeld zonder de vereiste goedkeuring.",
};
/** A message: the lateness, the passage that asks for the permission beforehand, and what to do. */
const variant = (en: string, nl: string): Message => ({
  en: (a) => `${late.en(a)}, and ${en}. ${remedy.en}`,
  nl: (a) => `${late.nl(a)}, en ${nl}. ${remedy.nl}`,
});

/** Which passage asks for this approval beforehand: the message key. */
function passage(act: Decl, approval: Approval): string {
  if (approval.authority === "secretary-general") return "agreement";
  if (flag(act, "ad-hoc") === true) return "ad-hoc";
  if (act.kind === "support" || act.kind === "request" || act.kind === "operation") return "support";
  if (act.kind === "disclosure") return list(act, "data")?.includes("personal") ? "personal" : "disclosure";
  return "default";
}

export const rule: Rule = {
  id: "approval-after-activity",
  section: "B",
  severity: "error",
  summary: {
    en: "An approval dated after the activity it approves.",
    nl: "Een goedkeuring gedateerd na de activiteit die zij goedkeurt.",
  },
  messages: {
    "ad-hoc": variant(
      "incidental cooperation must be preceded by a motivated decision of the service leadership and the explicit consent of the Minister of Defence (CTIVD 22B §4.1)",
      "aan incidentele samenwerking moeten een gemotiveerde beslissing van de dienstleiding en expliciete toestemming van de minister van Defensie voorafgaan (CTIVD 22B §4.1)",
    ),
    agreement: variant(
      "cooperation without an agreement is settled with the Secretary-General of Defence before it takes place (Directive SG A/946; CTIVD 22B §4.2)",
      "samenwerking zonder overeenkomst wordt met de secretaris-generaal van Defensie afgestemd voordat zij plaatsvindt (Aanwijzing SG A/946; CTIVD 22B §4.2)",
    ),
    support: variant(
      "permission for support, operational cooperation and requests to a foreign service is asked beforehand (CTIVD 22B ch. 6)",
      "toestemming voor ondersteuning, operationele samenwerking en verzoeken aan een buitenlandse dienst wordt vooraf gevraagd (CTIVD 22B hfst. 6)",
    ),
    personal: variant(
      "the decision to provide personal data is taken, at the level the mandate requires, before the data is given (CTIVD 22B §5.2)",
      "de beslissing om persoonsgegevens te verstrekken wordt, op het niveau dat het mandaat vraagt, genomen voordat de gegevens worden verstrekt (CTIVD 22B §5.2)",
    ),
    disclosure: variant(
      "before it gives data, the service establishes that the disclosure is lawful and decided at the level the mandate requires (CTIVD 22B §5.1)",
      "voordat de dienst gegevens verstrekt, stelt hij vast dat de verstrekking rechtmatig is en op het niveau dat het mandaat vraagt is besloten (CTIVD 22B §5.1)",
    ),
    default: variant(
      "a permission recorded on an act is given before the act it permits",
      "een toestemming die bij een handeling is vastgelegd, gaat aan die handeling vooraf",
    ),
  },
  check(ctx) {
    for (const d of ctx.file.decls) {
      // An act with domestic counterparts only is no foreign cooperation.
      if (!ACTIVITY_KINDS.has(d.kind) || !d.spec || !isForeignAct(ctx.ws, d)) continue;
      const day = actDate(d);
      if (day === undefined) continue;
      for (const f of approvalFields(d)) {
        const a = f.data as Approval;
        if (a.date <= day) continue;
        ctx.report({
          message: passage(d, a),
          args: { authority: a.authority, reference: a.reference ?? "", approved: formatDay(a.date), act: d.name, date: formatDay(day) },
          ...valueSpan(f)!,
        });
      }
    }
  },
};
