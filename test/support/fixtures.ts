// Fixture files: a workspace written in the language itself, with directives and caret annotations.
//
//   //- today: 2026-06-01          the date rules compare with (default 2026-06-01)
//   //- config: {"rules": {…}}     an entente.json for this fixture
//   //- file: other.entente        starts another file of the same workspace
import { readFileSync } from "node:fs";
import { parseConfig, type Config } from "../../server/model/config.js";
import { parseDate } from "../../server/model/dates.js";
import { Workspace } from "../../server/model/workspace.js";
import { RULE_IDS } from "../../server/rules/catalogue.js";
import { checkFile, type Diagnostic } from "../../server/rules/run.js";
import type { Locale } from "../../grammar/messages.js";
import { readAnnotations, rewriteAnnotations, type Expectation } from "./annotations.js";

export interface FixturePart {
  name: string;
  text: string;
}

export interface Fixture {
  path: string;
  today: number;
  config: Config;
  parts: FixturePart[];
}

export const DEFAULT_TODAY = "2026-06-01";

function directive(text: string, key: string): string | undefined {
  const m = new RegExp(`^//- ${key}: (.*)$`, "m").exec(text);
  return m?.[1]?.trim();
}

export function readFixture(path: string): Fixture {
  const text = readFileSync(path, "utf8");
  const today = parseDate(directive(text, "today") ?? DEFAULT_TODAY);
  if (typeof today === "string") throw new Error(`${path}: bad //- today`);
  const configText = directive(text, "config");
  const { config, problems } = parseConfig(configText ?? "{}", RULE_IDS);
  if (problems.length > 0) throw new Error(`${path}: bad //- config: ${JSON.stringify(problems)}`);
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
  return { path, today: today.day, config, parts };
}

export interface FixtureRun {
  workspace: Workspace;
  /** Diagnostics per part name. */
  diagnostics: Map<string, Diagnostic[]>;
}

export function runFixture(fx: Fixture, locale: Locale = "en"): FixtureRun {
  const ws = new Workspace();
  for (const p of fx.parts) ws.setFile(p.name, p.text);
  const diagnostics = new Map<string, Diagnostic[]>();
  for (const p of fx.parts) {
    diagnostics.set(p.name, checkFile(ws, ws.files.get(p.name)!, { config: fx.config, today: fx.today, locale }).diagnostics);
  }
  return { workspace: ws, diagnostics };
}

export function toExpectation(d: Diagnostic): Expectation {
  return {
    line: d.range.start.line, column: d.range.start.character, endLine: d.range.end.line, endColumn: d.range.end.character,
    severity: d.severity, rule: d.rule,
  };
}

export function describe(e: Expectation): string {
  return `${e.line + 1}:${e.column + 1}-${e.endLine + 1}:${e.endColumn + 1} ${e.severity} ${e.rule}`;
}

/** Expected and actual diagnostics of every part, as comparable lines. */
export function compare(fx: Fixture, run: FixtureRun): { expected: string[]; actual: string[] } {
  const expected: string[] = [];
  const actual: string[] = [];
  for (const p of fx.parts) {
    for (const e of readAnnotations(p.text)) expected.push(`${p.name}:${describe(e)}`);
    for (const d of run.diagnostics.get(p.name) ?? []) actual.push(`${p.name}:${describe(toExpectation(d))}`);
  }
  return { expected: expected.sort(), actual: actual.sort() };
}

/** The fixture text with annotations rewritten to the actual diagnostics (UPDATE=1). */
export function updatedText(fx: Fixture, run: FixtureRun): string {
  return fx.parts.map((p) => rewriteAnnotations(p.text, (run.diagnostics.get(p.name) ?? []).map(toExpectation))).join("\n");
}
