// What `--new-since` reads of a revision: only the files whose bytes differ, told by git's own ids; and, after random changes since the revision, the same findings as a full analysis of it.
import assert from "node:assert/strict";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { Analysis } from "../core/analysis/analysis.js";
import { blobId } from "../core/analysis/git.js";
import { revisionFindings } from "../core/analysis/new-since.js";
import { parseDate } from "../core/model/dates.js";
import type { Diagnostic } from "../core/model/diagnostic.js";
import { disclosure, SERVICES } from "./support/adoption.js";
import { smallWorld } from "./support/small-world.js";
import { git } from "./support/git.js";
import { tempDir } from "./support/temp.js";
import { drawEdit, type Texts } from "./support/workspace-edits.js";

const TODAY = (parseDate("2026-06-01") as { day: number }).day;
/** Each run makes a repository and two commits, and analyses six times: about 0.3 s. ENTENTE_NEW_SINCE_RUNS=500 for a longer hunt. */
const RUNS = Number(process.env.ENTENTE_NEW_SINCE_RUNS ?? 40);


/** Writes the texts as files under `dir`, and deletes the files `gone` names. */
function write(dir: string, texts: Texts, gone: Iterable<string> = []): void {
  for (const [name, text] of texts) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  for (const name of gone) rmSync(join(dir, name), { force: true });
}

/** A repository whose one commit holds these files, as bytes (a text may begin with a byte-order mark). */
function committed(files: Record<string, string | Buffer>, options: string[] = []): string {
  const dir = tempDir("since");
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  git(dir, "init", "-q", ...options);
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "revision");
  return dir;
}

/** The working tree read and checked, as `lint` does before it compares. */
function checkedNow(dir: string): { a: Analysis; checked: Map<string, Diagnostic[]> } {
  const a = new Analysis({ roots: [dir], today: TODAY });
  a.loadAll();
  return { a, checked: a.checkAll() };
}

/** The findings of now that a comparison with HEAD says existed there, as lines. */
function existing(dir: string, full: boolean): string[] {
  const { a, checked } = checkedNow(dir);
  const show = (d: Diagnostic) => `${d.uri.slice(dir.length)}:${d.range.start.line + 1} ${d.rule} ${d.message}`;
  return [...a.compareWith("HEAD", checked, full).existing].map(show).sort();
}

/**
 * Every finding HEAD had, by key and count: more than `existing` shows, which leaves out what HEAD had and the working
 * tree has not (a check wrongly reused hides there).
 */
function atRevision(dir: string, full: boolean): [string, number][] {
  const { a, checked } = checkedNow(dir);
  return [...revisionFindings(a, "HEAD", checked, full).counts].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
}

test("a text's blob id is the one git gives its bytes, in a SHA-1 and in a SHA-256 repository", () => {
  const texts = ["", "a\n", "Überprüfung — één dienst\n", "line one\r\nline two\r\n", SERVICES];
  for (const format of ["sha1", "sha256"]) {
    const dir = committed({ "x.entente": "x" }, ["--object-format", format]);
    for (const text of texts) {
      for (const bom of [false, true]) {
        writeFileSync(join(dir, "probe"), Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, "utf8")]));
        const id = git(dir, "hash-object", "probe");
        assert.equal(id.length, format === "sha1" ? 40 : 64);
        assert.equal(blobId(id, text, bom), id, `${format}, ${JSON.stringify(text)}${bom ? " after a byte-order mark" : ""}`);
      }
    }
    // A different text, or the same text with or without the mark, has another id.
    assert.notEqual(blobId(git(dir, "hash-object", "x.entente"), "y", false), git(dir, "hash-object", "x.entente"));
  }
});

test("a comparison with a revision asks git only for the files whose bytes differ from the working tree's", () => {
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(disclosure("D-9"))]);
  const files: Record<string, string | Buffer> = { "services.entente": SERVICES, "bom.entente": bom };
  for (let i = 0; i < 6; i++) files[`acts-${i}.entente`] = disclosure(`D-${i}`, "\n  colour: red");
  const dir = committed(files);
  // Changed since: one file; the same text written again (new bytes on disk, the same content) in another.
  writeFileSync(join(dir, "acts-2.entente"), disclosure("D-2", "\n  colour: blue"));
  writeFileSync(join(dir, "acts-4.entente"), files["acts-4.entente"]!);
  const childProcess = createRequire(import.meta.url)("node:child_process") as typeof import("node:child_process");
  const spawn = childProcess.spawnSync;
  const asked: string[] = [];
  childProcess.spawnSync = ((command: string, args: readonly string[], options: { input?: string }) => {
    if (command === "git" && args[0] === "cat-file") asked.push(...String(options.input).trim().split("\n"));
    return spawn(command, args, options);
  }) as typeof spawn;
  try {
    const quick = existing(dir, false);
    assert.deepEqual(asked, [git(dir, "rev-parse", "HEAD:acts-2.entente")], "one object: the changed file's");
    asked.length = 0;
    assert.deepEqual(existing(dir, true), quick);
    assert.equal(asked.length, Object.keys(files).length, "a full analysis reads every file, in one run of git");
  } finally {
    childProcess.spawnSync = spawn;
  }
});

test(`after random changes since a revision, reusing the workspace's analysis finds what a full analysis of the revision finds (${RUNS} runs)`, () => {
  fc.assert(fc.property(fc.gen(), (g) => {
    const before = smallWorld(g);
    const dir = tempDir("since");
    write(dir, before);
    git(dir, "init", "-q");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "revision");
    let now: Texts = before;
    const log: string[] = [];
    for (let i = g(fc.integer, { min: 1, max: 4 }); i > 0; i--) {
      const edit = drawEdit(g, now);
      log.push(edit.what);
      const next = new Map(now);
      for (const [uri, text] of edit.changes) {
        if (text === undefined) next.delete(uri);
        else next.set(uri, text);
      }
      now = next;
    }
    write(dir, now, [...before.keys()].filter((uri) => !now.has(uri)));
    const said = `changes since the revision:\n  ${log.join("\n  ")}`;
    assert.deepEqual(atRevision(dir, false), atRevision(dir, true), said);
    assert.deepEqual(existing(dir, false), existing(dir, true), said);
    // The same changes undone since a revision that holds them: what was added is now taken away, and the other way round.
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "changed", "--allow-empty");
    write(dir, before, [...now.keys()].filter((uri) => !before.has(uri)));
    assert.deepEqual(atRevision(dir, false), atRevision(dir, true), `${said}\nundone since a revision that holds them`);
  }), { numRuns: RUNS, endOnFailure: true }); // not shrunk: each run makes a repository, and the message names the changes
});
