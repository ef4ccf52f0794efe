// An agreement or a weighing note as a document: only the declaration's own content, under fixed headings in the chosen language.
import type { Locale } from "../../../grammar/messages.js";
import { valueSpan } from "../../../grammar/syntax-tree.js";
import { approvals, date, fieldAt, list, rating, refs, str } from "../../model/access.js";
import type { Decl, Node } from "../../model/bound.js";
import type { ConfigOf } from "../../model/config.js";
import { civil } from "../../model/dates.js";
import { concluded, criteriaOf, reviewBy, startOf } from "../../model/queries.js";
import { authorityWord, CRITERIA, RATINGS, valueWord, wordOf } from "../../model/schema/index.js";
import type { Workspace } from "../../model/workspace.js";
import { joinAnd, words } from "../../words/index.js";
import type { Anchor, Block, Fact, RenderDocument, SignatureBlock } from "./document.js";
import { textBlocks } from "./legal-text.js";

/** The kinds a document can be made of. */
export const RENDERABLE_KINDS: readonly string[] = ["agreement", "assessment"];

/** A date in words: "1 June 2025", "1 juni 2025". */
export function dateInWords(day: number, locale: Locale): string {
  const { year, month, dom } = civil(day);
  return `${dom} ${words(locale).render.months[month - 1]} ${year}`;
}

const capital = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** The id of a part of the document ("clause-7", "annex-1"): stable, and safe in HTML and anchors. */
export const partId = (kind: string, label: string) => `${kind}-${label.replace(/[^A-Za-z0-9_-]/g, "_")}`;

/** A service as the document names it: its full name with its short name, or the short name alone. */
function serviceName(ws: Workspace, name: string): string {
  const s = ws.service(name);
  return s?.title ? `${s.title} (${name})` : name;
}

/** Another agreement as a fact names it: its name and its title. */
function agreementName(ws: Workspace, name: string): string {
  const a = ws.lookup(name).find((d) => d.kind === "agreement");
  return a?.title ? `${name} (${a.title})` : name;
}

interface Builder {
  blocks: Block[];
  anchors: Anchor[];
}

/** A part of the document made of a nested block: its heading with an anchor, then its text. */
function part(b: Builder, node: Node, kind: string, heading: string, pageBreak = false): void {
  const id = partId(kind, node.syntax.label?.text ?? String(b.anchors.length + 1));
  b.blocks.push({ type: "heading", level: 1, text: heading, id, ...(pageBreak ? { pageBreak } : {}) });
  b.anchors.push({ id, start: node.syntax.start, end: node.syntax.end });
  const text = str(node, "text");
  if (text !== undefined) b.blocks.push(...textBlocks(text));
}

export function agreementDocument(ws: Workspace, a: Decl, locale: Locale, draft: string | null): RenderDocument {
  const R = words(locale).render;
  const b: Builder = { blocks: [], anchors: [] };
  const day = (field: string) => {
    const d = date(a, field);
    return d === undefined ? undefined : dateInWords(d, locale);
  };
  const form = str(a, "form");
  const kind = str(a, "kind");
  const facts: (Fact | null)[] = [
    form ? { label: R.form, value: wordOf("agreement", "form", form, locale) } : null,
    kind ? { label: R.kind, value: wordOf("agreement", "kind", kind, locale) } : null,
    { label: R.reference, value: a.name },
  ];
  const from = concluded(a) ? startOf(a) : undefined;
  if (from !== undefined) facts.push({ label: R.inForceFrom, value: dateInWords(from, locale) });
  const expires = day("expires");
  if (expires) facts.push({ label: R.expires, value: expires });
  const terminated = day("terminated");
  if (terminated) facts.push({ label: R.terminated, value: terminated });
  const amends = refs(a, "amends")?.[0]?.text;
  if (amends) facts.push({ label: R.amends, value: agreementName(ws, amends) });
  const supersedes = refs(a, "supersedes")?.[0]?.text;
  if (supersedes) facts.push({ label: R.supersedes, value: agreementName(ws, supersedes) });
  b.blocks.push({ type: "facts", facts: facts.filter((f): f is Fact => f !== null) });

  const parties = (refs(a, "parties") ?? []).map((p) => p.text);
  if (parties.length > 0) {
    b.blocks.push({ type: "heading", level: 1, text: R.parties });
    b.blocks.push({ type: "list", style: "bullet", start: 1, consecutive: true, items: parties.map((p) => ({ label: "-", text: serviceName(ws, p), children: [] })) });
    b.blocks.push({ type: "paragraph", text: R.preamble(joinAnd(parties.map((p) => serviceName(ws, p)), locale)) });
  }
  for (const clause of a.blocks.filter((n) => n.spec?.name === "clause")) {
    part(b, clause, "clause", R.article(clause.syntax.label?.text ?? "", clause.syntax.title?.text ?? null));
  }
  if (parties.length > 0) {
    const signed = day("signed") ?? null;
    const blocks: SignatureBlock[] = parties.map((p) => ({
      heading: R.signatureFor(serviceName(ws, p)),
      lines: [{ label: R.name, value: null }, { label: R.function, value: null }, { label: R.date, value: signed }, { label: R.place, value: null }, { label: R.signature, value: null }],
    }));
    b.blocks.push({ type: "heading", level: 1, text: R.signatures, id: "signatures" }, { type: "signatures", blocks });
  }
  a.blocks.filter((n) => n.spec?.name === "annex").forEach((annex, i) => {
    part(b, annex, "annex", R.annex(annex.syntax.label?.text ?? "", annex.syntax.title?.text ?? null), i === 0);
  });
  const formWords = form ? capital(wordOf("agreement", "form", form, locale)) : null;
  return {
    lang: locale, name: a.name, title: a.title ?? formWords ?? a.name, subtitle: a.title ? formWords : null, draft,
    blocks: b.blocks, anchors: b.anchors, page: R.page,
  };
}

export function assessmentDocument(ws: Workspace, a: Decl, locale: Locale, draft: string | null, configOf: ConfigOf): RenderDocument {
  const R = words(locale).render;
  const b: Builder = { blocks: [], anchors: [] };
  const facts: Fact[] = [];
  const service = refs(a, "service")?.[0]?.text;
  if (service) facts.push({ label: R.service, value: serviceName(ws, service) });
  const weighed = date(a, "date");
  if (weighed !== undefined) facts.push({ label: R.weighed, value: dateInWords(weighed, locale) });
  const review = reviewBy(a, configOf);
  if (review !== undefined) facts.push({ label: R.reviewBy, value: dateInWords(review, locale) });
  facts.push({ label: R.reference, value: a.name });
  b.blocks.push({ type: "facts", facts });

  const criteria = criteriaOf(a);
  b.blocks.push({ type: "heading", level: 1, text: R.criteria, id: "criteria" });
  if (criteria) b.anchors.push({ id: "criteria", start: criteria.syntax.start, end: criteria.syntax.end });
  for (const c of CRITERIA) {
    const r = criteria ? rating(criteria, c) : undefined;
    const id = partId("criterion", c);
    b.blocks.push({ type: "heading", level: 2, text: R.criterion[c] ?? c, id });
    // A rating is read from its field: the anchor is where that field's values are written.
    const span = r && valueSpan(fieldAt(criteria!, c)!);
    if (span) b.anchors.push({ id, ...span });
    b.blocks.push({ type: "facts", facts: [{ label: R.rating, value: r ? valueWord(RATINGS, r.rating, locale) : "—" }] });
    if (r?.motivation) b.blocks.push(...textBlocks(r.motivation));
  }
  const permits = list(a, "permits") ?? [];
  if (permits.length > 0) {
    b.blocks.push({ type: "heading", level: 1, text: R.permits, id: "permits" });
    b.blocks.push({ type: "list", style: "bullet", start: 1, consecutive: true, items: permits.map((p) => ({ label: "-", text: capital(wordOf("assessment", "permits", p, locale)), children: [] })) });
  }
  const conditions = str(a, "conditions");
  if (conditions !== undefined && conditions.trim() !== "") {
    b.blocks.push({ type: "heading", level: 1, text: R.conditions, id: "conditions" }, ...textBlocks(conditions));
  }
  b.blocks.push({ type: "heading", level: 1, text: R.approval, id: "approval" });
  const approved = approvals(a);
  if (approved.length > 0) {
    for (const ap of approved) b.blocks.push({ type: "paragraph", text: R.approvedBy(authorityWord(ap.authority, locale), dateInWords(ap.date, locale), ap.reference) });
  } else {
    b.blocks.push({ type: "signatures", blocks: [{ heading: R.approval, lines: [{ label: R.name, value: null }, { label: R.function, value: null }, { label: R.date, value: null }, { label: R.signature, value: null }] }] });
  }
  return {
    lang: locale, name: a.name, title: a.title ?? R.weighingNote, subtitle: a.title ? R.weighingNote : null, draft,
    blocks: b.blocks, anchors: b.anchors, page: R.page,
  };
}
