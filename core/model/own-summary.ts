// The workspace's own services and its first activity, kept per file so that neither needs a scan of every declaration.
import { flag } from "./access.js";
import type { Decl, FileModel } from "./bound.js";
import { before } from "./concerns.js";
import { ACTIVITY_KINDS } from "./schema/index.js";

/** Whether a declaration can be one of a file's own services or its first activity: an edit that touches none keeps the summary. */
export const inSummary = (d: Decl) => d.kind === "service" || ACTIVITY_KINDS.has(d.kind);

export class OwnSummary {
  /** Per file, its own services (`own: yes`) and its first activity; a file with neither is left out. */
  private readonly byFile = new Map<string, { own: Decl[]; first: Decl | undefined }>();
  private whole: { own: Decl[]; first: Decl | undefined } | null = null;

  /** Summarises a file anew (it was read, or an edit touched a service or an activity). */
  update(file: FileModel): void {
    const summary: { own: Decl[]; first: Decl | undefined } = { own: [], first: undefined };
    for (const d of file.decls) {
      if (d.kind === "service" && flag(d, "own") === true) summary.own.push(d);
      if (ACTIVITY_KINDS.has(d.kind) && (!summary.first || before(d, summary.first))) summary.first = d;
    }
    if (summary.own.length > 0 || summary.first) this.byFile.set(file.uri, summary);
    else this.byFile.delete(file.uri);
  }

  remove(uri: string): void {
    this.byFile.delete(uri);
  }

  /** The workspace changed: the whole is made again when next asked for. */
  changed(): void {
    this.whole = null;
  }

  /** The own services of the workspace, in document order. */
  own(): Decl[] {
    return (this.whole ??= this.combine()).own;
  }

  /** The first activity of the workspace (by file, then position). */
  first(): Decl | undefined {
    return (this.whole ??= this.combine()).first;
  }

  private combine(): { own: Decl[]; first: Decl | undefined } {
    const own: Decl[] = [];
    let first: Decl | undefined;
    for (const s of this.byFile.values()) {
      for (const d of s.own) own.push(d);
      if (s.first && (!first || before(s.first, first))) first = s.first;
    }
    return { own: own.sort((a, b) => (before(a, b) ? -1 : 1)), first };
  }
}
