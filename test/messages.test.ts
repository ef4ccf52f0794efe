// Every message of every rule read as a lawyer reads it, in English and Dutch, with the arguments the project's own files give it.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Locale } from "../grammar/messages.js";
import { syntaxMessageIds } from "../grammar/messages.js";
import { RULES } from "../core/rules/catalogue.js";
import type { Section } from "../core/rules/rule.js";
import { words } from "../core/words/index.js";
import { inspect } from "./support/message-checks.js";
import { everythingSaid, type Said } from "./support/message-sources.js";
import { vocabulary } from "./support/message-text.js";

const said = everythingSaid();
const vocab = vocabulary();
const LOCALES: readonly Locale[] = ["en", "nl"];

/** The key a failure names: a syntax error's message is chosen by its id, inside the rule's one key. */
const keyOf = (s: Said) => (s.rule.id === "syntax-error" ? `default (${s.args.id})` : s.key);

test("every message of every rule, related locations and fix titles included, is said by some file of the project", () => {
  const heard = new Set(said.map((s) => `${s.rule.id}/${s.key}`));
  const unheard = RULES.flatMap((r) => Object.keys(r.messages).map((k) => `${r.id}/${k}`)).filter((k) => !heard.has(k));
  assert.deepEqual(unheard, [], "messages no fixture, fix fixture, rule page or example makes a rule say");
  const syntax = new Set(said.filter((s) => s.rule.id === "syntax-error").map((s) => s.args.id));
  assert.deepEqual(syntaxMessageIds.filter((id) => !syntax.has(id)), [], "syntax messages no text makes the parser say");
  assert.ok(said.length > 400, `${said.length} messages heard`);
});

/** Every problem of every message of a section's rules, grouped by rule: one report that shows them all. */
function failures(section: Section): string {
  const byRule = new Map<string, string[]>();
  for (const s of said.filter((s) => s.rule.section === section)) {
    const m = s.rule.messages[s.key];
    if (!m) continue; // the coverage test above names it
    for (const locale of LOCALES) {
      const text = m[locale](s.args);
      const problems = inspect({ text, locale, args: s.args, render: m[locale] }, vocab);
      if (problems.length === 0) continue;
      const entry = [
        `  ${keyOf(s)} (${s.role}), ${locale}, arguments ${JSON.stringify(s.args)}, from ${s.source}:`,
        `    ${text}`,
        ...problems.map((p) => `    - ${p}`),
      ].join("\n");
      byRule.set(s.rule.id, [...(byRule.get(s.rule.id) ?? []), entry]);
    }
  }
  return [...byRule].sort(([a], [b]) => a.localeCompare(b)).map(([id, entries]) => `${id} (${entries.length}):\n${entries.join("\n")}`).join("\n\n");
}

for (const section of ["A", "B", "C", "D", "E", "F", "G"] as const) {
  test(`section ${section}: every message reads as a lawyer needs it, in English and Dutch`, () => {
    const report = failures(section);
    if (report !== "") assert.fail(`Messages that do not read well, by rule:\n\n${report}\n`);
  });
}

test("the checks find what a lawyer would stumble over, and pass what reads well", () => {
  const check = (text: string, locale: Locale, args: Record<string, string> = {}, render = (_: Record<string, string>) => text) =>
    inspect({ text, locale, args, render }, vocab);
  const bad: [string, Locale, Record<string, string>, ((a: Record<string, string>) => string) | undefined, RegExp][] = [
    ["A 'assessment' cannot contain a 'critera' block.", "en", {}, undefined, /says "A 'assessment"/],
    ["G7 is geen een admiraliteitscode.", "nl", {}, undefined, /geen een/],
    ["Allowed: met, doubtful, not-met.", "en", { allowed: "met, doubtful, not-met" }, (a) => `Allowed: ${a.allowed}.`, /not-met in running text/],
    ["Allowed: 'met', 'doubtful', 'not-met'.", "en", {}, undefined, /without 'and' or 'or'/],
    ["Bij agreement A-6 ontbreekt het veld 'signed'.", "nl", { kind: "agreement" }, (a) => `Bij ${a.kind} A-6 ontbreekt het veld 'signed'.`, /agreement in running text/],
    ["'date' takes a date, not yesterday.", "en", { found: "yesterday" }, (a) => `'date' takes a date, not ${a.found}.`, /yesterday in running text/],
    ["No unknown-field finding is in reach.", "en", {}, undefined, /unknown-field in running text \(a rule id\)/],
    ["'data' does not include personal.", "en", {}, undefined, /personal in running text \(a value of 'data'\)/],
    ["D-1 gives general data, personal data.", "en", { data: "general,personal" }, undefined, /without 'and' before the last/],
    ["MOU-1 covers general data and personal data.", "nl", {}, undefined, /reads as English/],
    ["Name the services: BRAVO.", "en", { services: "BRAVO" }, undefined, /"services" before the one item/],
    ["Add the fields 'basis'.", "en", { fields: "basis" }, undefined, /"fields" before the one item/],
    ["It lacks 3 fields: 'basis' and 'date'.", "en", {}, undefined, /but lists 2/],
    ["The instruction to source  in O-1.", "en", {}, undefined, /doubled space/],
    ["Name the services instead: [BRAVO, HERON]", "en", { list: "[BRAVO, HERON]" }, undefined, /list as written in a file/],
    ["It failed (PropertyNameExpected).", "en", {}, undefined, /PropertyNameExpected in running text/],
    ["entente.json is not valid.", "en", {}, undefined, /begins with a lowercase/],
    ["Did you mean ''?", "en", {}, undefined, /empty quotation/],
    ["It is undefined .", "en", {}, undefined, /shows 'undefined'/],
  ];
  const missed = bad.filter(([text, locale, args, render, expected]) => !check(text, locale, args, render).some((p) => expected.test(p)));
  assert.deepEqual(missed.map(([text]) => text), [], "messages the checks should have caught");
  const good: [string, Locale, Record<string, string>][] = [
    ["Disclosure D-1 lacks the required fields 'basis', 'data' and 'date'.", "en", { fields: "basis,data,date" }],
    ["D-1 gives personal data to HERON, which is doubtful on human rights (art. 59 Wiv 2002).", "en", { criteria: "human-rights" }],
    ["D-1 verstrekt persoonsgegevens aan HERON; de 'politieke risico's' ontbreken.", "nl", {}],
    ["'approval' takes 'yes' or 'no': write 'approval: director 2026-03-02 \"reference\"'.", "en", {}],
    ["An approval by the director, a one-line string and an e-mail address.", "en", {}],
    ["This suppression of 'unknown-field' silences nothing: no finding of 'unknown-field' is in its reach.", "en", { rule: "unknown-field" }],
  ];
  const flagged = good.map(([text, locale, args]) => ({ text, problems: check(text, locale, args) })).filter((g) => g.problems.length > 0);
  assert.deepEqual(flagged, [], "messages that read well but were flagged");
});

/** Every text of a words module, with the functions called on sample arguments. */
function texts(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === "string") return [{ path, text: value }];
  if (typeof value === "function") {
    const fn = value as (...a: unknown[]) => unknown;
    return [["ALPHA", "D-1", "x", "y", "z"], [1, 1, 1, 1, 1], [2, 3, 4, 5, 6]].flatMap((a) => texts(fn(...a), `${path}(${a.join(", ")})`));
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => texts(v, `${path}.${k}`));
  return [];
}

test("the CLI's own lines and the editor's words show no stray tokens or doubled spaces, in English and Dutch", () => {
  const problems: string[] = [];
  for (const locale of LOCALES) {
    for (const { path, text } of texts(words(locale), locale)) {
      if (/\bundefined\b|\bNaN\b|\[object|\$\{|\bnull\b/.test(text)) problems.push(`${path}: ${text}`);
      // The help aligns its columns with spaces; every other text is one line of prose.
      if (!text.includes("\n") && (/ {2}/.test(text.trim()) || /\s[,;.](?:\s|$)/.test(text))) problems.push(`${path}: "${text}"`);
    }
  }
  assert.deepEqual(problems, []);
});
