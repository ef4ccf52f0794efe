// The setups users copy: action.yml's steps run as shell scripts in a throwaway repository, and the pre-commit hooks run by the real pre-commit.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { parse } from "yaml";
import { projectRoot } from "./support/paths.js";
import { tempDir } from "./support/temp.js";

/** A clean register in the canonical layout, and a file with one error (line 3, column 9). */
const SERVICES = `service MIVD {\n  country: NL\n  type: military-intelligence\n  own: yes\n}\n\nservice ALPHA {\n  country: XA\n  type: intelligence\n}\n`;
const BAD = `service BRAVO {\n  country: XB\n  type: inteligence\n}\n`;
const GIT_ENV = { GIT_AUTHOR_NAME: "T", GIT_AUTHOR_EMAIL: "t@example.invalid", GIT_COMMITTER_NAME: "T", GIT_COMMITTER_EMAIL: "t@example.invalid" };

function sh(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, ...GIT_ENV, ...env }, timeout: 120_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** A repository that has Entente installed as npm would (a link in node_modules, and its command in node_modules/.bin). */
function consumer(files: Record<string, string>): string {
  const dir = tempDir("consumer");
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  mkdirSync(join(dir, "node_modules", ".bin"), { recursive: true });
  symlinkSync(projectRoot(), join(dir, "node_modules", "entente"));
  symlinkSync(join("..", "entente", "bin", "entente.js"), join(dir, "node_modules", ".bin", "entente"));
  writeFileSync(join(dir, ".gitignore"), "node_modules\n");
  assert.equal(sh("git", ["init", "-q", "-b", "main"], dir).status, 0);
  assert.equal(sh("git", ["add", "-A"], dir).status, 0);
  assert.equal(sh("git", ["commit", "-qm", "register"], dir).status, 0);
  return dir;
}

interface Step { name: string; id?: string; if?: string; uses?: string; shell?: string; run?: string; env?: Record<string, string>; with?: Record<string, string> }

/** The conditions action.yml uses, as this test reads them; a condition not listed here fails the test, so that it is read too. */
const CONDITIONS: Record<string, (s: State) => boolean> = {
  "inputs.new-since != ''": (s) => s.inputs["new-since"] !== "",
  "always() && steps.lint.outputs.sarif-file != ''": (s) => (s.outputs.lint?.["sarif-file"] ?? "") !== "",
  "steps.lint.outputs.exit-code != '0'": (s) => s.outputs.lint?.["exit-code"] !== "0",
};

interface State { inputs: Record<string, string>; outputs: Record<string, Record<string, string>>; log: string[] }

/** `${{ … }}` in a step's env and with: inputs, the action's path and earlier steps' outputs. */
function expand(text: string, s: State): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    let m: RegExpExecArray | null;
    if ((m = /^inputs\.([\w-]+)$/.exec(expr))) return s.inputs[m[1]!] ?? "";
    if (expr === "github.action_path") return projectRoot();
    if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr))) return s.outputs[m[1]!]?.[m[2]!] ?? "";
    throw new Error(`action.yml uses an expression this test does not know: ${expr}`);
  });
}

/** Runs action.yml in a repository: its `run` steps with bash as GitHub runs them, its `uses` steps checked and skipped. */
function runAction(dir: string, given: Record<string, string>): State {
  const action = parse(readFileSync(join(projectRoot(), "action.yml"), "utf8")) as { inputs: Record<string, { default?: string }>; runs: { using: string; steps: Step[] } };
  assert.equal(action.runs.using, "composite");
  for (const k of Object.keys(given)) assert.ok(k in action.inputs, `action.yml has no input ${k}`);
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, given[k] ?? String(v.default ?? "")]));
  const s: State = { inputs, outputs: {}, log: [] };
  for (const step of action.runs.steps) {
    if (step.if !== undefined) {
      const cond = CONDITIONS[step.if];
      assert.ok(cond, `a condition this test does not know: ${step.if}`);
      if (!cond(s)) continue;
    }
    if (step.uses) {
      // Other actions cannot run here; their inputs must at least resolve.
      assert.match(step.uses, /^(actions\/setup-node@v4|github\/codeql-action\/upload-sarif@v3)$/);
      if (step.uses.startsWith("github/")) assert.ok(existsSync(join(dir, expand(step.with!.sarif_file!, s))), "the SARIF log to upload exists");
      s.log.push(`uses ${step.uses}`);
      continue;
    }
    assert.equal(step.shell, "bash");
    const outFile = join(tempDir("gh"), "output");
    writeFileSync(outFile, "");
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v), s)]));
    assert.doesNotMatch(step.run!, /\$\{\{/, `${step.name}: inputs reach the script through env only`);
    const r = sh("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.run!], dir, { ...env, GITHUB_OUTPUT: outFile });
    s.log.push(`${step.name}: ${r.status}\n${r.out}`);
    if (step.id) s.outputs[step.id] = Object.fromEntries(readFileSync(outFile, "utf8").split("\n").filter(Boolean).map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]));
    if (r.status !== 0) {
      s.outputs["$failed"] = { step: step.name, status: String(r.status) };
      break;
    }
  }
  return s;
}

test("action.yml: a clean register passes and uploads SARIF; with --new-since only what a change adds fails the job, annotated", () => {
  const dir = consumer({ "services.entente": SERVICES });
  let s = runAction(dir, { today: "2026-06-01" });
  assert.equal(s.outputs["$failed"], undefined, s.log.join("\n"));
  assert.equal(s.outputs.lint!["exit-code"], "0");
  assert.equal(s.outputs.install!.entente, join(dir, "node_modules", ".bin", "entente"), "the repository's own Entente");
  assert.ok(s.log.includes("uses github/codeql-action/upload-sarif@v3"));
  assert.equal(JSON.parse(readFileSync(join(dir, "entente.sarif"), "utf8")).version, "2.1.0");
  // A bad file in a change: the new finding is annotated, the job fails with status 1, and code scanning still gets its log.
  writeFileSync(join(dir, "bad.entente"), BAD);
  s = runAction(dir, { "new-since": "main", paths: ".\n", "upload-sarif": "true" });
  assert.deepEqual(s.outputs["$failed"], { step: "Fail on findings", status: "1" }, s.log.join("\n"));
  assert.match(s.log.join("\n"), /::error file=bad\.entente,line=3,col=9,[^\n]*::'inteligence' is not a value of 'type'/);
  assert.match(s.log.join("\n"), /1 new, 0 existing at main/);
  const sarif = JSON.parse(readFileSync(join(dir, "entente.sarif"), "utf8"));
  assert.deepEqual(sarif.runs[0].results.map((r: { baselineState: string }) => r.baselineState), ["new"]);
});

/**
 * Puts in the repository's node_modules/.bin an Entente that notes each lint it runs in `lints.txt` and otherwise is
 * the real one; `older`: one from before --sarif-output, whose help does not name it and which refuses it as unknown.
 */
function countingEntente(dir: string, older: boolean): void {
  const bin = join(dir, "node_modules", ".bin", "entente");
  rmSync(bin);
  writeFileSync(bin, `const { spawnSync } = require("node:child_process");
const { appendFileSync } = require("node:fs");
const args = process.argv.slice(2);
const older = ${older};
if (older && args.includes("--sarif-output")) {
  process.stderr.write("entente: Unknown option '--sarif-output'\\n");
  process.exit(2);
}
if (args[0] === "lint") appendFileSync(${JSON.stringify(join(dir, "lints.txt"))}, args.join(" ") + "\\n");
const r = spawnSync(process.execPath, [${JSON.stringify(join(projectRoot(), "bin", "entente.js"))}, ...args], { stdio: ["inherit", "pipe", "inherit"] });
let out = r.stdout.toString("utf8");
if (older && args[0] === "--help") out = out.split("\\n").filter((l) => !l.includes("--sarif-output")).join("\\n");
process.stdout.write(out);
process.exitCode = r.status ?? 2;
`);
}

test("action.yml: one lint gives the annotations and the log; with an Entente older than --sarif-output, a second lint gives the same log", () => {
  const logs: string[] = [];
  for (const older of [false, true]) {
    const dir = consumer({ "services.entente": SERVICES, "bad.entente": BAD });
    countingEntente(dir, older);
    const s = runAction(dir, { today: "2026-06-01" });
    assert.deepEqual(s.outputs["$failed"], { step: "Fail on findings", status: "1" }, s.log.join("\n"));
    assert.match(s.log.join("\n"), /::error file=bad\.entente,line=3,col=9,/);
    assert.ok(s.log.includes("uses github/codeql-action/upload-sarif@v3"));
    const lints = readFileSync(join(dir, "lints.txt"), "utf8").trim().split("\n");
    assert.equal(lints.length, older ? 2 : 1, lints.join("\n"));
    const log = readFileSync(join(dir, "entente.sarif"), "utf8");
    assert.equal(JSON.parse(log).runs[0].results.length, 1);
    logs.push(log);
  }
  assert.equal(logs[0], logs[1]);
});

test("action.yml: without Entente in the repository it uses its own; a baseline input is passed on; a bad input is exit 2", () => {
  const dir = consumer({ "services.entente": SERVICES, "bad.entente": BAD });
  cpSync(join(dir, "bad.entente"), join(dir, "old.entente"));
  assert.equal(sh("node", [join(projectRoot(), "bin", "entente.js"), "lint", "--write-baseline=accepted.json"], dir).status, 0);
  assert.equal(sh("rm", ["-r", join(dir, "node_modules")], dir).status, 0);
  let s = runAction(dir, { baseline: "accepted.json", format: "stylish", "upload-sarif": "false" });
  assert.equal(s.outputs["$failed"], undefined, s.log.join("\n"));
  assert.equal(s.outputs.install!.entente, join(projectRoot(), "bin", "entente.js"));
  assert.match(s.log.join("\n"), /\d+ findings accepted in the baseline \(accepted\.json\) are not shown/);
  assert.ok(!existsSync(join(dir, "entente.sarif")));
  s = runAction(dir, { "max-warnings": "many" });
  assert.deepEqual(s.outputs["$failed"], { step: "Fail on findings", status: "2" });
  assert.ok(!existsSync(join(dir, "entente.sarif")), "no empty log is uploaded");
});

const preCommit = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
const missing = preCommit.status === 0 ? undefined
  : "pre-commit is not installed: the pre-commit hook test DID NOT RUN. Install it with 'apt-get install -y pre-commit'.";
if (missing && process.env.ENTENTE_REQUIRE_EDITORS !== "1") process.stderr.write(`\n*** ${missing} ***\n\n`);

test("the pre-commit hooks, run by the real pre-commit: a bad file fails entente-lint, a good one passes; entente-fmt formats", { skip: process.env.ENTENTE_REQUIRE_EDITORS === "1" ? false : missing }, () => {
  assert.equal(preCommit.status, 0, missing);
  // The hooks as shipped, in a repository of their own (what `repo:` in a .pre-commit-config.yaml points at).
  const hooks = tempDir("hooks");
  cpSync(join(projectRoot(), ".pre-commit-hooks.yaml"), join(hooks, ".pre-commit-hooks.yaml"));
  for (const args of [["init", "-q"], ["add", "-A"], ["commit", "-qm", "hooks"]]) assert.equal(sh("git", args, hooks).status, 0);
  const env = { PRE_COMMIT_HOME: tempDir("pre-commit-home") };
  const tryHook = (dir: string, hook: string) => sh("pre-commit", ["try-repo", hooks, hook, "--all-files"], dir, env);

  const good = consumer({ "services.entente": SERVICES });
  let r = tryHook(good, "entente-lint");
  assert.equal(r.status, 0, r.out);
  assert.match(r.out, /entente lint\.+Passed/);

  const bad = consumer({ "services.entente": SERVICES, "bad.entente": BAD });
  r = tryHook(bad, "entente-lint");
  assert.equal(r.status, 1, r.out);
  assert.match(r.out, /entente lint\.+Failed/);
  assert.match(r.out, /bad\.entente\n\s+3:9\s+error\s+'inteligence' is not a value of 'type'/);

  const unformatted = consumer({ "services.entente": SERVICES.replace("  country: XA\n  type: intelligence", "country:XA\n      type:    intelligence") });
  r = tryHook(unformatted, "entente-fmt");
  assert.equal(r.status, 1, r.out);
  assert.match(r.out, /entente fmt\.+Failed[\s\S]*files were modified by this hook/);
  assert.match(readFileSync(join(unformatted, "services.entente"), "utf8"), /service ALPHA \{\n {2}country: XA\n {2}type: intelligence\n\}/);
  r = tryHook(good, "entente-fmt");
  assert.equal(r.status, 0, r.out);
});
