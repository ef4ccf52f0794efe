// The baseline at work: which entente-baseline.json governs a file, which findings it accepts, which of its entries no longer occur, and writing it anew.
import { dirname, join, relative, resolve, sep } from "node:path";
import type { SyntaxTree } from "../../grammar/syntax-tree.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { RULE_IDS } from "../rules/catalogue.js";
import { BASELINE_NAME, compareEntries, readBaselineFile, sortedEntries, type BaselineEntry, type BaselineError } from "./baseline-file.js";
import { findingKey } from "./finding-key.js";
import { KeyIndex } from "./key-index.js";

/** A baseline as read: its entries by file (relative to its folder) and by key within the file. */
export interface LoadedBaseline {
  path: string;
  dir: string;
  entries: BaselineEntry[];
  byFile: Map<string, KeyIndex<BaselineEntry>>;
}

/** Entries that accept findings no longer found: fixed (remove them with --write-baseline), or of a rule that no longer exists. */
export interface StaleEntry {
  baseline: string;
  entry: BaselineEntry;
  /** How many of the entry's findings no longer occur. */
  missing: number;
  unknownRule: boolean;
}

/** Findings that a baseline never records: a file that does not parse, or a configuration that cannot be read, is never accepted. */
const NEVER_BASELINED = new Set(["syntax-error", "config-error"]);

export const baselinable = (d: Diagnostic) => !NEVER_BASELINED.has(d.rule);

/** A path relative to a folder, '/'-separated: how a baseline names files. */
export const relativeName = (dir: string, path: string) => relative(dir, path).split(sep).join("/");


export interface BaselineOptions {
  /** One baseline for every file (`--baseline FILE`), instead of the nearest one. */
  fixed?: string;
  /** No baseline at all (`--no-baseline`). */
  off?: boolean;
  /** Whether the search stops at this folder (it is still searched itself): as for entente.json. */
  isBoundary(dir: string): boolean;
  exists(path: string): boolean;
  read(path: string): string;
}

/** Finds and reads the baselines a workspace needs, once each, and forgets them when one changes. */
export class Baselines {
  private readonly byDir = new Map<string, string | undefined>();
  private readonly loaded = new Map<string, LoadedBaseline | BaselineError | undefined>();

  constructor(private readonly options: BaselineOptions) {}

  /** The baseline that governs files in a folder: `--baseline`, else the nearest entente-baseline.json in it or above it, within the boundary. */
  forDir(dir: string): string | undefined {
    if (this.options.off) return undefined;
    if (this.options.fixed !== undefined) return this.options.fixed;
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    const candidate = join(dir, BASELINE_NAME);
    const parent = dirname(dir);
    const found = this.options.exists(candidate) ? candidate : this.options.isBoundary(dir) || parent === dir ? undefined : this.forDir(parent);
    this.byDir.set(dir, found);
    return found;
  }

  /** A baseline as read (undefined when the file does not exist), or what is wrong with it. */
  load(path: string): LoadedBaseline | BaselineError | undefined {
    if (this.loaded.has(path)) return this.loaded.get(path);
    const read = readBaselineFile(path, this.options.read);
    let out: LoadedBaseline | BaselineError | undefined;
    if (read === undefined || "problem" in read) out = read;
    else {
      const byFile = new Map<string, KeyIndex<BaselineEntry>>();
      for (const e of read) {
        // Two entries with one key (a merge kept both): their findings add up, and the first reason written counts.
        indexOf(byFile, e.file).put(e, (same) => ({ ...same, count: same.count + e.count, reason: same.reason ?? e.reason }));
      }
      out = { path, dir: dirname(path), entries: read, byFile };
    }
    this.loaded.set(path, out);
    return out;
  }

  /**
   * A baseline's entries as read, without the index by file and key that `load` makes for marking findings: what
   * writing it anew needs (indexing the dirty register's 68,000 entries cost its rewriting about 70 ms and 3–4 MB),
   * taken from `load`'s answer when there is one.
   */
  entries(path: string): BaselineEntry[] | BaselineError | undefined {
    const loaded = this.loaded.get(path);
    if (loaded !== undefined) return "problem" in loaded ? loaded : loaded.entries;
    return this.loaded.has(path) ? undefined : readBaselineFile(path, this.options.read);
  }

  /** A baseline file changed on disk, or appeared, or went. */
  forget(): void {
    this.byDir.clear();
    this.loaded.clear();
  }
}

/**
 * Marks the findings of one file that its baseline accepts (`d.baseline`), counting: an entry for n
 * findings accepts the first n with its key. Returns how many findings each entry accepted, by entry:
 * the key made for each finding is let go at once (kept until the end of a lint of an old register, the
 * keys of its 68,000 findings took 16 MB).
 */
export function markFile(baseline: LoadedBaseline, path: string, tree: SyntaxTree, diagnostics: readonly Diagnostic[]): Map<BaselineEntry, number> {
  const used = new Map<BaselineEntry, number>();
  const entries = baseline.byFile.get(relativeName(baseline.dir, path));
  if (!entries) return used;
  for (const d of diagnostics) {
    if (!baselinable(d)) continue;
    const entry = entries.get(findingKey(tree, d, ""));
    if (!entry) continue;
    const n = used.get(entry) ?? 0;
    if (n >= entry.count) continue;
    used.set(entry, n + 1);
    d.baseline = { reason: entry.reason };
  }
  return used;
}

/**
 * The entries of a baseline that accepted fewer findings than they record. Only entries for files the
 * run was in a position to see count: a file checked, or one under the folders checked that is gone
 * (deleted, renamed, excluded); entries for files outside them are left alone.
 */
export function staleEntries(baseline: LoadedBaseline, used: Map<string, Map<BaselineEntry, number>>, inScope: (path: string) => boolean): StaleEntry[] {
  const out: StaleEntry[] = [];
  for (const [file, entries] of baseline.byFile) {
    const abs = resolve(baseline.dir, file);
    if (!used.has(file) && !inScope(abs)) continue;
    for (const entry of entries.values()) {
      const missing = entry.count - (used.get(file)?.get(entry) ?? 0);
      if (missing > 0) out.push({ baseline: baseline.path, entry, missing, unknownRule: !RULE_IDS.has(entry.rule) });
    }
  }
  return out;
}

/** A file of the workspace as writing a baseline needs it: its path, tree and findings. */
export interface CheckedFile {
  path: string;
  tree: SyntaxTree;
  diagnostics: readonly Diagnostic[];
}

/** What writing a baseline anew counts as it goes: entries written, findings they record, and new entries that kept an old reason. */
export interface NewEntriesTally {
  entries: number;
  findings: number;
  reasons: number;
}

/**
 * The entries of a new baseline at `target`, in the file's order: the findings of the files given, with the
 * reasons that the old entries of the same key carried, and the old entries for files outside `inScope`, as they
 * were. `files` come in the order of their names relative to the target's folder; each file's entries are made,
 * sorted and handed on before the next file is asked for, so that a first baseline of an old register never
 * holds its 70,000 entries at once.
 */
export function* newEntries(target: string, files: Iterable<CheckedFile>, old: readonly BaselineEntry[], inScope: (path: string) => boolean, tally: NewEntriesTally): Generator<BaselineEntry> {
  const dir = dirname(target);
  const keep = (there: BaselineEntry) => there;
  // A key met again: one entry counts its findings (a key seldom recurs, so the entry is made before the index is asked).
  const counted = (there: BaselineEntry) => {
    there.count++;
    return there;
  };
  // The reasons of the old entries by file and key; of two entries with one key, the first reason counts.
  const reasons = new Map<string, KeyIndex<BaselineEntry>>();
  for (const e of old) if (e.reason !== null) indexOf(reasons, e.file).put(e, keep);
  // No file of the workspace is outside its scope, so these never share a file with the new entries: they go between files.
  const outside = sortedEntries(old.filter((e) => !inScope(resolve(dir, e.file))));
  let next = 0;
  let previous: string | undefined;
  for (const f of files) {
    const file = relativeName(dir, f.path);
    if (previous !== undefined && !(previous < file)) throw new Error(`internal error: a baseline's files out of order (${file} after ${previous})`);
    previous = file;
    const here = new KeyIndex<BaselineEntry>();
    const given = reasons.get(file);
    for (const d of f.diagnostics) {
      if (!baselinable(d)) continue;
      tally.findings++;
      const key = findingKey(f.tree, d, file);
      const reason = given?.get(key)?.reason ?? null;
      here.put({ rule: key.rule, file: key.file, declaration: key.declaration, path: key.path, args: key.args, count: 1, reason }, counted);
    }
    const made = sortedEntries(here.values());
    if (made.length === 0) continue;
    while (next < outside.length && compareEntries(outside[next]!, made[0]!) < 0) {
      tally.entries++;
      yield outside[next++]!;
    }
    for (const e of made) {
      tally.entries++;
      if (e.reason !== null) tally.reasons++;
      yield e;
    }
  }
  for (; next < outside.length; next++) {
    tally.entries++;
    yield outside[next]!;
  }
}

function indexOf(m: Map<string, KeyIndex<BaselineEntry>>, file: string): KeyIndex<BaselineEntry> {
  let index = m.get(file);
  if (!index) m.set(file, (index = new KeyIndex()));
  return index;
}
