// Every message the rules say with the arguments real files give them: rule fixtures, fix fixtures, rule pages, the examples and bad entente.json texts.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseConfig } from "../../core/model/config.js";
import { decode } from "../../core/model/source.js";
import { RULES, RULES_BY_ID, ruleById } from "../../core/rules/catalogue.js";
import type { Rule } from "../../core/rules/rule.js";
import { ruleExamples } from "./docs-examples.js";
import { fixFixtureFiles, readFixFixture } from "./fix-fixtures.js";
import { fixturePaths, readFixture, readFixtureText, runFixture, workspaceFixture, type Fixture } from "./fixtures.js";
import { codeBlocks, readPage } from "./markdown.js";
import { docsRoot, examplesRoot, projectRoot } from "./paths.js";

/** One message of a rule as some file makes it say: the finding's own, a related location's, or a fix's title. */
export interface Said {
  rule: Rule;
  /** The key into the rule's messages. */
  key: string;
  role: "finding" | "related" | "fix";
  args: Record<string, string>;
  /** Where it was said first (a fixture, a page, an example folder). */
  source: string;
}

/** Collects what is said, once per rule, key and arguments. */
class Hearing {
  readonly said = new Map<string, Said>();
  note(rule: Rule, key: string, role: Said["role"], args: Record<string, string> | undefined, source: string): void {
    const id = `${rule.id}\0${key}\0${JSON.stringify(args ?? {})}`;
    if (!this.said.has(id)) this.said.set(id, { rule, key, role, args: args ?? {}, source });
  }
  run(fx: Fixture, source: string): void {
    runFixture(fx, "en", (rule, finding) => {
      this.note(rule, finding.message ?? "default", "finding", finding.args, source);
      for (const r of finding.related ?? []) this.note(rule, r.message, "related", r.args, source);
      if (finding.fix) this.note(rule, finding.fix.title, "fix", finding.fix.args, source);
    });
  }
}

/**
 * Configuration texts that reach every message of config-error (it is said about entente.json, which no
 * fixture holds), beside the JSON examples of its rule page.
 */
const BAD_CONFIGS: readonly string[] = [
  `{ "rules": { "trust-depth": "off", } }`,
  `[1, 2]`,
  `{ "locale": "en", "locale": "nl" }`,
  `{ "reviewIntervalMonth": 12, "colour": "red" }`,
  `{ "reviewIntervalMonths": "12" }`,
  `{ "reviewIntervalMonths": 0.5 }`,
  `{ "locale": "de" }`,
  `{ "exclude": "drafts/**" }`,
  `{ "exclude": ["drafts/**", "+(old|older)/**"] }`,
  `{ "rules": ["trust-depth"] }`,
  `{ "rules": { "assesment-overdue": "error", "no-such-thing": "off" } }`,
  `{ "rules": { "syntax-error": "off", "config-error": "warning" } }`,
  `{ "rules": { "trust-depth": "Error", "personal-data-oral": 2 } }`,
];

function configSaid(h: Hearing): void {
  const rule = ruleById("config-error")!;
  const page = readPage(readFileSync(join(docsRoot(), "config-error.md"), "utf8"));
  const pageTexts = [...page.sections.values()].flatMap((s) => codeBlocks(s)).filter((b) => b.lang === "json").map((b) => b.code);
  for (const [i, text] of [...BAD_CONFIGS, ...pageTexts].entries()) {
    for (const p of parseConfig(text, RULES_BY_ID).problems) {
      h.note(rule, p.variant, "finding", p.args, i < BAD_CONFIGS.length ? "message-sources.ts (bad entente.json)" : "docs/rules/config-error.md");
    }
  }
}

/**
 * Texts with one kind of syntax error each, so that every syntax message is said with the arguments the
 * parser gives it (the syntax-error fixture holds only some of them).
 */
const BAD_SYNTAX: readonly string[] = [
  `service A { framework: "a\\q" }`,
  `service A { framework: "\\u{110000}" }`,
  `service A { framework: """\n  runs on`,
  `service A { type: intelligence }\n/* never closed`,
  `type: intelligence\nservice A { }`,
  `"loose text"\nservice A { }`,
  `service 7A { }`,
  `service { }`,
  `service A type: intelligence`,
  `service A { type: intelligence`,
  `service A { : intelligence }`,
  `service A { "text" }`,
  `service A { 2026-03-02 }`,
  `service A { 42 }`,
  `service A { """text""" }`,
  `disclosure D-1 { data: [[general]] }`,
  `disclosure D-1 { data: [general,, personal] }`,
  `service A {\n${"b {\n".repeat(40)}${"}\n".repeat(40)}}`,
  `service A { ${"; ".repeat(120)}}`,
];

/** Syntax messages no text can reach: the parser's safety nets. Their arguments are what those nets record. */
export const UNREACHABLE_SYNTAX: Readonly<Record<string, Record<string, string>>> = {
  "parser-exception": { found: "Ident", image: "ALPHA" },
  "internal-error": { detail: "RangeError: Maximum call stack size exceeded" },
};

function syntaxSaid(h: Hearing): void {
  const rule = ruleById("syntax-error")!;
  for (const [i, text] of BAD_SYNTAX.entries()) h.run(readFixtureText(`bad-syntax-${i}.entente`, text), "message-sources.ts (bad syntax)");
  const { readError } = decode(new Uint8Array([0x73, 0x65, 0x72, 0x76, 0x69, 0x63, 0x65, 0x20, 0xff, 0x0a]));
  if (readError) h.note(rule, "default", "finding", { ...readError.args, id: readError.id }, "message-sources.ts (invalid UTF-8)");
  for (const [id, args] of Object.entries(UNREACHABLE_SYNTAX)) h.note(rule, "default", "finding", { ...args, id }, "message-sources.ts (a parser safety net)");
}

/**
 * Messages no file can make a rule say yet, with the arguments the code would give them: no nested block
 * of the schema has a required field (catalogue.test.ts asserts so), so missing-field cannot speak of one.
 */
export const UNREACHABLE: readonly { rule: string; key: string; args: Record<string, string> }[] = [
  { rule: "missing-field", key: "nested", args: { fields: "text", kind: "clause", name: "7" } },
  { rule: "missing-field", key: "nested-many", args: { fields: "concerns,text", kind: "clause", name: "7" } },
];

/** Everything the rules say across the project's own files, once per rule, key and arguments. */
export function everythingSaid(): Said[] {
  const h = new Hearing();
  const root = projectRoot();
  for (const path of fixturePaths()) h.run(readFixture(path), relative(root, path));
  for (const path of fixFixtureFiles()) {
    const ff = readFixFixture(path);
    h.run(readFixtureText(ff.path, ff.before), relative(root, ff.path));
    h.run(readFixtureText(ff.path, ff.header + ff.after), `${relative(root, ff.path)} (after)`);
  }
  for (const rule of RULES) {
    for (const { which, code } of ruleExamples(rule.id)) {
      const text = /^\/\/- preamble:/m.test(code) ? code : `//- preamble: partners\n${code}`;
      h.run(readFixtureText(`${rule.id}.md`, text.replace(/^\/\/- preamble: none\n/m, "")), `docs/rules/${rule.id}.md (${which})`);
    }
  }
  h.run(workspaceFixture(examplesRoot(), "2026-12-01", ["violations"]).fixture, "examples/");
  h.run(workspaceFixture(join(examplesRoot(), "violations"), "2026-06-30").fixture, "examples/violations/");
  configSaid(h);
  syntaxSaid(h);
  for (const u of UNREACHABLE) h.note(ruleById(u.rule)!, u.key, "finding", u.args, "message-sources.ts (not reachable yet)");
  return [...h.said.values()];
}
