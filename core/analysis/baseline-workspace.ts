// The baseline over a whole workspace: marking what each file's baseline accepts, finding stale entries, and writing a baseline anew.
import { dirname, join } from "node:path";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Analysis } from "./analysis.js";
import { BASELINE_NAME, compareNames, type BaselineEntry, type BaselineError } from "./baseline-file.js";
import { baselineChunks } from "./baseline-layout.js";
import { isInside } from "./disk.js";
import { markFile, newEntries, relativeName, staleEntries, type Baselines, type CheckedFile, type LoadedBaseline, type NewEntriesTally, type StaleEntry } from "./baseline.js";
import { writeOrCreateAtomically } from "./write.js";

export interface BaselineOutcome {
  /** Baselines that cannot be read: nothing may be reported as if they were not there. */
  errors: BaselineError[];
  /** The baseline files in force, by path. */
  files: string[];
  /** How many findings the baselines accept. */
  baselined: number;
  stale: StaleEntry[];
}

/** `analysis.baseline`: the baselines that govern the files of a workspace, read as they are needed. */
export class WorkspaceBaseline {
  constructor(private readonly a: Analysis, readonly files: Baselines) {}

  /** The baseline that governs a file of the workspace (by identity), as read; undefined where there is none. */
  of(id: string): LoadedBaseline | BaselineError | undefined {
    const path = this.a.pathOf(id);
    const file = path === undefined ? undefined : this.files.forDir(dirname(path));
    return file === undefined ? undefined : this.files.load(file);
  }

  /** Marks the findings of one file that its baseline accepts (`baseline` on each); returns what is wrong with the baseline, if anything. */
  mark(id: string, diagnostics: readonly Diagnostic[]): BaselineError | undefined {
    const b = this.of(id);
    if (b === undefined || "problem" in b) return b;
    const file = this.a.ws.file(id);
    if (file) markFile(b, this.a.pathOf(id)!, file.tree, diagnostics);
    return undefined;
  }

  /** Marks the findings every baseline accepts, and finds the entries that no longer occur. */
  apply(checked: ReadonlyMap<string, readonly Diagnostic[]>): BaselineOutcome {
    const tally = this.tally();
    for (const [id, list] of checked) tally.mark(id, list);
    return tally.outcome();
  }

  /** `apply` file by file, for findings reported as each file is checked. */
  tally(): BaselineTally {
    const a = this.a;
    const errors = new Map<string, BaselineError>();
    const loaded = new Map<string, LoadedBaseline>();
    /** Per baseline, per file (as the baseline names it), how many findings each entry accepted. */
    const used = new Map<string, Map<string, Map<BaselineEntry, number>>>();
    let baselined = 0;
    return {
      mark: (id, list) => {
        const b = this.of(id);
        const file = a.ws.file(id);
        const path = a.pathOf(id);
        if (b === undefined || file === undefined || path === undefined) return;
        if ("problem" in b) return void errors.set(b.path, b);
        loaded.set(b.path, b);
        const accepted = markFile(b, path, file.tree, list);
        for (const n of accepted.values()) baselined += n;
        let perFile = used.get(b.path);
        if (!perFile) used.set(b.path, (perFile = new Map()));
        perFile.set(relativeName(b.dir, path), accepted);
      },
      outcome: () => {
        const stale = [...loaded.values()].flatMap((b) => staleEntries(b, used.get(b.path) ?? new Map(), (abs) => a.contains(abs)));
        return { errors: [...errors.values()], files: [...loaded.keys()].sort(), baselined, stale };
      },
    };
  }

  /**
   * Checks the files a baseline (`target`, or where the workspace's baseline belongs) governs and records their
   * findings in it, keeping the reasons written in it. The files are checked in the order of their names in the
   * baseline, and each file's entries are written once it is checked and then let go: its findings, and its
   * entries, are never kept beyond it.
   */
  write(target = this.target()): Written | BaselineError {
    const a = this.a;
    const old = this.files.entries(target);
    if (old !== undefined && "problem" in old) return old;
    const dir = dirname(target);
    const elsewhere = new Set<string>();
    const governed: { id: string; path: string; name: string }[] = [];
    for (const id of a.ws.files.keys()) {
      const path = a.pathOf(id);
      if (path === undefined) continue;
      const nearest = this.files.forDir(dirname(path));
      // A file follows the target unless another baseline, nearer to it than the target would be, governs it.
      if (nearest === undefined || nearest === target || (isInside(dirname(nearest), dir) && isInside(dir, path))) governed.push({ id, path, name: relativeName(dir, path) });
      else elsewhere.add(nearest);
    }
    governed.sort((x, y) => compareNames(x.name, y.name));
    const files = function* (): Generator<CheckedFile> {
      for (const { id, path } of governed) {
        const diagnostics = a.check(id, false);
        const file = a.ws.file(id);
        if (file !== undefined) yield { path, tree: file.tree, diagnostics };
      }
    };
    const tally: NewEntriesTally = { entries: 0, findings: 0, reasons: 0 };
    writeOrCreateAtomically(target, baselineChunks(newEntries(target, files(), old ?? [], (abs) => a.contains(abs), tally)));
    this.changed();
    return { path: target, ...tally, elsewhere: [...elsewhere].sort() };
  }

  /** Where `write` writes by default: the baseline in force for the workspace's common folder, else beside its entente.json, else in that folder. */
  target(): string {
    const dir = this.a.config.root ?? process.cwd();
    const found = this.files.forDir(dir);
    if (found !== undefined) return found;
    const config = this.a.config.pathFor(dir, true);
    return join(config !== undefined ? dirname(config) : dir, BASELINE_NAME);
  }

  /** A baseline file appeared, changed or went. */
  changed(): void {
    this.files.forget();
  }
}

/** The baselines applied file by file, as the files are checked; the outcome once every file has been marked. */
export interface BaselineTally {
  /** Marks the findings of one file that its baseline accepts (`d.baseline`). */
  mark(id: string, list: readonly Diagnostic[]): void;
  outcome(): BaselineOutcome;
}

export interface Written {
  path: string;
  /** Entries written, and the findings they record. */
  entries: number;
  findings: number;
  /** Entries whose reason was kept from the old baseline. */
  reasons: number;
  /** Other baselines that govern some of the files (nearer to them); they are left as they are. */
  elsewhere: string[];
}
