// Hover: the schema's docs for kinds, fields and values; a summary of a referenced service; the rule behind a finding.
import type { Locale } from "../../grammar/messages.js";
import { date, list, refs, str } from "../model/access.js";
import type { Decl, FileModel } from "../model/bound.js";
import type { ConfigOf } from "../model/config.js";
import { formatDay } from "../model/dates.js";
import { agreementsInForce, currentAssessment, isOwn, reviewBy, statusOf } from "../model/queries.js";
import { fieldSpec, kindSpec, nestedSpec, type FieldSpec, type ValueType } from "../model/schema/index.js";
import type { Workspace } from "../model/workspace.js";
import { ruleById } from "../rules/catalogue.js";
import { ruleDocUri } from "../rules/docs.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { criteriaWords } from "../rules/terms.js";
import { words } from "../words/index.js";
import { locate } from "./locate.js";

export interface Hover {
  markdown: string;
  start: number;
  end: number;
}


function typeText(v: ValueType, locale: Locale): string {
  switch (v.type) {
    case "ref": return v.kinds.join(" | ");
    case "enum": return v.values.map((m) => `\`${m.name}\``).join(" · ");
    case "approval": return words(locale).hover.approvalType;
    case "dated": return words(locale).hover.datedType;
    case "rating": return words(locale).hover.ratingType;
    case "code": return v.what[locale];
    default: return v.type;
  }
}

function fieldDoc(spec: FieldSpec, locale: Locale): string {
  const T = words(locale).hover;
  const r = spec.required;
  const required = r === true ? T.required : r && r.when ? T.requiredWhen(r.when.join(": ")) : r && r.unless ? T.requiredUnless(r.unless.map((u) => u.join(": ")).join("`, `")) : "";
  const flags = [required, spec.repeatable ? T.repeatable : ""].filter(Boolean).join(", ");
  const type = `${spec.list ? `${T.listOf} ` : ""}${typeText(spec.value, locale)}${spec.none ? " | `none`" : ""}`;
  return `**${spec.name}**: ${type}${flags ? ` — *${flags}*` : ""}\n\n${spec.doc[locale]}`;
}

/** A service at a glance: what it is, whether it qualifies today and why, its weighing and agreements. */
function serviceSummary(ws: Workspace, s: Decl, today: number, configOf: ConfigOf, locale: Locale): string {
  const T = words(locale).hover;
  const facts = [str(s, "type"), str(s, "country"), str(s, "priority"), str(s, "relationship") && `relationship: ${str(s, "relationship")}`].filter(Boolean);
  let md = `**${s.name}**${s.title ? ` — ${s.title}` : ""}\n\n${facts.join(" · ")}`;
  if (isOwn(s)) return `${md}\n\n${T.own}`;
  const a = currentAssessment(ws, s.name, today);
  if (!a) md += `\n\n${T.notWeighed}`;
  else {
    const st = statusOf(a);
    const verdict = st.status === "eligible" ? T.eligible
      : st.status === "doubtful" ? `${T.doubtful} ${criteriaWords(st.doubtful.join(","), locale)}`
      : `${T.ineligible} ${criteriaWords(st.notMet.join(","), locale)}`;
    const due = reviewBy(a, configOf);
    const review = due === undefined ? "" : due < today ? `, **${T.overdue} ${formatDay(due)}**` : `, ${T.review} ${formatDay(due)}`;
    md += `\n\n**${verdict}** (${T.weighing} ${a.name} ${T.of} ${formatDay(date(a, "date")!)}${review})`;
  }
  const inForce = agreementsInForce(ws, s.name, today);
  const list = inForce.map((g) => `${g.name}${date(g, "signed") !== undefined ? ` (${T.signed} ${formatDay(date(g, "signed")!)})` : ""}`);
  return `${md}\n\n${T.agreements}: ${list.length > 0 ? list.join(", ") : T.none}`;
}

function declSummary(ws: Workspace, d: Decl, today: number, configOf: ConfigOf, locale: Locale): string {
  if (d.kind === "service") return serviceSummary(ws, d, today, configOf, locale);
  const when = date(d, "date") ?? date(d, "signed");
  const about = refs(d, "service") ?? refs(d, "to") ?? refs(d, "with") ?? refs(d, "from") ?? refs(d, "parties");
  const data = list(d, "data");
  const parts = [d.kind, when !== undefined ? formatDay(when) : "", about ? about.map((r) => r.text).join(", ") : "", data ? data.join(", ") : ""];
  return `**${d.name}**${d.title ? ` — ${d.title}` : ""}\n\n${parts.filter(Boolean).join(" · ")}`;
}

function findingsAt(diagnostics: readonly Diagnostic[], offset: number, locale: Locale): string[] {
  const T = words(locale).hover;
  return diagnostics.filter((d) => offset >= d.start && offset <= d.end).map((d) => {
    const rule = ruleById(d.rule);
    return `**${d.rule}** (${words(locale).severity[d.severity][0]}): ${rule?.summary[locale] ?? ""} — [${T.page}](${ruleDocUri(d.rule)})`;
  });
}

export function hover(ws: Workspace, file: FileModel, offset: number, diagnostics: readonly Diagnostic[], today: number, configOf: ConfigOf, locale: Locale): Hover | undefined {
  const at = locate(file, offset);
  const findings = findingsAt(diagnostics, offset, locale);
  let md: string | undefined;
  if (at.atom && at.node) {
    const spec = at.node.spec;
    if (at.role === "keyword") {
      const kind = at.node.parent === null ? kindSpec(at.atom.text) : at.node.parent.spec ? nestedSpec(at.node.parent.spec, at.atom.text) : undefined;
      if (kind) md = `**${kind.name}**\n\n${kind.doc[locale]}`;
    } else if (at.role === "name") {
      const d = ws.lookup(at.atom.text).find((x) => x.syntax.label === at.atom);
      if (d) md = declSummary(ws, d, today, configOf, locale);
    } else if (at.role === "key" && spec) {
      const fs = fieldSpec(spec, at.atom.text);
      if (fs) md = fieldDoc(fs, locale);
    } else if (at.role === "value" && at.field && spec) {
      const target = at.ref ? ws.lookup(at.atom.text)[0] : undefined;
      if (target) md = declSummary(ws, target, today, configOf, locale);
      else {
        const fs = fieldSpec(spec, at.field.key.text);
        const member = fs?.value.type === "enum" ? fs.value.values.find((m) => m.name === at.atom!.text) : undefined;
        if (member?.doc) md = `**${member.name}** — ${member.doc[locale]}`;
      }
    }
  }
  const text = [md, ...findings].filter(Boolean).join("\n\n---\n\n");
  if (!text) return undefined;
  return { markdown: text, start: at.atom?.start ?? offset, end: at.atom?.end ?? offset };
}
