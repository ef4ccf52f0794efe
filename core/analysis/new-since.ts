// `--new-since REV`: the findings that also occurred at a git revision, found by analysing the revision's files (read from git) as the workspace's are and matching keys.
import { realpathSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Analysis } from "./analysis.js";
import { relativeName } from "./baseline.js";
import { revisionSource } from "./file-source.js";
import { findingKey, fingerprint, fullKey, matchCounts, type FindingKey } from "./finding-key.js";
import { repositoryRoot, resolveCommit } from "./git.js";
import { fullRevisionFindings, incrementalRevisionFindings } from "./revision-findings.js";

export interface Comparison {
  rev: string;
  commit: string;
  /** The findings of the workspace that occurred at the revision too. */
  existing: Set<Diagnostic>;
  /** How many files the revision held under the paths linted. */
  files: number;
}

/** The repository's top folder, spelt as the workspace spells its paths (which may pass through a link). */
function topFolder(dir: string): string {
  const top = repositoryRoot(dir);
  let real = dir;
  try {
    real = realpathSync(dir);
  } catch {
    // a folder that cannot be resolved is taken as it is written
  }
  return resolve(dir, relative(real, top));
}

/**
 * The findings a revision had, counted by key, with the keys of `checked` (the workspace's findings now): from the
 * workspace's own analysis with the files that differ swapped in, or (`full`, or another configuration) from a second.
 */
export function revisionFindings(
  a: Analysis, rev: string, checked: ReadonlyMap<string, readonly Diagnostic[]>, full = false,
): { commit: string; keys: Map<Diagnostic, string>; counts: Map<string, number>; files: number } {
  const top = topFolder(a.config.root ?? process.cwd());
  const commit = resolveCommit(top, rev);
  // The configuration as it was at the revision; a --config file the revision does not hold is read as it is now.
  const source = revisionSource(top, commit, new Set(a.configFile !== undefined ? [a.configFile] : []));
  const then = a.withSource(source);
  // Each finding of now keyed once: the revision's count reuses the keys of the files it did not check again.
  const keys = byFinding(a, checked, top, fullKey);
  const found = (!full && incrementalRevisionFindings(a, then, source, top, checked, keys)) || fullRevisionFindings(then, top);
  return { commit, keys, ...found };
}

export function compareWithRevision(a: Analysis, rev: string, checked: ReadonlyMap<string, readonly Diagnostic[]>, full = false): Comparison {
  const { commit, keys, ...found } = revisionFindings(a, rev, checked, full);
  const existing = new Set<Diagnostic>();
  for (const list of checked.values()) {
    const { old } = matchCounts(list.filter((d) => keys.has(d)), (d) => keys.get(d)!, found.counts);
    for (const d of old) existing.add(d);
  }
  return { rev, commit, existing, files: found.files };
}

/** The folder that fingerprints name files from: the repository's top folder where there is one, so that they do not depend on where Entente runs. */
function fingerprintFolder(a: Analysis): string {
  const start = a.config.root ?? process.cwd();
  for (let dir = start; ; dir = dirname(dir)) {
    if (a.source.isRepositoryRoot(dir)) return dir;
    if (dirname(dir) === dir) return start;
  }
}

/** The findings of some files, each with the diagnostics a check gave it. */
type Checked = Iterable<readonly [string, readonly Diagnostic[]]>;

/**
 * Every finding's key as a fingerprint (SARIF's `partialFingerprints`), its file named from the repository's
 * top folder, which is looked for once: the fingerprints of a report made file by file are asked for per file.
 */
export function fingerprinter(a: Analysis): (checked: Checked) => Map<Diagnostic, string> {
  const folder = fingerprintFolder(a);
  return (checked) => byFinding(a, checked, folder, fingerprint);
}

/** Something made of each finding's key (its file named from `folder`), by finding. */
function byFinding<T>(a: Analysis, checked: Checked, folder: string, of: (key: FindingKey) => T): Map<Diagnostic, T> {
  const out = new Map<Diagnostic, T>();
  for (const [id, list] of checked) {
    const file = a.ws.file(id);
    const path = a.pathOf(id);
    if (!file || path === undefined) continue;
    const name = relativeName(folder, path);
    for (const d of list) out.set(d, of(findingKey(file.tree, d, name)));
  }
  return out;
}
