// `entente lint --sarif-output FILE`: the report as without it and the SARIF log as `--format sarif` prints it, from one lint; a log that cannot be written costs the report nothing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FileResult, LintResult } from "../cli/formats/result.js";
import { withLog } from "../cli/sarif-output.js";
import { run, workspace } from "./support/cli.js";
import { register } from "./support/register.js";

const FORMATS = ["stylish", "json", "junit", "github", "sarif"] as const;
const TODAY = ["--today", "2026-06-01"];

test("with --sarif-output, every format prints what it prints without, and the file holds what --format sarif prints (baseline in force)", () => {
  const dir = register();
  const sarif = run(["lint", ".", "--format", "sarif", ...TODAY], dir);
  assert.equal(sarif.status, 2, "the register's entente.json has an error");
  const results = (JSON.parse(sarif.stdout) as { runs: { results: { suppressions?: unknown }[] }[] }).runs[0]!.results;
  assert.ok(results.length > 300 && results.some((r) => r.suppressions), "a log with findings, some baselined");
  for (const format of FORMATS) {
    const log = join(dir, "out", `${format}.sarif`);
    mkdirSync(join(dir, "out"), { recursive: true });
    const alone = run(["lint", ".", "--format", format, ...TODAY], dir);
    const both = run(["lint", ".", "--format", format, ...TODAY, "--sarif-output", log], dir);
    assert.deepEqual(both, alone, format);
    assert.equal(readFileSync(log, "utf8"), sarif.stdout, format);
  }
  assert.deepEqual(readdirSync(join(dir, "out")).sort(), FORMATS.map((f) => `${f}.sarif`).sort(), "no temporary file is left");
});

test("with --new-since, the log says which findings are new, as --format sarif does", () => {
  const dir = workspace({ "a.entente": "disclosure D-1 {\n  to: NOBODY\n}\n" });
  const git = (...args: string[]) =>
    assert.equal(spawnSync("git", ["-c", "user.name=T", "-c", "user.email=t@example.invalid", ...args], { cwd: dir }).status, 0, args.join(" "));
  git("init", "-q");
  git("add", "-A");
  git("commit", "-qm", "adopted");
  writeFileSync(join(dir, "a.entente"), "disclosure D-1 {\n  to: NOBODY\n}\n\ndisclosure D-2 {\n  to: NOBODY-ELSE\n}\n");
  const args = ["lint", "--new-since", "HEAD", ...TODAY];
  const sarif = run([...args, "--format", "sarif"], dir);
  assert.match(sarif.stdout, /"baselineState": "unchanged"/);
  assert.match(sarif.stdout, /"baselineState": "new"/);
  const both = run([...args, "--format", "github", "--sarif-output", "log.sarif"], dir);
  assert.deepEqual(both, run([...args, "--format", "github"], dir));
  assert.equal(readFileSync(join(dir, "log.sarif"), "utf8"), sarif.stdout);
});

test("a log that cannot be written: the report is printed whole, the lint ends with status 2 and says why, and nothing is left", () => {
  const dir = workspace({ "a.entente": "disclosure D-1 {\n  to: NOBODY\n}\n" });
  const alone = run(["lint", "--format", "json", ...TODAY], dir);
  assert.equal(alone.status, 1);
  const r = run(["lint", "--format", "json", ...TODAY, "--sarif-output", "missing/log.sarif"], dir);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, alone.stdout);
  assert.equal(r.stderr, "entente: cannot write missing/log.sarif (ENOENT); it is unchanged.\n");
  assert.ok(!existsSync(join(dir, "missing")));
});

test("--sarif-output needs a new file: not empty, not with --write-baseline, never over a file Entente reads", () => {
  const dir = workspace({ "a.entente": "// Nothing recorded yet.\n" });
  const empty = run(["lint", "--sarif-output="], dir);
  assert.equal(empty.status, 2);
  assert.match(empty.stderr, /^entente: --sarif-output needs the name of a file\.\n/);
  const both = run(["lint", "--write-baseline", "--sarif-output", "log.sarif"], dir);
  assert.equal(both.status, 2);
  assert.match(both.stderr, /^entente: --write-baseline and --sarif-output cannot be used together\.\n/);
  assert.deepEqual(readdirSync(dir).sort(), ["a.entente", "own.entente"], "nothing was written");
  const nl = run(["lint", "--sarif-output=", "--locale", "nl"], dir);
  assert.match(nl.stderr, /^entente: --sarif-output heeft de naam van een bestand nodig\.\n/);
  // Never a log in place of a file Entente reads.
  const before = readFileSync(join(dir, "a.entente"), "utf8");
  for (const target of ["a.entente", "sub/B.ENTENTE", "entente.json", "../x/entente-baseline.json"]) {
    const r = run(["lint", "--sarif-output", target], dir);
    assert.equal(r.status, 2, target);
    assert.ok(r.stderr.startsWith(`entente: --sarif-output would write over ${target}, a file Entente reads; name a new file such as entente.sarif.\n`), r.stderr);
  }
  assert.equal(readFileSync(join(dir, "a.entente"), "utf8"), before);
  writeFileSync(join(dir, "accepted.json"), `{ "version": 1, "entries": [] }\n`);
  const overBaseline = run(["lint", "--baseline", "accepted.json", "--sarif-output", "./accepted.json"], dir);
  assert.equal(overBaseline.status, 2);
  assert.match(overBaseline.stderr, /^entente: --sarif-output would write over \.\/accepted\.json/);
  assert.equal(readFileSync(join(dir, "accepted.json"), "utf8"), `{ "version": 1, "entries": [] }\n`);
  assert.equal(run(["lint", "--sarif-output", "entente.json.sarif"], dir).status, 0);
});

/** An outcome of `n` files, each with `findings` stand-in findings, that counts the files made and not yet let go by both views. */
function counted(n: number, findings: number) {
  const made: FileResult[] = [];
  const taken = new Map<FileResult, number>();
  let mostWaiting = 0;
  const take = (f: FileResult) => {
    const k = (taken.get(f) ?? 0) + 1;
    taken.set(f, k);
    if (k === 2) made.splice(made.indexOf(f), 1);
  };
  const result: LintResult = {
    files: (function* () {
      for (let i = 0; i < n; i++) {
        const file: FileResult = { path: `f${i}.entente`, diagnostics: Array.from({ length: findings }, () => ({}) as never) };
        made.push(file);
        mostWaiting = Math.max(mostWaiting, made.length);
        yield file;
      }
    })(),
    linted: n, errors: 0, warnings: 0, infos: 0,
  };
  return { result, take, mostWaiting: () => mostWaiting, allTaken: () => made.length === 0 };
}

/** A format that takes each file and says so: at once (`atOnce`), or keeping every piece to the end, as JUnit does. */
const format = (take: (f: FileResult) => void, atOnce: boolean) => function* (view: LintResult): Generator<string> {
  const kept: string[] = [];
  for (const f of view.files) {
    take(f);
    if (atOnce) yield f.path;
    else kept.push(f.path);
  }
  yield* kept;
};

test("the log keeps up with the report: a file waits for at most one other, whether the report's format writes as it goes or at its end (JUnit)", () => {
  // The log's format is SARIF, which writes each file's results as it takes the file.
  for (const reportAtOnce of [true, false]) {
    const c = counted(200, 3);
    const logged: (string | Uint8Array)[] = [];
    const printed = [...withLog(c.result, format(c.take, reportAtOnce), format(c.take, true), { write: (p) => void logged.push(p), failed: assert.fail })];
    const paths = Array.from({ length: 200 }, (_, i) => `f${i}.entente`);
    assert.deepEqual(printed, paths);
    assert.deepEqual(logged, paths);
    assert.ok(c.allTaken());
    assert.ok(c.mostWaiting() <= 2, `${c.mostWaiting()} files waited at once (report at once: ${reportAtOnce})`);
  }
});

test("a log that fails part way is given up: the report goes on to its end, and nothing more is written to the log", () => {
  const c = counted(100, 1);
  let writes = 0;
  const failures: unknown[] = [];
  const sink = {
    write: () => {
      if (++writes === 10) throw Object.assign(new Error("no space"), { code: "ENOSPC" });
    },
    failed: (e: unknown) => void failures.push(e),
  };
  const printed = [...withLog(c.result, format(c.take, true), format(c.take, true), sink)];
  assert.equal(printed.length, 100);
  assert.equal(writes, 10, "nothing is written after the failure");
  assert.equal(failures.length, 1);
  assert.equal((failures[0] as { code: string }).code, "ENOSPC");
});
