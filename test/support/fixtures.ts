// Fixture files: a workspace written in the language itself, with directives and caret annotations.
//
//   //- today: 2026-06-01          the date rules compare with (default 2026-06-01)
//   //- config: {"rules": {…}}     an entente.json for this fixture
//   //- file: other.entente        starts another file of the same workspace
//   //- preamble: partners         adds docs/rules/partners.entente (the world of the rule examples) to the workspace
//   //- locale: nl                 the language of messages and editor texts (default en)
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseConfig, type Config, type ConfigProblem } from "../../core/model/config.js";
import { parseDate } from "../../core/model/dates.js";
import { Analysis } from "../../core/analysis/analysis.js";
import type { Workspace } from "../../core/model/workspace.js";
import { RULES_BY_ID } from "../../core/rules/catalogue.js";
import { checkFile } from "../../core/rules/run.js";
import type { Finding, Rule } from "../../core/rules/rule.js";
import type { Diagnostic } from "../../core/model/diagnostic.js";
import type { Locale } from "../../grammar/messages.js";
import { valuesOf, type Block, type SyntaxTree } from "../../grammar/syntax-tree.js";
import { carryPins, readAnnotations, rewriteAnnotations, type Expectation } from "./annotations.js";
import { fixtureRoot, projectRoot } from "./paths.js";

export interface FixturePart {
  name: string;
  text: string;
  /** A preamble shared between fixtures: checked (it must stay clean) but never rewritten. */
  shared?: boolean;
}

export interface Fixture {
  path: string;
  today: number;
  config: Config;
  parts: FixturePart[];
  /** The locale the fixture asks for (`//- locale:`); English when absent. */
  locale?: Locale;
}

export const DEFAULT_TODAY = "2026-06-01";

/** The value of the first `//- key: value` line of a text. */
export function directive(text: string, key: string): string | undefined {
  const m = new RegExp(`^//- ${key}: (.*)$`, "m").exec(text);
  return m?.[1]?.trim();
}

/** Every fixture file below `dir`, sorted. */
export function fixturePaths(dir = fixtureRoot()): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    // Feature and fix fixtures have formats and runners of their own (features.test.ts, fixes.test.ts).
    if (e.isDirectory() && dir === fixtureRoot() && (e.name === "features" || e.name === "fixes")) continue;
    if (e.isDirectory()) out.push(...fixturePaths(p));
    else if (e.name.endsWith(".entente")) out.push(p);
  }
  return out.sort();
}

export function readFixture(path: string): Fixture {
  return readFixtureText(path, readFileSync(path, "utf8"));
}

/** A fixture from text; `path` names it in messages. */
export function readFixtureText(path: string, text: string): Fixture {
  const today = parseDate(directive(text, "today") ?? DEFAULT_TODAY);
  if (typeof today === "string") throw new Error(`${path}: bad //- today`);
  const configText = directive(text, "config");
  const { config, problems } = parseConfig(configText ?? "{}", RULES_BY_ID);
  if (problems.length > 0) throw new Error(`${path}: bad //- config: ${JSON.stringify(problems)}`);
  const locale = directive(text, "locale");
  if (locale !== undefined && locale !== "en" && locale !== "nl") throw new Error(`${path}: bad //- locale: ${locale}`);
  const parts: FixturePart[] = [];
  let current: string[] = [];
  let name = path.split("/").pop()!;
  for (const line of text.split("\n")) {
    const m = /^\/\/- file: (.+)$/.exec(line);
    if (m) {
      if (current.length > 0) parts.push({ name, text: current.join("\n") });
      name = m[1]!.trim();
      current = [];
    }
    current.push(line);
  }
  parts.push({ name, text: current.join("\n") });
  const preamble = directive(text, "preamble");
  if (preamble) {
    parts.push({ name: `${preamble}.entente`, text: readFileSync(join(projectRoot(), "docs", "rules", `${preamble}.entente`), "utf8"), shared: true });
  }
  return { path, today: today.day, config, parts, ...(locale ? { locale } : {}) };
}

/** The .entente files below `dir`, sorted, leaving out folders named in `skip`. */
function ententeFiles(dir: string, skip: readonly string[]): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() && !skip.includes(e.name)) out.push(...ententeFiles(p, skip));
    else if (e.isFile() && e.name.endsWith(".entente")) out.push(p);
  }
  return out.sort();
}

/**
 * A folder of real files (the examples) as one fixture workspace, with its own entente.json and the day its
 * annotations assume; the problems of that entente.json are returned for the caller to judge.
 */
export function workspaceFixture(dir: string, today: string, skip: readonly string[] = []): { fixture: Fixture; problems: ConfigProblem[] } {
  const { config, problems } = parseConfig(readFileSync(join(dir, "entente.json"), "utf8"), RULES_BY_ID);
  const day = parseDate(today);
  if (typeof day === "string") throw new Error(today);
  const parts = ententeFiles(dir, skip).map((p) => ({ name: relative(dir, p), text: readFileSync(p, "utf8") }));
  return { fixture: { path: dir, today: day.day, config, parts }, problems };
}

export interface FixtureRun {
  workspace: Workspace;
  /** Diagnostics per part name. */
  diagnostics: Map<string, Diagnostic[]>;
}

/** The fixture as the front ends see it: an analysis of files that are not on disk, the fixture's configuration as settings. */
export function fixtureAnalysis(fx: Fixture, locale: Locale = fx.locale ?? "en"): Analysis {
  const { reviewIntervalMonths, rules } = fx.config;
  const analysis = new Analysis({ roots: [], today: fx.today, locale, settings: { locale, rules, reviewIntervalMonths }, pathOf: () => undefined });
  for (const p of fx.parts) analysis.setFile(p.name, p.text);
  return analysis;
}

/** Sees every finding of a part before suppressions apply. */
export type FixtureTrace = (rule: Rule, finding: Finding, part: string) => void;

/** Checks every part; `trace` sees every finding before suppressions apply (through the rule runner directly). */
export function runFixture(fx: Fixture, locale: Locale = fx.locale ?? "en", trace?: FixtureTrace): FixtureRun {
  const analysis = fixtureAnalysis(fx, locale);
  const ws = analysis.ws;
  const diagnostics = new Map<string, Diagnostic[]>();
  for (const p of fx.parts) {
    diagnostics.set(p.name, trace
      ? checkFile(ws, ws.files.get(p.name)!, { config: fx.config, today: fx.today, locale, trace: (rule, finding) => trace(rule, finding, p.name) }).diagnostics
      : analysis.check(p.name));
  }
  return { workspace: ws, diagnostics };
}

/** A diagnostic as an annotation, with its message (pinned or not is decided by `actualAnnotations`). */
export function toExpectation(d: Diagnostic): Expectation {
  return {
    line: d.range.start.line, column: d.range.start.character, endLine: d.range.end.line, endColumn: d.range.end.character,
    severity: d.severity, rule: d.rule, message: d.message,
  };
}

/** A part's diagnostics as annotations: pinned where its annotations pin a finding of the same location, severity and rule. */
export function actualAnnotations(part: FixturePart, run: FixtureRun): Expectation[] {
  return carryPins(readAnnotations(part.text), (run.diagnostics.get(part.name) ?? []).map(toExpectation));
}

export function describe(e: Expectation): string {
  const pin = e.message === undefined ? "" : `: ${e.message}`;
  return `${e.line + 1}:${e.column + 1}-${e.endLine + 1}:${e.endColumn + 1} ${e.severity} ${e.rule}${pin}`;
}

/** Expected and actual diagnostics of every part, as comparable lines; messages only where an annotation pins one. */
export function compare(fx: Fixture, run: FixtureRun): { expected: string[]; actual: string[] } {
  const expected: string[] = [];
  const actual: string[] = [];
  for (const p of fx.parts) {
    for (const e of readAnnotations(p.text)) expected.push(`${p.name}:${describe(e)}`);
    for (const a of actualAnnotations(p, run)) actual.push(`${p.name}:${describe(a)}`);
  }
  return { expected: expected.sort(), actual: actual.sort() };
}

/** The fixture text with annotations rewritten to the actual diagnostics, keeping pins (UPDATE=1). */
export function updatedText(fx: Fixture, run: FixtureRun): string {
  return fx.parts.filter((p) => !p.shared).map((p) => {
    const tree = run.workspace.files.get(p.name)!.tree;
    return rewriteAnnotations(p.text, actualAnnotations(p, run), (line) => !endsInsideToken(tree, line));
  }).join("\n");
}

/** Whether the line break after `line` lies inside a text block, a string or a block comment. */
function endsInsideToken(tree: SyntaxTree, line: number): boolean {
  const next = tree.lines.lineStarts[line + 1];
  if (next === undefined) return false;
  const inside = (r: { start: number; end: number }) => r.start < next - 1 && next - 1 < r.end - 1;
  if (tree.comments.some((c) => c.block && inside(c))) return true;
  const visit = (b: Block): boolean => b.members.some((m) => (m.type === "block" ? visit(m) : valuesOf(m).some((v) => v.kind !== "list" && inside(v))));
  return tree.declarations.some(visit);
}
