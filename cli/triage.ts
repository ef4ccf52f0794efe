// The command line's side of the baseline and --new-since: the core's outcome put into words, and the lines that say what was held back.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Analysis } from "../core/analysis/analysis.js";
import { baselineErrorText } from "../core/analysis/baseline-text.js";
import type { BaselineOutcome } from "../core/analysis/baseline-workspace.js";
import { fetchHint, GitError } from "../core/analysis/git.js";
import type { Diagnostic } from "../core/model/diagnostic.js";
import type { Words } from "../core/words/index.js";
import type { Triage } from "./formats/result.js";
import { UsageError, type Io } from "./io.js";
import { displayPath } from "./workspace.js";

/** A --baseline file named on the command line must exist (except when it is about to be written). */
export function requireBaseline(file: string | undefined, io: Io): void {
  if (file !== undefined && !existsSync(resolve(io.cwd, file))) throw new UsageError((w) => w.baselineNotFound(file));
}

/** Why --new-since cannot compare, in words. */
function gitErrorText(e: GitError, w: Words["baseline"], cwd: string, analysis: Analysis): string {
  const p = e.problem;
  switch (p.kind) {
    case "no-git": return w.noGit;
    case "not-a-repository": return w.notARepository(displayPath(analysis.config.root ?? cwd, cwd));
    case "unknown-revision": return w.unknownRevision(p.rev);
    case "shallow": return w.shallow(p.rev, fetchHint(p.rev));
    case "failed": return w.gitFailed(p.detail);
  }
}

/**
 * Applies the baselines and --new-since to the findings of every file: what stays reported, and what
 * was held back. Returns a message (exit status 2) when a baseline cannot be read or git cannot answer.
 */
export function triage(
  analysis: Analysis, checked: Map<string, Diagnostic[]>, newSince: string | undefined, io: Io, w: Words["baseline"], fingerprints: boolean,
): { triage: Triage; held: Map<string, Diagnostic[]> } | { error: string } {
  const outcome = analysis.baseline.apply(checked);
  if (outcome.errors.length > 0) return { error: outcome.errors.map((e) => baselineErrorText(e, w, (p) => displayPath(p, io.cwd))).join("\nentente: ") };
  // Only SARIF carries fingerprints: a key per finding costs a hash, a third of a lint of an old register's many findings.
  const out: Triage = fingerprints ? { fingerprints: analysis.fingerprinter()(checked) } : {};
  const baseline = baselineTriage(outcome, io.cwd);
  if (baseline) out.baseline = baseline;
  if (newSince !== undefined) {
    try {
      const c = analysis.compareWith(newSince, checked);
      out.existing = c.existing;
    } catch (e) {
      if (e instanceof GitError) return { error: gitErrorText(e, w, io.cwd, analysis) };
      throw e;
    }
  }
  const held = new Map<string, Diagnostic[]>();
  let added = 0;
  let existing = 0;
  for (const [id, list] of checked) {
    const { keep, back } = holdBack(list, out.existing);
    added += keep.length;
    for (const d of back) if (!d.baseline) existing++;
    checked.set(id, keep);
    if (back.length > 0) held.set(id, back);
  }
  if (newSince !== undefined) out.newSince = { rev: newSince, added, existing };
  return { triage: out, held };
}

/** A file's findings split into those reported and those held back: accepted by a baseline, or there already at --new-since's revision. */
export function holdBack(list: readonly Diagnostic[], existing?: ReadonlySet<Diagnostic>): { keep: Diagnostic[]; back: Diagnostic[] } {
  const keep: Diagnostic[] = [];
  const back: Diagnostic[] = [];
  for (const d of list) (d.baseline || existing?.has(d) ? back : keep).push(d);
  return { keep, back };
}

/** What the baselines in force held back and what they hold that no finding matches any longer; undefined when none is in force. */
export function baselineTriage(outcome: BaselineOutcome, cwd: string): Triage["baseline"] {
  if (outcome.files.length === 0) return undefined;
  const staleRules = new Map<string, number>();
  let stale = 0;
  for (const s of outcome.stale) {
    if (s.unknownRule) staleRules.set(s.entry.rule, (staleRules.get(s.entry.rule) ?? 0) + s.missing);
    else stale += s.missing;
  }
  return { files: outcome.files.map((f) => displayPath(f, cwd)), baselined: outcome.baselined, stale, staleRules: [...staleRules].sort() };
}

/** The lines that say what was held back, after the findings (stylish) or on stderr (the other formats). */
export function triageLines(t: Triage | undefined, w: Words["baseline"]): string[] {
  const out: string[] = [];
  if (t?.newSince) out.push(w.newSince(t.newSince.added, t.newSince.existing, t.newSince.rev));
  if (t?.baseline) {
    if (t.baseline.baselined > 0) out.push(w.baselined(t.baseline.baselined, t.baseline.files.join(", ")));
    if (t.baseline.stale > 0) out.push(w.stale(t.baseline.stale));
    for (const [rule, n] of t.baseline.staleRules) out.push(w.staleRule(rule, n));
  }
  return out;
}
