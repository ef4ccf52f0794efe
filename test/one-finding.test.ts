// One mistake, one finding: the rules that outrank others, and every fixture held to it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { relative } from "node:path";
import { ACTIVITY_KINDS } from "../core/model/schema/index.js";
import { outrankedBy, RULES, RULE_IDS, ruleById } from "../core/rules/catalogue.js";
import type { Finding, Rule, Subject } from "../core/rules/rule.js";
import { fixturePaths, readFixture, readFixtureText, runFixture } from "./support/fixtures.js";
import { fixtureRoot } from "./support/paths.js";

/** Rules that take part in outranking, on either side: their findings about an act must say which act and counterpart. */
const involved = new Set<string>(RULES.flatMap((r) => (r.outranks ? [r.id, ...r.outranks] : [])));

const subjectsOf = (f: Finding): readonly Subject[] => { const s = f.subject; return s === undefined ? [] : "act" in s ? [s] : s; };
const keyOf = (s: Subject) => `${s.act.file.uri}:${s.act.syntax.start}:${s.service}`;

test("every rule a rule outranks exists, and no rule outranks itself, directly or through others", () => {
  for (const r of RULES) {
    for (const id of r.outranks ?? []) assert.ok(RULE_IDS.has(id), `${r.id} outranks '${id}', which is not a rule`);
    assert.ok(!(r.outranks ?? []).includes(r.id), `${r.id} outranks itself`);
    for (const id of outrankedBy(r)) assert.ok(!outrankedBy(ruleById(id)!).has(r.id), `${r.id} and ${id} outrank each other: both would fall silent`);
  }
});

/** Runs a fixture, keeping each published finding with the subjects the rule gave it. */
function findingsWithSubjects(path: string, text?: string): { rule: Rule; finding: Finding; where: string; onActivity: boolean }[] {
  const fx = text === undefined ? readFixture(path) : readFixtureText(path, text);
  const traced: { rule: Rule; finding: Finding; part: string }[] = [];
  const run = runFixture(fx, "en", (rule, finding, part) => traced.push({ rule, finding, part }));
  const out: { rule: Rule; finding: Finding; where: string; onActivity: boolean }[] = [];
  for (const [part, diagnostics] of run.diagnostics) {
    for (const d of diagnostics) {
      const t = traced.find((x) => x.part === part && x.rule.id === d.rule && x.finding.start === d.start && x.finding.end === d.end);
      const decl = run.workspace.files.get(part)?.decls.find((x) => d.start >= x.syntax.start && d.start <= x.syntax.end);
      if (t) out.push({ rule: t.rule, finding: t.finding, where: `${relative(fixtureRoot(), path)} (${part}) ${d.range.start.line + 1}:${d.range.start.character + 1}`, onActivity: decl !== undefined && ACTIVITY_KINDS.has(decl.kind) });
    }
  }
  return out;
}

test("every fixture: findings of the rules that outrank or are outranked say their act and counterpart", () => {
  for (const path of fixturePaths()) {
    for (const { rule, finding, where, onActivity } of findingsWithSubjects(path)) {
      if (involved.has(rule.id) && onActivity) assert.ok(subjectsOf(finding).length > 0, `${where}: a ${rule.id} finding on an act has no subject, so outranking cannot reach it`);
    }
  }
});

test("every fixture: no finding is published beside findings that make it redundant for each act and counterpart it concerns", () => {
  let checked = 0;
  for (const path of fixturePaths()) {
    const findings = findingsWithSubjects(path);
    const bySubject = new Map<string, { rule: Rule; where: string }[]>();
    for (const { rule, finding, where } of findings) {
      for (const s of subjectsOf(finding)) {
        const list = bySubject.get(keyOf(s)) ?? [];
        list.push({ rule, where });
        bySubject.set(keyOf(s), list);
      }
    }
    // A finding about the act as a whole (several counterparts) is redundant only when it is so for every one of them.
    for (const { rule, finding, where } of findings) {
      const subjects = subjectsOf(finding);
      if (subjects.length === 0) continue;
      checked++;
      const outranking = subjects.map((s) => (bySubject.get(keyOf(s)) ?? []).find((a) => outrankedBy(a.rule).has(rule.id)));
      if (outranking.every((a) => a !== undefined)) assert.fail(`${where}: ${rule.id} speaks beside ${outranking[0]!.rule.id} (${outranking[0]!.where}), which makes it redundant`);
    }
  }
  assert.ok(checked > 50, `the fixtures hold too few findings with subjects to compare (${checked})`);
});

test("a law-enforcement recipient gets the one finding that says so, and the weighing, agreement, trust and form rules stay silent about it", () => {
  const text = `//- preamble: partners
service POLICE "Alphaland Federal Police" { country: XA type: law-enforcement relationship: exploratory }
disclosure D-1 { to: POLICE date: 2026-03-02 basis: own-task investigation: "Piracy" data: [personal] subjects: [foreign-national]
  sources: closed reliability: B2 onward: none recorded: yes legal-affairs: 2026-03-01 approval: director 2026-03-01 "DIR/1" }
`;
  const rules = findingsWithSubjects("law-enforcement.entente", text).map((f) => f.rule.id);
  assert.ok(rules.includes("disclosure-to-law-enforcement"), rules.join(", "));
  for (const silent of ["cooperation-without-assessment", "cooperation-without-agreement", "trust-depth", "form-not-permitted"]) {
    assert.ok(!rules.includes(silent), `${silent} speaks about a police recipient: ${rules.join(", ")}`);
  }
});
