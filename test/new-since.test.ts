// `entente lint --new-since REV`: only findings that did not exist at a git revision, read from git's objects with the revision's configuration; and the clear words when git cannot answer.
import assert from "node:assert/strict";
import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { Analysis } from "../core/analysis/analysis.js";
import { parseDate } from "../core/model/dates.js";
import { disclosure, SERVICES } from "./support/adoption.js";
import { run, workspace } from "./support/cli.js";
import { git } from "./support/git.js";
import { tempDir } from "./support/temp.js";

const parseDay = (text: string) => (parseDate(text) as { day: number }).day;



/** A repository whose first commit holds two files with findings (and a clean one), and an entente.json that switches one rule off. */
function repository(): string {
  const dir = workspace({
    "services.entente": SERVICES,
    "acts.entente": disclosure("D-1", "\n  colour: red") + "\n" + disclosure("D-2", "\n  colour: blue"),
    "old.entente": disclosure("D-3", "\n  colour: green"),
    "entente.json": `{ "rules": { "approval-after-activity": "off" } }`,
  });
  git(dir, "init", "-q");
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "register as adopted");
  return dir;
}

const diagnostics = (stdout: string) => JSON.parse(stdout).diagnostics as { file: string; line: number; rule: string; message: string }[];

test("--new-since reports only what the change adds; lines moved and files deleted change nothing", () => {
  const dir = repository();
  const at = run(["lint", "--format", "sarif"], dir);
  const before = JSON.parse(at.stdout).runs[0].results as { partialFingerprints: Record<string, string>; message: { text: string } }[];
  // Three lines above the old findings, a new finding in D-2, a new untracked file with one, and a file deleted.
  writeFileSync(join(dir, "acts.entente"), `// Acts\n\n// of March\n` + disclosure("D-1", "\n  colour: red") + "\n" + disclosure("D-2", "\n  colour: blue\n  flavour: sweet"));
  writeFileSync(join(dir, "new.entente"), disclosure("D-4", "\n  size: large"));
  rmSync(join(dir, "old.entente"));
  const status = git(dir, "status", "--porcelain");
  const all = diagnostics(run(["lint", "--format", "json"], dir).stdout);
  const added = all.filter((d) => d.file === "new.entente");
  assert.ok(added.length >= 2);
  const r = run(["lint", "--new-since", "HEAD", "--format", "json"], dir);
  assert.equal(r.status, 1, r.stderr);
  const reported = diagnostics(r.stdout);
  assert.deepEqual(reported.filter((d) => d.file === "acts.entente").map((d) => `${d.line} ${d.rule}`), ["24 unknown-field"]);
  assert.match(reported[0]!.message, /flavour/);
  assert.deepEqual(reported.filter((d) => d.file === "new.entente"), added);
  const n = reported.length;
  const existing = all.length - n;
  assert.ok(existing >= 4);
  assert.deepEqual(JSON.parse(r.stdout).summary, { ...JSON.parse(r.stdout).summary, files: 4, new: n, existing });
  assert.equal(r.stderr, `entente: ${n} new, ${existing} existing at HEAD (not shown).\n`);
  const stylish = run(["lint", "--new-since", "HEAD"], dir);
  assert.match(stylish.stdout, new RegExp(`in 4 files\\.\\n${n} new, ${existing} existing at HEAD \\(not shown\\)\\.\\nConfiguration: entente\\.json\\.\\n$`));
  const github = run(["lint", "--new-since", "HEAD", "--format", "github"], dir);
  assert.equal(github.stdout.trim().split("\n").length, n);
  assert.match(github.stdout, /^::error file=acts\.entente,line=24,col=3,/);
  assert.doesNotMatch(github.stdout, /file=acts\.entente,line=(?!24,)/);
  // SARIF carries every finding with its state, and the same fingerprint as before for those that only moved.
  const sarif = JSON.parse(run(["lint", "--new-since", "HEAD", "--format", "sarif"], dir).stdout).runs[0].results as
    { baselineState: string; partialFingerprints: Record<string, string>; message: { text: string }; locations: { physicalLocation: { region: { startLine: number } } }[] }[];
  assert.equal(sarif.length, all.length);
  assert.equal(sarif.filter((x) => x.baselineState === "new").length, n);
  assert.equal(sarif.filter((x) => x.baselineState === "unchanged").length, existing);
  for (const old of sarif.filter((x) => x.baselineState === "unchanged")) {
    const then = before.filter((b) => b.message.text === old.message.text);
    assert.ok(then.some((t) => JSON.stringify(t.partialFingerprints) === JSON.stringify(old.partialFingerprints)), old.message.text);
    assert.match(Object.values(old.partialFingerprints)[0]!, /^[0-9a-f]{32}$/);
  }
  assert.ok(sarif.filter((x) => x.baselineState === "unchanged").every((x) => x.locations[0]!.physicalLocation.region.startLine > 3), "the old findings moved down");
  // Nothing was checked out: the working tree, the index and the list of worktrees are as they were.
  assert.equal(git(dir, "status", "--porcelain"), status);
  assert.equal(git(dir, "worktree", "list").split("\n").length, 1);
});

test("the revision is analysed with its own entente.json, and from a folder inside the repository", () => {
  const dir = repository();
  writeFileSync(join(dir, "entente.json"), `{ "rules": { "unknown-field": "off" } }`);
  git(dir, "commit", "-qam", "unknown fields off");
  // Back on now: at the revision the rule was off, so all its findings are new.
  writeFileSync(join(dir, "entente.json"), `{}`);
  const r = run(["lint", "--new-since", "HEAD", "--format", "json"], dir);
  assert.equal(r.status, 1);
  assert.equal(diagnostics(r.stdout).filter((d) => d.rule === "unknown-field").length, 3);
  assert.equal(run(["lint", "--new-since", "HEAD~1"], dir).status, 0, "the revision before had them");
  const sub = run(["lint", "..", "--new-since", "HEAD~1", "--format", "json"], join(dir, ".git"));
  assert.equal(sub.status, 0, sub.stderr);
});

test("outside a repository, with an unknown revision, or in a shallow clone without it: exit 2 and a clear word", () => {
  const plain = workspace({ "a.entente": SERVICES });
  let r = run(["lint", "--new-since", "main"], plain);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^entente: --new-since compares with a git revision, but \. is not inside a git repository\.\n$/);
  const dir = repository();
  r = run(["lint", "--new-since", "no-such-branch"], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /'no-such-branch' is not a revision of this repository: name a branch \(such as origin\/main\), a tag or a commit\./);
  r = run(["lint", "--new-since", "--upload-pack=touch x"], dir);
  assert.equal(r.status, 2, "a revision is never taken for an option");
  assert.deepEqual(readdirSync(dir).filter((f) => f === "x"), []);
  // A shallow clone of two commits holds only the last: the first must be fetched.
  const first = git(dir, "rev-parse", "HEAD");
  writeFileSync(join(dir, "services.entente"), SERVICES + "\n" + SERVICES.replace("ALPHA", "BRAVO"));
  git(dir, "commit", "-qam", "second");
  const clone = join(tempDir("shallow"), "clone");
  git(dir, "clone", "-q", "--depth=1", `file://${dir}`, clone);
  r = run(["lint", "--new-since", first], clone);
  assert.equal(r.status, 2);
  assert.match(r.stderr, new RegExp(`'${first}' is not in this clone, which is shallow \\(it holds only recent history\\)\\. Fetch it first: git fetch --depth=1 origin ${first}\\n`));
  r = run(["lint", "--new-since", "origin/release"], clone);
  assert.match(r.stderr, /Fetch it first: git fetch --depth=1 origin release:refs\/remotes\/origin\/release\n/);
  assert.equal(run(["lint", "--new-since", "origin/main"], clone).status, 0, "what the clone holds can be compared with");
});

test("reusing the workspace's analysis for the files that did not change finds what a full analysis of the revision finds", () => {
  const dir = repository();
  // A change whose findings reach other files: the service that the disclosures go to changes its type; a file goes, one comes.
  writeFileSync(join(dir, "services.entente"), SERVICES.replace("type: intelligence", "type: law-enforcement") + "\n" + SERVICES.replace("ALPHA", "BRAVO"));
  rmSync(join(dir, "old.entente"));
  writeFileSync(join(dir, "new.entente"), disclosure("D-4").replace("to: ALPHA", "to: BRAVO"));
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "changed");
  writeFileSync(join(dir, "acts.entente"), disclosure("D-1", "\n  colour: red"));
  for (const rev of ["HEAD~1", "HEAD"]) {
    const a = new Analysis({ roots: [dir], today: parseDay("2026-06-01") });
    a.loadAll();
    const checked = a.checkAll();
    const snapshot = () => [...a.ws.files].map(([id, f]) => `${id}\n${f.tree.text}`).sort();
    const texts = snapshot();
    const quick = a.compareWith(rev, checked);
    assert.deepEqual(snapshot(), texts, "the workspace is put back as it was");
    const full = a.compareWith(rev, checked, true);
    const show = (s: Set<{ rule: string; start: number; uri: string }>) => [...s].map((d) => `${d.uri}:${d.start} ${d.rule}`).sort();
    assert.deepEqual(show(quick.existing), show(full.existing));
    assert.ok(quick.existing.size > 0);
    if (rev === "HEAD~1") assert.ok(quick.existing.size < [...checked.values()].flat().length, "the change added findings");
  }
});
