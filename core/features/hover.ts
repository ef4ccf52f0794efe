// Hover: the schema's docs for kinds, fields and values; a summary of a declaration (a service, an agreement, an act) in words; the rule behind a finding.
import type { Locale } from "../../grammar/messages.js";
import { date, list, refs, str } from "../model/access.js";
import type { Decl, FileModel } from "../model/bound.js";
import type { ConfigOf } from "../model/config.js";
import { formatDay } from "../model/dates.js";
import { agreementsInForce, amendmentsInForce, currentAssessment, isDomestic, isInternational, isOwn, reviewBy, startOf, statusOf } from "../model/queries.js";
import { fieldSpec, kindSpec, kindWord, nestedSpec, wordOf, type FieldSpec, type ValueType } from "../model/schema/index.js";
import type { Workspace } from "../model/workspace.js";
import { ruleById } from "../rules/catalogue.js";
import { ruleDocUri } from "../rules/docs.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { criteriaWords, valuesWords } from "../rules/terms.js";
import { words } from "../words/index.js";
import { markdownText } from "./markdown-text.js";
import { agreementHistory, agreementState, datesParts, historyParts, serviceFacts, serviceFactsParts, termsOf, termsParts } from "./facts.js";
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

/** "MOU-1 (since 2025-06-01; amended by AMD-1 since 2026-05-01)": an agreement in force with its start and its amendments in force. */
function inForceText(ws: Workspace, g: Decl, today: number, locale: Locale): string {
  const F = words(locale).facts;
  const from = startOf(g);
  const amendments = amendmentsInForce(ws, g, today).map((m) => {
    const start = startOf(m);
    return `${m.name}${start !== undefined ? ` ${F.since(formatDay(start))}` : ""}`;
  });
  const parts = [from !== undefined ? F.since(formatDay(from)) : "", amendments.length > 0 ? `${F.amendedBy} ${amendments.join(", ")}` : ""].filter(Boolean);
  return `${g.name}${parts.length > 0 ? ` (${parts.join("; ")})` : ""}`;
}

/** File text in a hover: inert Markdown (see markdown-text.ts). */
const esc = markdownText;

/** A declaration's name in bold and its title, as written. */
const heading = (d: Decl) => `**${esc(d.name)}**${d.title ? ` — ${esc(d.title)}` : ""}`;

/** A service at a glance: what it is, whether it qualifies today and why, its weighing and agreements. */
function serviceSummary(ws: Workspace, s: Decl, today: number, configOf: ConfigOf, locale: Locale): string {
  const T = words(locale).hover;
  const F = words(locale).facts;
  let md = `${heading(s)}\n\n${serviceFactsParts(serviceFacts(s), locale).map(esc).join(" · ")}`;
  if (isOwn(s)) return `${md}\n\n${T.own}`;
  if (isDomestic(ws, s)) return `${md}\n\n${F.domestic}`;
  const a = currentAssessment(ws, s.name, today);
  if (!a) md += `\n\n${isInternational(s) ? F.withinFramework : T.notWeighed}`;
  else {
    const st = statusOf(a);
    const verdict = st.status === "eligible" ? T.eligible
      : st.status === "doubtful" ? `${T.doubtful} ${criteriaWords(st.doubtful.join(","), locale)}`
      : `${T.ineligible} ${criteriaWords(st.notMet.join(","), locale)}`;
    const due = reviewBy(a, configOf);
    const review = due === undefined ? "" : due < today ? `, **${T.overdue} ${formatDay(due)}**` : `, ${T.review} ${formatDay(due)}`;
    md += `\n\n**${verdict}** (${T.weighing} ${esc(a.name)} ${T.of} ${formatDay(date(a, "date")!)}${review})`;
  }
  const names = agreementsInForce(ws, s.name, today).map((g) => esc(inForceText(ws, g, today, locale)));
  return `${md}\n\n${T.agreements}: ${names.length > 0 ? names.join(", ") : T.none}`;
}

/** An agreement at a glance: what it is, where it stands today, its dates, what it covers today and its history. */
function agreementSummary(ws: Workspace, d: Decl, today: number, locale: Locale): string {
  const F = words(locale).facts;
  const form = str(d, "form");
  const kind = str(d, "kind");
  const parties = refs(d, "parties")?.map((r) => r.text) ?? [];
  const what = [form && wordOf("agreement", "form", form, locale), kind && wordOf("agreement", "kind", kind, locale), parties.join(", ")].filter(Boolean);
  const h = agreementHistory(ws, d, today);
  const state = agreementState(ws, d, today);
  const when = [`**${words(locale).state[state]}**`, ...datesParts(h, locale).map(esc)];
  // In force, it covers what its amendments in force add; otherwise what it says itself.
  const own = list(d, "covers") ?? [];
  const added = state === "in-force" ? amendmentsInForce(ws, d, today).flatMap((m) => list(m, "covers") ?? []) : [];
  const covers = [...new Set([...own, ...added])];
  const lines = [
    heading(d), what.map((w) => esc(w ?? "")).join(" · "), when.join(" · "),
    covers.length > 0 ? `${added.length > 0 ? F.coversToday : F.covers}: ${valuesWords("agreement", "covers", covers.join(","), locale)}` : "",
    historyParts(h, locale).map(esc).join(" · "),
  ];
  return lines.filter(Boolean).join("\n\n");
}

/** Any other declaration: its kind, date, counterparts and data in words; for a disclosure, the terms it gave with the data. */
function declSummary(ws: Workspace, d: Decl, today: number, configOf: ConfigOf, locale: Locale): string {
  if (d.kind === "service") return serviceSummary(ws, d, today, configOf, locale);
  if (d.kind === "agreement") return agreementSummary(ws, d, today, locale);
  const F = words(locale).facts;
  const when = date(d, "date");
  const about = refs(d, "service") ?? refs(d, "to") ?? refs(d, "with") ?? refs(d, "from");
  const via = refs(d, "via");
  const field = d.spec?.data;
  const data = field ? list(d, field) : undefined;
  const parts = [
    kindWord(d.kind, locale), when !== undefined ? formatDay(when) : "", about ? about.map((r) => r.text).join(", ") : "",
    via && via.length > 0 ? `${F.via} ${via.map((r) => r.text).join(", ")}` : "",
    data && field ? valuesWords(d.kind, field, data.join(","), locale) : "",
  ];
  const terms = d.kind === "disclosure" ? termsParts(termsOf(d), locale, true) : [];
  return [heading(d), parts.filter(Boolean).map(esc).join(" · "), terms.map(esc).join(" · ")].filter(Boolean).join("\n\n");
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
        const fs = fieldSpec(spec, at.field.name);
        const member = fs?.value.type === "enum" ? fs.value.values.find((m) => m.name === at.atom!.text) : undefined;
        if (member?.doc) md = `**${member.name}** — ${member.doc[locale]}`;
      }
    }
  }
  const text = [md, ...findings].filter(Boolean).join("\n\n---\n\n");
  if (!text) return undefined;
  return { markdown: text, start: at.atom?.start ?? offset, end: at.atom?.end ?? offset };
}
