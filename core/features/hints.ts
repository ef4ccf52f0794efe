// Inlay hints and code lenses: what a declaration still requires, and how much cooperation a service has.
import type { Locale } from "../../grammar/messages.js";
import type { Decl, FileModel } from "../model/bound.js";
import { ACTIVITY_KINDS, kindWord } from "../model/schema/index.js";
import type { Workspace } from "../model/workspace.js";
import { firstNotBefore } from "../model/search.js";
import { words } from "../words/index.js";
import type { Diagnostic } from "../model/diagnostic.js";

export interface InlayHint {
  /** Offset the hint is shown at: the end of the declaration's header line. */
  offset: number;
  label: string;
  tooltip: string;
}

/** "requires: director, recorded" after the header of each declaration with findings that name a requirement. */
export function inlayHints(file: FileModel, diagnostics: readonly Diagnostic[], locale: Locale, from = 0, to = Infinity): InlayHint[] {
  const out: InlayHint[] = [];
  // The findings that name a requirement, by position: each declaration looks up its own instead of
  // scanning all of them (a file of many declarations and as many findings would cost their product).
  const requiring = diagnostics.filter((x) => x.requires).sort((a, b) => a.start - b.start);
  for (const d of file.tree.declarations) {
    if (d.end < from || d.start > to || d.open < 0) continue;
    const needs: string[] = [];
    for (let i = firstNotBefore(requiring, (x) => x.start < d.start); i < requiring.length && requiring[i]!.start <= d.end; i++) {
      for (const n of requiring[i]!.requires!.split(", ")) if (!needs.includes(n)) needs.push(n);
    }
    if (needs.length === 0) continue;
    const w = words(locale).editor;
    out.push({ offset: d.open + 1, label: `${w.requires}: ${needs.join(", ")}`, tooltip: w.requiresTooltip });
  }
  return out;
}

export interface CodeLens {
  decl: Decl;
  start: number;
  end: number;
  title: string;
}

/** Activity counts in words, in the schema's order of kinds: "12 disclosures · 1 request · 4 receipts" (empty when there are none). */
export function activityCountsText(counts: Readonly<Record<string, number>>, locale: Locale, separator = " · "): string {
  return [...ACTIVITY_KINDS].filter((k) => (counts[k] ?? 0) > 0).map((k) => `${counts[k]} ${kindWord(k, locale, counts[k])}`).join(separator);
}

/** On every service: its activities counted by kind ("12 disclosures · 1 request · 4 receipts"). */
export function codeLenses(ws: Workspace, file: FileModel, locale: Locale): CodeLens[] {
  const out: CodeLens[] = [];
  // Counted once per name: a service declared many times over would otherwise count all its activities each time.
  const titles = new Map<string, string>();
  for (const d of file.decls) {
    if (d.kind !== "service" || !d.name) continue;
    let title = titles.get(d.name);
    if (title === undefined) {
      const counts: Record<string, number> = {};
      for (const a of ws.activitiesWith(d.name)) counts[a.kind] = (counts[a.kind] ?? 0) + 1;
      titles.set(d.name, (title = activityCountsText(counts, locale) || words(locale).editor.noActivities));
    }
    out.push({ decl: d, start: d.syntax.keyword.start, end: d.syntax.keyword.end, title });
  }
  return out;
}
