// Runs the catalogue over one file: findings, suppressions, severities and messages in the chosen locale.
import type { Locale } from "../../grammar/messages.js";
import { excerpt } from "../../grammar/excerpt.js";
import type { LineIndex } from "../../grammar/line-index.js";
import type { FileModel } from "../model/bound.js";
import type { Config, ConfigOf, ConfigProblem, Severity } from "../model/config.js";
import { nearest } from "../model/suggest.js";
import type { Suppression } from "../model/suppressions.js";
import type { Workspace } from "../model/workspace.js";
import { compareDiagnostics, type Diagnostic, type Range } from "../model/diagnostic.js";
import { outrankedBy, RULE_IDS, RULES, ruleById } from "./catalogue.js";
import { MAX_RELATED, type Finding, type Rule, type RuleContext, type Subject } from "./rule.js";
import { words } from "../words/index.js";

export interface CheckOptions {
  config: Config;
  /** The configuration of other files (an assessment's review interval); the file's own by default. */
  configOf?: ConfigOf;
  /** Day number of "today". */
  today: number;
  locale: Locale;
  /** Sees every finding before suppressions apply, and the runner's own about unused suppressions (the message tests use it to reach every message). */
  trace?: (rule: Rule, finding: Finding) => void;
  /** Whether to record the dependency keys the check reads (`FileCheck.deps`): an editor needs them, a lint does not. */
  track?: boolean;
  /**
   * `false`: findings without their related places, fix and inlay text, for output that shows none of them
   * (a lint's text, JSON, JUnit and GitHub formats). On an old register of 70,000 findings they are a
   * third of the memory the findings take and a tenth of the time.
   */
  detail?: boolean;
}

export interface FileCheck {
  diagnostics: Diagnostic[];
  /** The dependency keys the rules read while checking this file. */
  deps: Set<string>;
}

function rangeOf(lines: LineIndex, start: number, end: number): Range {
  return { start: lines.positionAt(start), end: lines.positionAt(Math.max(start, end)) };
}

/**
 * A message with its arguments made safe to show: what comes from a file reaches terminals, CI logs
 * and SARIF, so no argument may carry a control character or run on without end (a name of a
 * million characters is still a name).
 */
function render(rule: Rule, key: string, args: Record<string, string> | undefined, locale: Locale): string {
  const m = rule.messages[key] ?? rule.messages.default;
  if (!m) return key;
  const safe: Record<string, string> = {};
  // A loop over the keys rather than Object.entries: an old register's lint renders 70,000 messages.
  for (const k in args) safe[k] = excerpt(args[k]!, MAX_ARGUMENT);
  return m[locale](safe);
}

/** The longest argument a message shows (the longest list of names a rule passes stays well below it). */
const MAX_ARGUMENT = 500;

function effectiveSeverity(rule: Rule, config: Config): Severity | "off" {
  return config.rules[rule.id] ?? rule.severity;
}

/** The rules a configuration leaves on, worked out once per configuration rather than once per file. */
const activeRules = new WeakMap<Config, readonly Rule[]>();

function rulesOn(config: Config): readonly Rule[] {
  let on = activeRules.get(config);
  if (!on) activeRules.set(config, (on = RULES.filter((r) => effectiveSeverity(r, config) !== "off")));
  return on;
}

export function checkFile(ws: Workspace, file: FileModel, opts: CheckOptions): FileCheck {
  const deps = new Set<string>();
  // A run that never re-checks (a lint without --new-since) need not note what each answer depended on.
  const tracking = opts.track !== false;
  const raw: { rule: Rule; finding: Finding }[] = [];
  const configOf = opts.configOf ?? (() => opts.config);
  ws.track = tracking ? deps : null;
  // One context for every rule of the file; `report` knows which rule is speaking from `current`.
  let current: Rule = RULES[0]!;
  const ctx: RuleContext = {
    file, ws, config: opts.config, configOf, today: opts.today,
    report: opts.trace
      ? (finding) => { opts.trace!(current, finding); raw.push({ rule: current, finding }); }
      : (finding) => void raw.push({ rule: current, finding }),
  };
  try {
    for (const rule of rulesOn(opts.config)) {
      current = rule;
      try {
        rule.check(ctx);
      } catch (e) {
        raw.push({ rule, finding: { message: "internal-error", args: { detail: e instanceof Error ? e.message : String(e) }, start: 0, end: 0 } });
      }
    }
  } finally {
    ws.track = null;
  }
  const used = new Set<string>(); // "suppression index:rule id"
  const kept = dropOutranked(raw).filter(({ rule, finding }) => !suppressed(file.suppressions, rule.id, finding.start, used));
  const unused = ruleById("unused-suppression")!;
  for (const f of unusedSuppressions(file, used, opts.config)) {
    opts.trace?.(unused, f);
    kept.push({ rule: unused, finding: f });
  }
  const diagnostics = kept
    .filter(({ rule }) => effectiveSeverity(rule, opts.config) !== "off")
    .map(({ rule, finding }) => toDiagnostic(rule, finding, file, opts));
  diagnostics.sort(compareDiagnostics);
  return { diagnostics, deps };
}

/** A subject's identity: the act's place in its file and the counterpart's name. */
const subjectKey = (s: Subject) => `${s.act.syntax.start}:${s.service}`;

/** The subjects of a finding, as a list. */
const subjectsOf = (f: Finding): readonly Subject[] => (f.subject === undefined ? [] : "act" in f.subject ? [f.subject] : f.subject);

/** One mistake, one finding: drops the findings that a finding of an outranking rule about the same subject makes redundant. */
function dropOutranked(raw: { rule: Rule; finding: Finding }[]): { rule: Rule; finding: Finding }[] {
  const silenced = new Map<string, Set<string>>();
  for (const { rule, finding } of raw) {
    const outranked = outrankedBy(rule);
    if (outranked.size === 0) continue;
    for (const subject of subjectsOf(finding)) {
      const key = subjectKey(subject);
      const set = silenced.get(key) ?? new Set<string>();
      for (const id of outranked) set.add(id);
      silenced.set(key, set);
    }
  }
  if (silenced.size === 0) return raw;
  return raw.filter(({ rule, finding }) => {
    const subjects = subjectsOf(finding);
    return !(subjects.length > 0 && subjects.every((s) => silenced.get(subjectKey(s))?.has(rule.id)));
  });
}

function suppressed(suppressions: Suppression[], ruleId: string, at: number, used: Set<string>): boolean {
  if (ruleById(ruleId)?.unsuppressible) return false;
  let hit = false;
  suppressions.forEach((s, i) => {
    if (s.reason === null || !s.rules.some((r) => r.id === ruleId)) return;
    if (s.wholeFile || (s.target && at >= s.target.start && at < s.target.end)) {
      used.add(`${i}:${ruleId}`);
      hit = true;
    }
  });
  return hit;
}

function unusedSuppressions(file: FileModel, used: Set<string>, config: Config): Finding[] {
  const out: Finding[] = [];
  file.suppressions.forEach((s, i) => {
    if (s.reason === null) return; // suppression-without-reason says what is wrong
    if (s.rules.length === 0) return void out.push({ message: "empty", start: s.start, end: s.end });
    if (!s.wholeFile && !s.target) return void out.push({ message: "no-target", start: s.start, end: s.end });
    for (const r of s.rules) {
      const at = { start: r.start, end: r.end };
      if (!RULE_IDS.has(r.id)) out.push({ message: "unknown", args: { rule: r.id, suggestion: nearest(r.id, RULE_IDS) ?? "" }, ...at });
      else if (ruleById(r.id)?.unsuppressible) out.push({ message: "unsuppressible", args: { rule: r.id }, ...at });
      else if (!used.has(`${i}:${r.id}`) && effectiveSeverity(ruleById(r.id)!, config) !== "off") out.push({ message: "unused", args: { rule: r.id }, ...at });
    }
  });
  return out;
}

function toDiagnostic(rule: Rule, f: Finding, file: FileModel, opts: CheckOptions): Diagnostic {
  const lines = file.tree.lines;
  const message = f.message === "internal-error"
    ? internalError(rule.id, f.args?.detail ?? "", opts.locale)
    : render(rule, f.message ?? "default", f.args, opts.locale);
  const detail = opts.detail !== false;
  const d: Diagnostic = {
    uri: file.uri, start: f.start, end: f.end, range: rangeOf(lines, f.start, f.end), rule: rule.id,
    severity: effectiveSeverity(rule, opts.config) as Severity, message,
    related: detail && f.related ? f.related.slice(0, MAX_RELATED).map((r) => ({
      uri: r.file.uri, range: rangeOf(r.file.tree.lines, r.start, r.end), message: render(rule, r.message, r.args, opts.locale),
    })) : [],
  };
  if (detail && f.fix) {
    const { edits } = f.fix;
    d.fix = { title: render(rule, f.fix.title, f.fix.args, opts.locale), safe: f.fix.safe, edits: typeof edits === "function" ? edits() : edits };
  }
  if (detail && rule.requires) d.requires = rule.requires[opts.locale](f.args ?? {});
  if (f.args) d.args = f.args;
  return d;
}

const internalError = (rule: string, detail: string, locale: Locale): string => words(locale).internalError(rule, detail);

/** Diagnostics for the configuration file itself. */
export function configDiagnostics(uri: string, lines: LineIndex, problems: ConfigProblem[], locale: Locale): Diagnostic[] {
  const rule = ruleById("config-error")!;
  return problems.map((p) => ({
    uri, start: p.start, end: p.end, range: rangeOf(lines, p.start, p.end), rule: rule.id, severity: "error" as const,
    message: render(rule, p.variant, p.args, locale), related: [],
  }));
}
