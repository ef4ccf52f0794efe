// Go to definition, find references and rename: a name is its declaration and every reference to it.
import type { Locale } from "../../grammar/messages.js";
import type { Decl, FileModel } from "../model/bound.js";
import type { Workspace } from "../model/workspace.js";
import type { TextEdit } from "../rules/rule.js";
import { locate } from "./locate.js";

export interface Span {
  file: FileModel;
  start: number;
  end: number;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** The name at an offset, when it is a declaration's name or a reference. */
export function nameAt(file: FileModel, offset: number): { name: string; span: Span } | undefined {
  const at = locate(file, offset);
  if (!at.atom) return undefined;
  if (at.role === "name" || at.ref) return { name: at.atom.text, span: { file, start: at.atom.start, end: at.atom.end } };
  return undefined;
}

function declSpan(d: Decl): Span {
  return { file: d.file, start: d.nameStart, end: d.nameEnd };
}

export function definition(ws: Workspace, file: FileModel, offset: number): Span[] {
  const at = nameAt(file, offset);
  return at ? ws.lookup(at.name).map(declSpan) : [];
}

/** Every place the name is used, in path order; with `withDeclarations`, its declarations too. */
export function references(ws: Workspace, file: FileModel, offset: number, withDeclarations: boolean, cancelled: () => boolean = () => false): Span[] {
  const at = nameAt(file, offset);
  if (!at) return [];
  const out: Span[] = withDeclarations ? ws.lookup(at.name).map(declSpan) : [];
  const files = [...ws.files.values()].sort((a, b) => (a.uri < b.uri ? -1 : 1));
  for (const f of files) {
    if (cancelled()) return out;
    for (const r of f.refs) if (r.atom.text === at.name) out.push({ file: f, start: r.atom.start, end: r.atom.end });
  }
  return out;
}

const REFUSALS: Record<string, Record<Locale, (a: Record<string, string>) => string>> = {
  "not-a-name": {
    en: () => "Only the name of a declaration, or a reference to one, can be renamed here.",
    nl: () => "Alleen de naam van een declaratie, of een verwijzing ernaar, kan hier worden hernoemd.",
  },
  undeclared: {
    en: (a) => `${a.name} is not declared in the workspace, so there is nothing to rename.`,
    nl: (a) => `${a.name} is nergens in de werkruimte gedeclareerd, dus er valt niets te hernoemen.`,
  },
  invalid: {
    en: (a) => `'${a.name}' is not a valid name: a name starts with a letter or '_' and holds letters, digits, '_' and '-'.`,
    nl: (a) => `'${a.name}' is geen geldige naam: een naam begint met een letter of '_' en bevat letters, cijfers, '_' en '-'.`,
  },
  taken: {
    en: (a) => `${a.name} is already the name of ${a.kind} in ${a.where}; names are unique across the workspace.`,
    nl: (a) => `${a.name} is al de naam van ${a.kind} in ${a.where}; namen zijn in de hele werkruimte uniek.`,
  },
};

export interface Refusal {
  refused: string;
}

function refuse(key: string, args: Record<string, string>, locale: Locale): Refusal {
  return { refused: REFUSALS[key]![locale](args) };
}

export function prepareRename(ws: Workspace, file: FileModel, offset: number, locale: Locale): Span & { name: string } | Refusal {
  const at = nameAt(file, offset);
  if (!at) return refuse("not-a-name", {}, locale);
  if (ws.lookup(at.name).length === 0) return refuse("undeclared", { name: at.name }, locale);
  return { ...at.span, name: at.name };
}

/** The edits that rename the name at the offset everywhere, or why that cannot be done. */
export function rename(ws: Workspace, file: FileModel, offset: number, newName: string, locale: Locale): Map<string, TextEdit[]> | Refusal {
  const prepared = prepareRename(ws, file, offset, locale);
  if ("refused" in prepared) return prepared;
  if (!NAME.test(newName)) return refuse("invalid", { name: newName }, locale);
  if (newName === prepared.name) return new Map();
  const clash = ws.lookup(newName)[0];
  if (clash) return refuse("taken", { name: newName, kind: clash.kind, where: clash.file.uri.split("/").pop() ?? clash.file.uri }, locale);
  const edits = new Map<string, TextEdit[]>();
  for (const s of references(ws, file, offset, true)) {
    const list = edits.get(s.file.uri) ?? [];
    list.push({ start: s.start, end: s.end, newText: newName });
    edits.set(s.file.uri, list);
  }
  return edits;
}
