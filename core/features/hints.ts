// Inlay hints and code lenses: what a declaration still requires, and how much cooperation a service has.
import type { Locale } from "../../grammar/messages.js";
import type { Decl, FileModel } from "../model/bound.js";
import type { Workspace } from "../model/workspace.js";
import type { Diagnostic } from "../rules/run.js";

export interface InlayHint {
  /** Offset the hint is shown at: the end of the declaration's header line. */
  offset: number;
  label: string;
  tooltip: string;
}

/** "requires: director, recorded" after the header of each declaration with findings that name a requirement. */
export function inlayHints(file: FileModel, diagnostics: readonly Diagnostic[], locale: Locale, from = 0, to = Infinity): InlayHint[] {
  const out: InlayHint[] = [];
  for (const d of file.tree.declarations) {
    if (d.end < from || d.start > to || d.open < 0) continue;
    const needs: string[] = [];
    for (const diag of diagnostics) {
      if (diag.requires && diag.start >= d.start && diag.start <= d.end) {
        for (const n of diag.requires.split(", ")) if (!needs.includes(n)) needs.push(n);
      }
    }
    if (needs.length === 0) continue;
    const word = locale === "en" ? "requires" : "vereist";
    out.push({ offset: d.open + 1, label: `${word}: ${needs.join(", ")}`, tooltip: locale === "en" ? "What the findings on this declaration still ask for." : "Wat de meldingen bij deze declaratie nog vragen." });
  }
  return out;
}

export interface CodeLens {
  decl: Decl;
  start: number;
  end: number;
  title: string;
}

const PLURALS: Record<string, [en: string, nl: string, enMany: string, nlMany: string]> = {
  disclosure: ["disclosure", "verstrekking", "disclosures", "verstrekkingen"],
  request: ["request", "verzoek", "requests", "verzoeken"],
  support: ["support", "ondersteuning", "supports", "ondersteuningen"],
  operation: ["operation", "operatie", "operations", "operaties"],
  meeting: ["meeting", "overleg", "meetings", "overleggen"],
  receipt: ["receipt", "ontvangst", "receipts", "ontvangsten"],
};

/** Activity counts in words, in the schema's order of kinds: "12 disclosures · 1 request · 4 receipts" (empty when there are none). */
export function activityCountsText(counts: Readonly<Record<string, number>>, locale: Locale, separator = " · "): string {
  return Object.keys(PLURALS).filter((k) => (counts[k] ?? 0) > 0).map((k) => {
    const n = counts[k]!;
    const [en, nl, enMany, nlMany] = PLURALS[k]!;
    return `${n} ${locale === "en" ? (n === 1 ? en : enMany) : n === 1 ? nl : nlMany}`;
  }).join(separator);
}

/** On every service: its activities counted by kind ("12 disclosures · 1 request · 4 receipts"). */
export function codeLenses(ws: Workspace, file: FileModel, locale: Locale): CodeLens[] {
  const out: CodeLens[] = [];
  for (const d of file.decls) {
    if (d.kind !== "service" || !d.name) continue;
    const counts: Record<string, number> = {};
    for (const a of ws.activitiesWith(d.name)) counts[a.kind] = (counts[a.kind] ?? 0) + 1;
    const title = activityCountsText(counts, locale) || (locale === "en" ? "no activities" : "geen activiteiten");
    out.push({ decl: d, start: d.syntax.keyword.start, end: d.syntax.keyword.end, title });
  }
  return out;
}
