// Which declaration a document is made of: by name (with did-you-mean), or the one under the cursor; and the findings that travel with it.
import type { Decl, FileModel } from "../../model/bound.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import { nearest } from "../../model/suggest.js";
import type { Workspace } from "../../model/workspace.js";
import { RENDERABLE_KINDS } from "./build.js";

export type Selection =
  | { decl: Decl }
  | { problem: "not-declared"; suggestions: string[] }
  | { problem: "wrong-kind"; kind: string; suggestions: string[] };

/** The names of the declarations a document can be made of. */
function renderableNames(ws: Workspace): string[] {
  return RENDERABLE_KINDS.flatMap((k) => [...ws.headsOfKind(k)].map((d) => d.name)).filter((n) => n !== "").sort();
}

/**
 * The agreement or weighing note of that name. A service's name suggests the agreements and
 * weighings about it; any other name the nearest renderable name.
 */
export function selectDeclaration(ws: Workspace, name: string): Selection {
  const found = ws.lookup(name);
  const decl = found.find((d) => RENDERABLE_KINDS.includes(d.kind));
  if (decl) return { decl };
  const names = renderableNames(ws);
  if (found.length > 0) {
    const about = ws.recordsAbout(name).filter((d) => RENDERABLE_KINDS.includes(d.kind)).map((d) => d.name);
    const near = nearest(name, names);
    return { problem: "wrong-kind", kind: found[0]!.kind, suggestions: about.length > 0 ? about.slice(0, 4) : near ? [near] : [] };
  }
  const near = nearest(name, names);
  const prefix = names.filter((n) => n.toLowerCase().startsWith(name.toLowerCase()) && n !== near).slice(0, 3);
  return { problem: "not-declared", suggestions: [...(near ? [near] : []), ...prefix] };
}

/** The agreement or weighing note whose text holds the offset, if any; without an offset, the file's first. */
export function declarationAt(file: FileModel, offset?: number): Decl | undefined {
  return file.decls.find((d) => RENDERABLE_KINDS.includes(d.kind) && d.name !== "" && (offset === undefined || (offset >= d.syntax.start && offset <= d.syntax.end)));
}

/** The open errors and warnings on a declaration and its blocks: they travel with the document, never into it. */
export function findingsIn(decl: Decl, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => (d.severity === "error" || d.severity === "warning") && d.start >= decl.syntax.start && d.start < decl.syntax.end);
}
