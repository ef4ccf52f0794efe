// Completion: kinds and declaration snippets, the fields a block still lacks, and the values a field takes.
import type { Locale } from "../../grammar/messages.js";
import type { FileModel, Node } from "../model/bound.js";
import { formatDay } from "../model/dates.js";
import { AUTHORITIES, BOOL_VALUES, fieldSpec, KINDS, RATINGS, type BlockSpec, type EnumMember, type FieldSpec } from "../model/schema/index.js";
import { COUNTRY_CODES } from "../model/schema/countries.js";
import type { Workspace } from "../model/workspace.js";
import { isRequired } from "../model/binder.js";
import { words } from "../words/index.js";
import { locate } from "./locate.js";
import { markdownText } from "./markdown-text.js";
import { declarationSnippet } from "./snippets.js";

export type ItemKind = "kind" | "field" | "block" | "value" | "reference" | "snippet";

export interface CompletionItem {
  label: string;
  kind: ItemKind;
  detail?: string;
  documentation?: string;
  /** Text to insert; a snippet when `snippet` is set. */
  insertText?: string;
  snippet?: boolean;
  sortText?: string;
}

export interface Completion {
  items: CompletionItem[];
  /** More would match than are listed: the editor asks again as the user types. */
  isIncomplete: boolean;
}

/** Names offered for a reference field at most; the typed prefix narrows them first. */
const MAX_REFERENCES = 300;

const MEMBER = /^\s*(?:[A-Za-z_][\w-]*)?$/;
const VALUE = /^\s*([A-Za-z_][\w-]*)\s*:(.*)$/;

/** Values in the schema's order (the authority ladder, met before not-met), not the editor's alphabetical one. */
function enumItems(members: readonly EnumMember[], detail: string, locale: Locale, exclude: Set<string>): CompletionItem[] {
  return members.filter((m) => !exclude.has(m.name)).map((m, i) => ({
    label: m.name, kind: "value" as const, detail, sortText: String(i).padStart(3, "0"), ...(m.doc ? { documentation: m.doc[locale] } : {}),
  }));
}

/** Members a block can still take: its fields not yet written (repeatable ones always), and its nested blocks. */
function memberItems(node: Node | undefined, spec: BlockSpec, locale: Locale): CompletionItem[] {
  const present = new Set((node?.syntax.members ?? []).map((m) => (m.type === "field" ? m.name : m.keyword.text)));
  const fields = spec.fields.filter((f) => f.repeatable || !present.has(f.name)).map((f, i): CompletionItem => {
    const required = node !== undefined && isRequired(f, node.syntax);
    return {
      label: f.name, kind: "field", detail: required ? words(locale).editor.required : undefined,
      documentation: f.doc[locale], insertText: `${f.name}: `, sortText: `${required ? "0" : "1"}${String(i).padStart(3, "0")}`,
    };
  });
  const blocks = spec.blocks.filter((b) => b.repeatable || !present.has(b.name)).map((b): CompletionItem => ({
    label: b.name, kind: "block", documentation: b.doc[locale], snippet: true, sortText: `2${b.name}`,
    insertText: `${b.name}${b.label === "number" ? " ${1:1}" : b.label === "name" ? " ${1:NAME}" : ""}${b.title ? ' "${2:Title}"' : ""} {\n\t$0\n}`,
  }));
  return [...fields, ...blocks];
}

function kindItems(today: string, locale: Locale, snippets: boolean): CompletionItem[] {
  return KINDS.flatMap((k): CompletionItem[] => [
    { label: k.name, kind: "kind", documentation: k.doc[locale], insertText: `${k.name} `, sortText: `0${k.name}` },
    ...(snippets ? [{ label: `${k.name} …`, kind: "snippet" as const, detail: words(locale).editor.wholeDeclaration, documentation: k.doc[locale], insertText: declarationSnippet(k, today), snippet: true, sortText: `1${k.name}` }] : []),
  ]);
}

function referenceItems(ws: Workspace, kinds: readonly string[], prefix: string, exclude: Set<string>): Completion {
  const items: CompletionItem[] = [];
  let total = 0;
  const p = prefix.toLowerCase();
  for (const kind of kinds) {
    for (const d of ws.headsOfKind(kind)) {
      if (!d.name || exclude.has(d.name) || !d.name.toLowerCase().startsWith(p)) continue;
      total++;
      if (items.length < MAX_REFERENCES) items.push({ label: d.name, kind: "reference", detail: d.kind, ...(d.title ? { documentation: markdownText(d.title) } : {}) });
    }
  }
  items.sort((a, b) => (a.label < b.label ? -1 : 1));
  return { items, isIncomplete: total > items.length };
}

/** Values for the `index`-th atom of a field (0-based), leaving out list items already written. */
function valueItems(ws: Workspace, spec: FieldSpec, index: number, prefix: string, written: Set<string>, today: string, locale: Locale): Completion {
  const v = spec.value;
  const items = (list: CompletionItem[]): Completion => ({ items: list, isIncomplete: false });
  switch (v.type) {
    case "enum": return items(enumItems(v.values, spec.name, locale, written));
    case "bool": return items(enumItems(BOOL_VALUES, spec.name, locale, written));
    case "rating": return items(index === 0 ? enumItems(RATINGS, spec.name, locale, written) : []);
    case "approval":
      if (index === 0) return items(enumItems(AUTHORITIES, spec.name, locale, written));
      return items(index === 1 ? [{ label: today, kind: "value", detail: words(locale).editor.today }] : []);
    case "date": return items([{ label: today, kind: "value", detail: words(locale).editor.today }]);
    case "dated": return items(index === 0 ? [{ label: today, kind: "value", detail: words(locale).editor.today }] : []);
    case "country": return items([...COUNTRY_CODES].filter((c) => c.startsWith(prefix.toUpperCase())).sort().map((c) => ({ label: c, kind: "value" as const })));
    case "ref": {
      const found = referenceItems(ws, v.kinds, prefix, written);
      if (spec.none && index === 0 && "none".startsWith(prefix)) found.items.unshift({ label: "none", kind: "value", sortText: "0" });
      return found;
    }
    default: return items([]);
  }
}

/**
 * Completion at an offset. `snippets: false` leaves out the whole-declaration snippets, for an editor
 * that ships the same snippets itself (the VS Code extension does, so that users can manage them there).
 */
export function complete(ws: Workspace, file: FileModel, offset: number, today: number, locale: Locale, snippets = true): Completion {
  const text = file.tree.text;
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const day = formatDay(today);
  if (file.tree.comments.some((c) => offset > c.start && offset <= c.end) || /"/.test(before.replace(/"[^"]*"/g, ""))) return { items: [], isIncomplete: false };
  const at = locate(file, offset);
  if (at.atom && (at.atom.kind === "text" || at.atom.kind === "string") && offset > at.atom.start && offset < at.atom.end) return { items: [], isIncomplete: false };
  const node = at.node;
  const spec = node?.spec;
  const inBody = node !== undefined && node.syntax.open >= 0 && offset > node.syntax.open && (node.syntax.close < 0 || offset <= node.syntax.close);
  if (!inBody) return MEMBER.test(before) ? { items: kindItems(day, locale, snippets), isIncomplete: false } : { items: [], isIncomplete: false };
  if (!spec) return { items: [], isIncomplete: false };
  if (MEMBER.test(before)) return { items: memberItems(node, spec, locale), isIncomplete: false };
  const m = VALUE.exec(before);
  const fs = m ? fieldSpec(spec, m[1]!) : undefined;
  if (!m || !fs) return { items: [], isIncomplete: false };
  const rest = m[2]!;
  const inList = rest.lastIndexOf("[") > rest.lastIndexOf("]");
  const segment = inList ? rest.slice(rest.lastIndexOf("[") + 1) : rest;
  const words = segment.split(/[\s,\[\]]+/).filter(Boolean);
  const typingWord = /[\w-]$/.test(segment);
  const prefix = typingWord ? words[words.length - 1] ?? "" : "";
  const written = new Set(inList ? words.slice(0, typingWord ? -1 : undefined) : []);
  const index = inList ? 0 : words.length - (typingWord ? 1 : 0);
  return valueItems(ws, fs, index, prefix, written, day, locale);
}
