// form-not-permitted: the weighing fixes which forms of cooperation are allowed with a service.
import { list, str } from "../model/access.js";
import type { Decl } from "../model/bound.js";
import { currentAssessment, isInternational } from "../model/queries.js";
import { actDate, counterpartServices, dataField, itemRange, valueRange, viaDomestic } from "./helpers.js";
import { formatDay } from "../model/dates.js";
import { valuesWords, wordOf } from "./terms.js";
import { nameOf, type Locale, type Rule } from "./rule.js";

const DATA_FORMS: Record<string, string> = {
  general: "general-data", "threat-warning": "general-data", operational: "general-data",
  personal: "personal-data", raw: "raw-data", bulk: "bulk-data",
};

/**
 * A form of cooperation an act takes, with where the act writes it: an item of a list field, or a field's
 * value (a request's type); neither for a kind that is the form itself. The range is worked out only for a
 * finding (`formAt`): every act of a register has its forms read, and few have a finding.
 */
export interface ActForm {
  form: string;
  field?: string;
  item?: string;
}

function addForm(out: ActForm[], form: string, field?: string, item?: string): void {
  if (!out.some((f) => f.form === form)) out.push({ form, field, item });
}

/** Where the act writes the form, for pointing at it; undefined when it is not written as such (a support is support). */
export function formAt(d: Decl, f: ActForm): { start: number; end: number } | undefined {
  if (f.field === undefined) return undefined;
  return f.item === undefined ? valueRange(d, f.field) : itemRange(d, f.field, f.item);
}

/**
 * The forms in which an act gives data away: a disclosure's `data`, and what a request `provides` (giving
 * personal data with a question is providing personal data).
 */
export function dataForms(d: Decl): ActForm[] {
  const out: ActForm[] = [];
  const field = dataField(d);
  if (!field) return out;
  for (const item of list(d, field) ?? []) if (Object.hasOwn(DATA_FORMS, item)) addForm(out, DATA_FORMS[item]!, field, item);
  return out;
}

/** Every form of cooperation an act takes (docs/rules/form-not-permitted.md). */
function formsOf(d: Decl): ActForm[] {
  const out = dataForms(d);
  if (d.kind === "disclosure") {
    if (list(d, "subjects")?.includes("security-screening-subject")) addForm(out, "security-screening", "subjects", "security-screening-subject");
  } else if (d.kind === "request") {
    const type = str(d, "type");
    if (type === "information") addForm(out, "information-requests", "type");
    else if (type === "support") addForm(out, "support-requests", "type");
  } else if (d.kind === "support") addForm(out, "support");
  else if (d.kind === "operation") addForm(out, "joint-operations");
  return out;
}

const form = (a: Record<string, string>, l: Locale) => wordOf("assessment", "permits", a.form!, l);
const permitted = (a: Record<string, string>, l: Locale) => valuesWords("assessment", "permits", a.permits, l);

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
      en: (a) => `${a.act} (${a.date}) involves ${form(a, "en")}, a form of cooperation with ${a.service} that its current weighing ${a.assessment} does not permit (${a.permits ? `it permits ${permitted(a, "en")}` : "it permits no form of cooperation"}). The weighing fixes the forms of cooperation allowed with a service (CTIVD 22B §4.1, §4.3). Extend the weighing first, or leave this out.`,
      nl: (a) => `${a.act} (${a.date}) omvat ${form(a, "nl")}, een vorm van samenwerking met ${a.service} die de geldende wegingsnotitie ${a.assessment} niet toestaat (${a.permits ? `zij staat toe: ${permitted(a, "nl")}` : "zij staat geen enkele vorm van samenwerking toe"}). De weging bepaalt welke vormen van samenwerking met een dienst zijn toegestaan (CTIVD 22B §4.1, §4.3). Breid eerst de weging uit, of laat dit achterwege.`,
    },
    permits: {
      en: (a) => (a.permits ? `${a.assessment} permits ${permitted(a, "en")}.` : `${a.assessment} permits no form of cooperation.`),
      nl: (a) => (a.permits ? `${a.assessment} staat toe: ${permitted(a, "nl")}.` : `${a.assessment} staat geen enkele vorm van samenwerking toe.`),
    },
  },
  check(ctx) {
    for (const d of ctx.file.decls) {
      if (!d.spec) continue;
      const forms = formsOf(d);
      const day = actDate(d);
      // An exchange through a domestic service rests on that service's weighing (CTIVD 22B §5.5).
      if (forms.length === 0 || day === undefined || viaDomestic(ctx.ws, d)) continue;
      for (const { atom, service } of counterpartServices(ctx.ws, d)) {
        // Cooperation inside an international organisation's framework needs no weighing of its own (ch. 8).
        if (isInternational(service)) continue;
        const a = currentAssessment(ctx.ws, service.name, day);
        const permits = a ? list(a, "permits") : undefined;
        // No weighing, or one without recorded permits: cooperation-without-assessment speaks, or nothing can be said.
        if (!a || !permits) continue;
        for (const f of forms) {
          const form = f.form;
          if (permits.includes(form)) continue;
          const args = { act: d.name, date: formatDay(day), form, service: service.name, assessment: a.name, permits: permits.join(",") };
          const permitsAt = valueRange(a, "permits") ?? nameOf(a);
          ctx.report({
            args, subject: { act: d, service: service.name }, ...(formAt(d, f) ?? { start: atom.start, end: atom.end }),
            related: [{ file: a.file, ...permitsAt, message: "permits", args }],
          });
        }
      }
    }
  },
};
