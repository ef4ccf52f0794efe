// Only files that are really part of the workspace are read by the command line: FIFOs, devices, links outside and giants are left out with a note.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { folders, OWN, runBounded, SECRET, SECRET_FILE, sparse, sleep, watchedFifo, cannotRun } from "./support/hostile-files.js";

const BROKEN = "service ALPHA { country: XA type: bogus }\n";

test("a FIFO named *.entente is left out with a note and never opened; lint, fmt and report finish", async () => {
  const { ws } = folders();
  writeFileSync(join(ws, "a.entente"), BROKEN);
  const fifo = await watchedFifo(join(ws, "pipe.entente"));
  try {
    const lint = runBounded(["lint", "--format", "json"], ws);
    assert.equal(lint.status, 1, "the other files are linted: a.entente has a finding");
    assert.equal(JSON.parse(lint.stdout).summary.files, 2);
    assert.match(lint.stderr, /note: pipe\.entente is not a regular file \(a pipe, device or socket\); it is left out\./);
    const named = runBounded(["lint", "pipe.entente", "a.entente"], ws);
    assert.match(named.stderr, /pipe\.entente is not a regular file/, "named on the command line, it is still left out");
    const fmt = runBounded(["fmt", "--check"], ws);
    assert.match(fmt.stderr, /pipe\.entente is not a regular file/);
    runBounded(["report"], ws);
    await sleep(300);
    assert.equal(fifo.opened(), false, "no run opened the FIFO (its writer is still waiting for a reader)");
  } finally {
    fifo.stop();
  }
});

test("the FIFO check can fail: a reader that opens the FIFO is seen", async () => {
  const { ws } = folders();
  const fifo = await watchedFifo(join(ws, "pipe.entente"));
  try {
    const { openSync, closeSync, constants } = await import("node:fs");
    // Held open until the writer says so: a reader as brief as a careless `lint` would be.
    const fd = openSync(join(ws, "pipe.entente"), constants.O_RDONLY | constants.O_NONBLOCK);
    for (let i = 0; i < 100 && !fifo.opened(); i++) await sleep(50);
    closeSync(fd);
    assert.equal(fifo.opened(), true);
  } finally {
    fifo.stop();
  }
});

test("a socket and a device named *.entente are left out with a note", async () => {
  const { ws } = folders();
  const server = createServer().listen(join(ws, "socket.entente"));
  await once(server, "listening");
  // Making a device takes root; CI runs as root, and elsewhere the socket stands for every non-regular file.
  const device = process.getuid?.() === 0 && spawnSync("mknod", [join(ws, "null.entente"), "c", "1", "3"]).status === 0;
  if (!device) cannotRun("files.test: not root, so no device file was made; the socket alone is checked");
  try {
    const r = runBounded(["lint", "--format", "json"], ws);
    assert.equal(r.status, 0);
    assert.equal(JSON.parse(r.stdout).summary.files, 1);
    assert.match(r.stderr, /socket\.entente is not a regular file/);
    if (device) assert.match(r.stderr, /null\.entente is not a regular file/);
  } finally {
    server.close();
  }
});

test("a link to /dev/zero is left out with a note, and lint finishes", () => {
  const { ws } = folders();
  symlinkSync("/dev/zero", join(ws, "zero.entente"));
  const r = runBounded(["lint", "--format", "json"], ws);
  assert.equal(r.status, 0);
  assert.equal(JSON.parse(r.stdout).summary.files, 1);
  assert.match(r.stderr, /note: zero\.entente is a link to a file outside the folders linted; it is left out\./);
});

test("a link to a file outside the folders linted is left out, and nothing it holds reaches any output", () => {
  const { ws, outside } = folders();
  writeFileSync(join(outside, "secret.entente"), SECRET_FILE);
  symlinkSync(join(outside, "secret.entente"), join(ws, "leak.entente"));
  symlinkSync("../outside/secret.entente", join(ws, "relative-leak.entente"));
  writeFileSync(join(ws, "a.entente"), BROKEN);
  const outputs: string[] = [];
  for (const format of ["stylish", "json", "sarif", "junit", "github"]) {
    const r = runBounded(["lint", "--format", format], ws);
    assert.equal(r.status, 1, `${format}: a.entente is still linted`);
    assert.match(r.stderr, /note: leak\.entente is a link to a file outside the folders linted/);
    assert.match(r.stderr, /note: relative-leak\.entente is a link to a file outside/);
    outputs.push(r.stdout, r.stderr);
  }
  for (const args of [["lint", "leak.entente", "a.entente"], ["lint", "--fix", "."], ["fmt", "--check"], ["fmt"], ["report", "--format", "md"], ["report", "--format", "json"]]) {
    const r = runBounded(args, ws);
    outputs.push(r.stdout, r.stderr);
  }
  for (const out of outputs) assert.ok(!out.includes(SECRET), `the outside file's text leaked:\n${out}`);
  // The check itself can fail: the same text inside the folder is quoted.
  writeFileSync(join(ws, "inside.entente"), SECRET_FILE);
  assert.ok(runBounded(["lint"], ws).stdout.includes(SECRET));
});

test("a link to a file inside the folders linted is followed, and its findings are reported under the link's name", () => {
  const { ws } = folders();
  mkdirSync(join(ws, "store"));
  writeFileSync(join(ws, "store", "register-v3.txt"), BROKEN);
  symlinkSync("store/register-v3.txt", join(ws, "current.entente"));
  const r = runBounded(["lint", "--format", "json"], ws);
  assert.equal(r.stderr, "");
  const out = JSON.parse(r.stdout) as { diagnostics: { file: string; rule: string }[]; summary: { files: number } };
  assert.equal(out.summary.files, 2);
  assert.deepEqual(out.diagnostics.map((d) => [d.file, d.rule]), [["current.entente", "invalid-value"]]);
});

test("a file over the size limit is measured, not read: a clear message, exit 2, and the others are linted", () => {
  const { ws } = folders();
  writeFileSync(join(ws, "a.entente"), BROKEN);
  sparse(join(ws, "huge.entente"), 300);
  const r = runBounded(["lint", "--format", "json"], ws);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /cannot read huge\.entente \(300 MB: too large\)/);
  const out = JSON.parse(r.stdout) as { diagnostics: { file: string }[]; summary: { files: number } };
  assert.deepEqual(out.diagnostics.map((d) => d.file), ["a.entente"]);
  const fmt = runBounded(["fmt"], ws);
  assert.match(fmt.stderr, /cannot read huge\.entente \(300 MB: too large\)/);
});

test("the command line never takes an entente.json from above the repository root", () => {
  const { root, ws } = folders();
  // Above the repository: a configuration that would silence the finding.
  writeFileSync(join(root, "entente.json"), JSON.stringify({ rules: { "invalid-value": "off" } }));
  writeFileSync(join(ws, "a.entente"), BROKEN);
  const taken = runBounded(["lint", "--format", "json"], ws);
  assert.equal(JSON.parse(taken.stdout).diagnostics.length, 0, "without a repository, the configuration above is taken (the test can fail)");
  mkdirSync(join(ws, ".git"));
  const r = runBounded(["lint", "--format", "json"], ws);
  assert.equal(r.status, 1);
  const out = JSON.parse(r.stdout) as { diagnostics: { file: string; rule: string }[] };
  assert.deepEqual(out.diagnostics.map((d) => [d.file, d.rule]), [["a.entente", "invalid-value"]], "the configuration above the repository is not read");
  mkdirSync(join(ws, "sub"));
  writeFileSync(join(ws, "sub", "b.entente"), OWN.replace("MIVD", "AIVD").replace("military-intelligence", "bogus"));
  const nested = JSON.parse(runBounded(["lint", "sub", "--format", "json"], ws).stdout) as typeof out;
  assert.deepEqual(nested.diagnostics.map((d) => d.rule), ["invalid-value"], "nor when a folder inside the repository is linted");
});
