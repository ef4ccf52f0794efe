// Go to definition, find references and rename: a name is its declaration and every reference to it.
import type { Locale } from "../../grammar/messages.js";
import { nameSpan } from "../model/access.js";
import type { Decl, FileModel } from "../model/bound.js";
import type { Workspace } from "../model/workspace.js";
import type { TextEdit } from "../model/diagnostic.js";
import { kindWord } from "../model/schema/index.js";
import { words } from "../words/index.js";
import { locate } from "./locate.js";

export interface Span {
  file: FileModel;
  start: number;
  end: number;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** The name at an offset, when it is a declaration's name or a reference. */
function nameAt(file: FileModel, offset: number): { name: string; span: Span } | undefined {
  const at = locate(file, offset);
  if (!at.atom) return undefined;
  if (at.role === "name" || at.ref) return { name: at.atom.text, span: { file, start: at.atom.start, end: at.atom.end } };
  return undefined;
}

function declSpan(d: Decl): Span {
  return { file: d.file, ...nameSpan(d) };
}

export function definition(ws: Workspace, file: FileModel, offset: number): Span[] {
  const at = nameAt(file, offset);
  return at ? ws.headsNamed(at.name).map(declSpan) : [];
}

/** Every place the name is used, in path order; with `withDeclarations`, its declarations too. */
export function references(ws: Workspace, file: FileModel, offset: number, withDeclarations: boolean, cancelled: () => boolean = () => false): Span[] {
  const at = nameAt(file, offset);
  if (!at) return [];
  const out: Span[] = withDeclarations ? ws.headsNamed(at.name).map(declSpan) : [];
  const files = [...ws.files.values()].sort((a, b) => (a.uri < b.uri ? -1 : 1));
  for (const f of files) {
    if (cancelled()) return out;
    // A reference is an identifier, written as it reads: a resting file whose text lacks the name holds none, and stays at rest.
    if (f.resting && !f.tree.text.includes(at.name)) continue;
    for (const r of ws.awake(f).refs) if (r.atom.text === at.name) out.push({ file: f, start: r.atom.start, end: r.atom.end });
  }
  return out;
}


export interface Refusal {
  refused: string;
}

const refuse = (refused: string): Refusal => ({ refused });

export function prepareRename(ws: Workspace, file: FileModel, offset: number, locale: Locale): Span & { name: string } | Refusal {
  const at = nameAt(file, offset);
  if (!at) return refuse(words(locale).editor.renameNotAName);
  if (ws.headsNamed(at.name).length === 0) return refuse(words(locale).editor.renameUndeclared(at.name));
  return { ...at.span, name: at.name };
}

/** The edits that rename the name at the offset everywhere, or why that cannot be done. */
export function rename(ws: Workspace, file: FileModel, offset: number, newName: string, locale: Locale): Map<string, TextEdit[]> | Refusal {
  const prepared = prepareRename(ws, file, offset, locale);
  if ("refused" in prepared) return prepared;
  if (!NAME.test(newName)) return refuse(words(locale).editor.renameInvalid(newName));
  if (newName === prepared.name) return new Map();
  const clash = ws.headsNamed(newName)[0];
  if (clash) return refuse(words(locale).editor.renameTaken(newName, kindWord(clash.kind, locale), clash.file.uri.split("/").pop() ?? clash.file.uri));
  const edits = new Map<string, TextEdit[]>();
  for (const s of references(ws, file, offset, true)) {
    const list = edits.get(s.file.uri) ?? [];
    list.push({ start: s.start, end: s.end, newText: newName });
    edits.set(s.file.uri, list);
  }
  return edits;
}
