// form-not-permitted: the weighing fixes which forms of cooperation are allowed with a service.
import { list, str } from "../model/access.js";
import type { Decl } from "../model/bound.js";
import { currentAssessment, statusOf } from "../model/queries.js";
import { actDate, counterpartServices, itemRange, valueRange } from "./helpers.js";
import { formatDay } from "../model/dates.js";
import { nameOf, type Rule } from "./rule.js";

const DATA_FORMS: Record<string, string> = {
  general: "general-data", "threat-warning": "general-data", operational: "general-data",
  personal: "personal-data", raw: "raw-data", bulk: "bulk-data",
};

/** The forms an activity takes, each with where to point at it. */
function formsOf(d: Decl): { form: string; at: { start: number; end: number } | undefined }[] {
  const out: { form: string; at: { start: number; end: number } | undefined }[] = [];
  const add = (form: string, at: { start: number; end: number } | undefined) => {
    if (!out.some((f) => f.form === form)) out.push({ form, at });
  };
  if (d.kind === "disclosure") {
    for (const item of list(d, "data") ?? []) if (Object.hasOwn(DATA_FORMS, item)) add(DATA_FORMS[item]!, itemRange(d, "data", item));
    if (list(d, "subjects")?.includes("security-screening-subject")) add("security-screening", itemRange(d, "subjects", "security-screening-subject"));
  } else if (d.kind === "request") {
    const type = str(d, "type");
    if (type === "information") add("information-requests", valueRange(d, "type"));
    else if (type === "support") add("support-requests", valueRange(d, "type"));
  } else if (d.kind === "support") add("support", undefined);
  else if (d.kind === "operation") add("joint-operations", undefined);
  return out;
}

export const rule: Rule = {
  id: "form-not-permitted",
  section: "B",
  severity: "error",
  summary: {
    en: "A form of cooperation that the service's current weighing does not permit.",
    nl: "Een vorm van samenwerking die de geldende wegingsnotitie van de dienst niet toestaat.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} (${a.date}) is ${a.form} with ${a.service}, but the current weighing ${a.assessment} does not permit ${a.form} (it permits: ${a.permits}). The weighing fixes the forms of cooperation allowed with a service (CTIVD 22B §4.1, §4.3). Extend the weighing first, or leave this out.`,
      nl: (a) => `${a.act} (${a.date}) is ${a.form} met ${a.service}, maar de geldende wegingsnotitie ${a.assessment} staat ${a.form} niet toe (toegestaan: ${a.permits}). De weging bepaalt welke vormen van samenwerking met een dienst zijn toegestaan (CTIVD 22B §4.1, §4.3). Breid eerst de weging uit, of laat dit achterwege.`,
    },
    permits: { en: (a) => `${a.assessment} permits: ${a.permits}.`, nl: (a) => `${a.assessment} staat toe: ${a.permits}.` },
  },
  check(ctx) {
    for (const d of ctx.file.decls) {
      if (!d.spec) continue;
      const forms = formsOf(d);
      const day = actDate(d);
      if (forms.length === 0 || day === undefined) continue;
      for (const { atom, service } of counterpartServices(ctx.ws, d)) {
        const a = currentAssessment(ctx.ws, service.name, day);
        const permits = a ? list(a, "permits") : undefined;
        // No weighing, no recorded permits, or an ineligible service: other rules speak, or nothing can be said.
        if (!a || !permits || statusOf(a).status === "ineligible") continue;
        for (const { form, at } of forms) {
          if (permits.includes(form)) continue;
          const args = { act: d.name, date: formatDay(day), form, service: service.name, assessment: a.name, permits: permits.join(", ") || "nothing" };
          const permitsAt = valueRange(a, "permits") ?? nameOf(a);
          ctx.report({ args, ...(at ?? { start: atom.start, end: atom.end }), related: [{ file: a.file, ...permitsAt, message: "permits", args }] });
        }
      }
    }
  },
};
