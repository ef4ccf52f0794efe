// Writing keeps what it does not own: `fmt` and `lint --fix` keep links, owner, group, mode, hard links and CR line ends, refuse read-only files, and leave nothing behind.
import assert from "node:assert/strict";
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { cannotRun, folders, runBounded } from "./support/hostile-files.js";

/** A file both commands change: not in the canonical layout, and a disclosure that lacks its onward-disclosure condition (a safe fix). */
const TEXT = [
  "service ALPHA { country: XA type: intelligence relationship: trusted }",
  "disclosure D-1 {", "  to: ALPHA", "  date: 2026-03-02", "  basis: own-task", '  investigation: "Piracy"',
  "  data: [general]", "  reliability: B2", '  approval: department-head 2026-03-01 "AFD/1"', "}", "",
].join("\n");

/** Each way of writing, with how to tell that it did its work. */
const COMMANDS: { name: string; args: string[]; did: (text: string) => boolean }[] = [
  { name: "fmt", args: ["fmt"], did: (t) => t.includes("service ALPHA {\n  country: XA") || t.includes("service ALPHA {\r  country: XA") },
  { name: "lint --fix", args: ["lint", "--fix", "--today", "2026-06-01"], did: (t) => /onward: none/.test(t) },
];

/** Everything in a folder as it stands (type, mode, owner, inode, link target, content); of the files named, the content and inode are left out. */
function snapshot(dir: string, except: string[] = []): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).sort().map((name) => {
    const p = join(dir, name);
    const st = lstatSync(p);
    const what = st.isSymbolicLink() ? `link to ${readlinkSync(p)}` : st.isDirectory() ? "folder" : except.includes(name) ? "file" : readFileSync(p, "latin1");
    // A file written anew is a new inode (a rename); every other keeps its own.
    const inode = st.isDirectory() || except.includes(name) ? "" : st.ino;
    return `${name} ${st.mode.toString(8)} ${st.uid}:${st.gid} ${inode} ${what}`;
  });
}

/** The own service, in the canonical layout and without findings: neither command touches it. */
const OWN = "service MIVD {\n  country: NL\n  type: military-intelligence\n  own: yes\n}\n";

/**
 * A workspace holding TEXT in `name` (made by `make`) and the command run over it; checks that nothing
 * but that file's text (and that of its other names, `also`) changed.
 */
function written(command: (typeof COMMANDS)[number], name: string, make: (ws: string) => void = (ws) => writeFileSync(join(ws, name), TEXT), also: string[] = []) {
  const { ws } = folders();
  writeFileSync(join(ws, "own.entente"), OWN);
  make(ws);
  const before = snapshot(ws, [name, ...also]);
  const r = runBounded(command.args, ws);
  assert.deepEqual(snapshot(ws, [name, ...also]), before, "nothing else in the folder changed, and no temporary file was left");
  return { ws, r };
}

for (const command of COMMANDS) {
  describe(`${command.name} writes what it must and keeps the rest`, () => {
    test("a symbolic link stays a link, and its target gets the new text", () => {
      const { ws } = written(command, "store/register.txt", (ws) => {
        mkdirSync(join(ws, "store"));
        writeFileSync(join(ws, "store", "register.txt"), TEXT);
        symlinkSync("store/register.txt", join(ws, "current.entente"));
      });
      assert.ok(lstatSync(join(ws, "current.entente")).isSymbolicLink());
      assert.equal(readlinkSync(join(ws, "current.entente")), "store/register.txt");
      assert.ok(command.did(readFileSync(join(ws, "store", "register.txt"), "utf8")));
    });

    test("a link that leads outside the folder is left out, and its target is not written", () => {
      const { root, ws } = folders();
      writeFileSync(join(root, "outside", "register.entente"), TEXT);
      symlinkSync(join(root, "outside", "register.entente"), join(ws, "a.entente"));
      const r = runBounded(command.args, ws);
      assert.match(r.stderr, /note: a\.entente is a link to a file outside the folders linted; it is left out\./);
      assert.equal(readFileSync(join(root, "outside", "register.entente"), "utf8"), TEXT);
    });

    test("mode (group-writable, beyond the umask), owner and group stay as they were", () => {
      // Giving a file away takes root (CI runs as root); elsewhere the owner is ours and only the mode is put to the test.
      const root = process.getuid?.() === 0;
      if (!root) cannotRun("write.test: not root, so the file cannot be given another owner and group; only its mode is checked");
      const { ws } = written(command, "a.entente", (ws) => {
        writeFileSync(join(ws, "a.entente"), TEXT);
        chmodSync(join(ws, "a.entente"), 0o664);
        if (root) chownSync(join(ws, "a.entente"), 4321, 8765);
      });
      const st = statSync(join(ws, "a.entente"));
      assert.ok(command.did(readFileSync(join(ws, "a.entente"), "utf8")));
      assert.equal(st.mode & 0o7777, 0o664);
      if (root) assert.deepEqual([st.uid, st.gid], [4321, 8765]);
    });

    test("a file with hard links is written in place: every name sees the new text", () => {
      let inode = 0;
      const { ws } = written(command, "a.entente", (ws) => {
        writeFileSync(join(ws, "a.entente"), TEXT);
        linkSync(join(ws, "a.entente"), join(ws, "a-copy.txt"));
        inode = statSync(join(ws, "a.entente")).ino;
      }, ["a-copy.txt"]);
      const st = statSync(join(ws, "a.entente"));
      assert.equal(st.ino, inode, "the same file");
      assert.equal(st.nlink, 2);
      assert.ok(command.did(readFileSync(join(ws, "a-copy.txt"), "utf8")), "the other name has the new text");
    });

    test("a read-only file is refused with a clear message, and stays as it was", () => {
      const { ws, r } = written(command, "a.entente", (ws) => {
        writeFileSync(join(ws, "a.entente"), TEXT);
        chmodSync(join(ws, "a.entente"), 0o444);
      });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /cannot write a\.entente \(the file is read-only\); it is unchanged\./);
      assert.equal(readFileSync(join(ws, "a.entente"), "utf8"), TEXT);
      assert.equal(statSync(join(ws, "a.entente")).mode & 0o7777, 0o444);
    });

    test("a read-only target behind a link is refused too", () => {
      const { ws, r } = written(command, "target.txt", (ws) => {
        writeFileSync(join(ws, "target.txt"), TEXT);
        chmodSync(join(ws, "target.txt"), 0o444);
        symlinkSync("target.txt", join(ws, "a.entente"));
      });
      assert.match(r.stderr, /cannot write a\.entente \(the file is read-only\)/);
      assert.equal(readFileSync(join(ws, "target.txt"), "utf8"), TEXT);
    });

    test("a file name of 255 bytes, the system's limit, is written", () => {
      const name = "n".repeat(255 - ".entente".length) + ".entente";
      assert.equal(Buffer.byteLength(name), 255);
      const { ws, r } = written(command, name);
      assert.ok(command.did(readFileSync(join(ws, name), "utf8")), r.stderr);
    });

    test("CR-only line ends stay CR-only", () => {
      const { ws } = written(command, "a.entente", (ws) => writeFileSync(join(ws, "a.entente"), TEXT.replace(/\n/g, "\r")));
      const text = readFileSync(join(ws, "a.entente"), "utf8");
      assert.ok(command.did(text), text);
      assert.ok(!text.includes("\n"), JSON.stringify(text));
    });
  });
}

test("the snapshot sees a stray file (the check of nothing else changing can fail)", () => {
  const { ws } = folders();
  const before = snapshot(ws);
  writeFileSync(join(ws, ".entente-1-abcd.tmp"), "");
  assert.notDeepEqual(snapshot(ws), before);
});
