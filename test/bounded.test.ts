// A lint whose files rest as soon as it is done with them (a workspace too large to keep whole) finds and writes exactly what one that keeps every file does.
import assert from "node:assert/strict";
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { Analysis } from "../core/analysis/analysis.js";
import { collectFiles } from "../core/analysis/disk.js";
import type { Decl } from "../core/model/bound.js";
import { parseDate } from "../core/model/dates.js";
import { run } from "./support/cli.js";
import { examplesRoot, projectRoot } from "./support/paths.js";
import { smallWorld } from "./support/small-world.js";
import { tempDir } from "./support/temp.js";
import type { Texts } from "./support/workspace-edits.js";

const TODAY = (parseDate("2026-06-01") as { day: number }).day;
const RUNS = Number(process.env.ENTENTE_BOUNDED_RUNS ?? 300);

/**
 * Every file's findings, checked in path order; with `bounded`, every file is read as a bounded run's first
 * reading reads it (bound only as far as the index reads, and resting at once) and rests again after its check.
 */
function findings(texts: Texts, bounded: boolean): string {
  const a = new Analysis({ roots: [], today: TODAY, pathOf: () => undefined });
  a.bounded = bounded;
  for (const [uri, text] of texts) a.setFile(uri, text, undefined, !bounded);
  if (bounded) {
    const whole = [...a.ws.files.values()].filter((f) => !f.resting || !f.problemsDue).map((f) => f.uri);
    assert.deepEqual(whole, [], "files bound whole by a bounded run's first reading");
  }
  return JSON.stringify([...a.checkAll()].sort(([x], [y]) => (x < y ? -1 : 1)));
}

test(`findings are the same whether files rest between reads and checks or not (${RUNS} small workspaces, and the examples)`, () => {
  const examples: Texts = new Map(collectFiles([examplesRoot()], () => false).files.map((p) => [relative(projectRoot(), p), readFileSync(p, "utf8")]));
  assert.equal(findings(examples, true), findings(examples, false));
  fc.assert(fc.property(fc.gen(), (g) => {
    const texts = smallWorld(g);
    assert.equal(findings(texts, true), findings(texts, false));
  }), { numRuns: RUNS });
});

test("a bounded run never lets rest the files it is told to keep awake (the editor's open documents), and finds the same", () => {
  const root = examplesRoot();
  const paths = collectFiles([root], () => false).files.sort();
  const open = new Set(paths.filter((_, i) => i % 3 === 0));
  const analysis = (bounded: boolean) => {
    const a = new Analysis({ roots: [root], today: TODAY });
    a.bounded = bounded;
    a.keepAwake = (id) => open.has(id);
    for (const p of paths) assert.ok(!("error" in a.readFromDisk(p, false)), `cannot read ${p}`);
    return a;
  };
  const kept = analysis(false);
  const bounded = analysis(true);
  const resting = () => [...bounded.ws.files.values()].filter((f) => f.resting === true).map((f) => f.uri).sort();
  // As read, every file rests but the open ones.
  assert.deepEqual(resting(), paths.filter((p) => !open.has(p)));
  const checked: [string, unknown][] = [];
  for (const p of paths) {
    checked.push([p, bounded.check(p)]);
    const asleep = resting();
    assert.deepEqual(asleep.filter((u) => open.has(u)), [], `an open file rests after the check of ${p}`);
    assert.ok(asleep.length > 0, `nothing rests after the check of ${p}`);
  }
  assert.deepEqual(JSON.stringify(checked), JSON.stringify(paths.map((p) => [p, kept.check(p)])));
});

test("a file first read only for the index answers every question of the index as one read whole, and has the same problems and suppressions once woken", () => {
  const paths = collectFiles([examplesRoot(), join(projectRoot(), "test", "fixtures")], () => false).files.sort();
  const texts: Texts = new Map(paths.map((p) => [relative(projectRoot(), p), readFileSync(p, "utf8")]));
  const read = (bounded: boolean) => {
    const a = new Analysis({ roots: [], today: TODAY, pathOf: () => undefined });
    a.bounded = bounded;
    for (const [uri, text] of texts) a.setFile(uri, text, undefined, false);
    return a;
  };
  const whole = read(false);
  const indexOnly = read(true);
  assert.equal([...indexOnly.ws.files.values()].filter((f) => f.problemsDue).length, texts.size);
  // Every question of the index, each answered by the declarations' places; asked first of the files still at rest.
  const answers = (a: Analysis) => {
    const ws = a.ws;
    const at = (ds: Iterable<Decl>) => [...ds].map((d) => `${d.file.uri}@${d.syntax.start}`);
    const names = [...new Set([...ws.files.values()].flatMap((f) => f.decls.map((d) => d.name)))].sort();
    return JSON.stringify({
      own: at(ws.ownServices()), first: at([ws.firstActivity()].filter((d) => d !== undefined)),
      names: names.map((n) => [n, at(ws.headsNamed(n)), at(ws.recordsAbout(n)), at(ws.activitiesWith(n)), at(ws.successorsOf(n))]),
    });
  };
  same(answers(indexOnly), answers(whole), "the index");
  assert.ok([...whole.ws.files.values()].some((f) => f.decls.some((d) => whole.ws.successorsOf(d.name).length > 0)), "no agreement supersedes or amends another");
  // What the binder found, and where each suppression applies: both are worked out when such a file wakes.
  const problems = (a: Analysis) => [...a.ws.files.keys()].map((uri) => [uri, a.ws.file(uri)!.problems, a.ws.file(uri)!.suppressions]);
  const expected = problems(whole);
  assert.ok(expected.some(([, ps]) => (ps as unknown[]).length > 0), "no file has a problem to find");
  assert.ok(expected.some(([, , ss]) => (ss as { target?: unknown }[]).some((s) => s.target)), "no suppression applies to anything");
  same(problems(indexOnly), expected, "the problems and suppressions");
});

test("a bounded lint prints, fixes and writes a baseline exactly as a lint that keeps every file", () => {
  // ENTENTE_BOUNDED_FROM=0 makes every lint bounded; the default keeps a workspace this small whole.
  const source = join(examplesRoot(), "violations");
  // One folder for both lints, copied afresh each time: SARIF and JUnit name it.
  const dir = tempDir("bounded");
  const lint = (bounded: boolean, args: string[]) => {
    rmSync(dir, { recursive: true, force: true });
    cpSync(source, dir, { recursive: true });
    const r = run(["lint", ".", "--today", "2026-06-01", ...args], dir, bounded ? { ENTENTE_BOUNDED_FROM: "0" } : {});
    const files = readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), "utf8")]);
    return { ...r, files };
  };
  const cases = [["--format", "stylish"], ["--format", "json"], ["--format", "sarif"], ["--format", "junit"], ["--format", "github"], ["--write-baseline"], ["--fix", "--format", "json"]];
  for (const args of cases) {
    const kept = lint(false, args);
    assert.ok(kept.stdout.length > 0 || args.includes("--write-baseline") || args.includes("github"), `lint ${args.join(" ")} printed nothing`);
    same(lint(true, args), kept, `lint ${args.join(" ")}`);
  }
  // With a baseline in force, which reads each file's tree after its check.
  rmSync(dir, { recursive: true, force: true });
  cpSync(source, dir, { recursive: true });
  run(["lint", ".", "--today", "2026-06-01", "--write-baseline"], dir);
  writeFileSync(join(dir, "drafting.entente"), readFileSync(join(dir, "drafting.entente"), "utf8") + "\nservice LATE { country: BE type: security colour: red }\n");
  const withBaseline = (env: Record<string, string>) => run(["lint", ".", "--today", "2026-06-01", "--format", "sarif"], dir, env);
  const kept = withBaseline({});
  assert.match(kept.stdout, /colour/);
  same(withBaseline({ ENTENTE_BOUNDED_FROM: "0" }), kept, "lint with a baseline");
});

/** Two runs' outcomes are equal; when not, the first line that differs is shown rather than megabytes of report. */
function same(got: unknown, want: unknown, what: string): void {
  const [g, w] = [JSON.stringify(got, null, 1).split("\n"), JSON.stringify(want, null, 1).split("\n")];
  const i = g.findIndex((l, k) => l !== w[k]);
  assert.ok(i < 0 && g.length === w.length, `${what} differs when bounded, at line ${i}:\n  bounded: ${g[i]?.slice(0, 300)}\n  whole:   ${w[i]?.slice(0, 300)}`);
}
