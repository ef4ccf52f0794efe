// Only files that are really part of the workspace are read by the language server: at start, on file events, and for its configuration.
import assert from "node:assert/strict";
import { symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { folders, OWN, runBounded, SECRET, SECRET_FILE, sparse, sleep, watchedFifo } from "./support/hostile-files.js";
import { startServer, uriOf, type Server } from "./support/lsp-client.js";

const names = async (s: Server, query: string) =>
  (await s.request<{ name: string; location: { uri: string } }[]>("workspace/symbol", { query })).map((x) => x.name);

const CREATED = 1;
const CHANGED = 2;

describe("language server and the files around its workspace", () => {
  let s: Server;
  let dirs: ReturnType<typeof folders>;
  let fifo: Awaited<ReturnType<typeof watchedFifo>>;
  before(async () => {
    dirs = folders();
    const { root, ws, outside } = dirs;
    // Above the workspace folder: a configuration that would silence invalid values.
    writeFileSync(join(root, "entente.json"), JSON.stringify({ rules: { "invalid-value": "off" } }));
    writeFileSync(join(ws, "a.entente"), "service ALPHA { country: XA type: bogus }\n");
    writeFileSync(join(outside, "secret.entente"), SECRET_FILE);
    symlinkSync(join(outside, "secret.entente"), join(ws, "leak.entente"));
    symlinkSync("/dev/zero", join(ws, "zero.entente"));
    sparse(join(ws, "huge.entente"), 300);
    fifo = await watchedFifo(join(ws, "pipe.entente"));
    s = startServer();
    await s.initialize(ws);
    await s.waitFor(uriOf(join(ws, "a.entente")), () => true, 30_000);
  });
  after(async () => {
    fifo.stop();
    await s.stop();
  });

  test("indexing finishes past a FIFO, a link to /dev/zero and a sparse giant, and opens none of them", async () => {
    assert.deepEqual(await names(s, "MIVD"), ["MIVD"], "own.entente was indexed");
    await sleep(300);
    assert.equal(fifo.opened(), false, "the FIFO was never opened");
    const logs = s.logs.join("\n");
    assert.match(logs, /left out .*pipe\.entente: not a regular file/);
    assert.match(logs, /left out .*zero\.entente: a link to a file outside the workspace folders/);
    assert.match(logs, /huge\.entente is \d+ MB: too large to analyse in the editor/);
  });

  test("a link to a file outside the workspace is not read: nothing it holds is published, logged or indexed", async () => {
    assert.deepEqual(await names(s, SECRET.slice(0, 6)), []);
    assert.equal(s.latest(uriOf(join(dirs.ws, "leak.entente"))), undefined);
    assert.ok(!JSON.stringify(s.published).includes(SECRET) && !s.logs.join("\n").includes(SECRET));
  });

  test("an entente.json above the workspace folder is not taken", async () => {
    const p = await s.waitFor(uriOf(join(dirs.ws, "a.entente")), (p) => p.diagnostics.length > 0);
    assert.deepEqual(p.diagnostics.map((d) => d.code), ["invalid-value"]);
  });

  test("file events outside the workspace folders, for other extensions, or for links leading outside are ignored", async () => {
    const { ws, outside } = dirs;
    const events: { uri: string; type: number }[] = [];
    const write = (path: string, text: string) => {
      writeFileSync(path, text);
      events.push({ uri: uriOf(path), type: CREATED }, { uri: uriOf(path), type: CHANGED });
    };
    write(join(outside, "evil.entente"), "service EVIL { country: XE type: intelligence }\n");
    write(join(ws, "notes.txt"), "service NOTES { country: XN type: intelligence }\n");
    write(join(ws, "entente.json.bak"), "service BACKUP { }\n");
    symlinkSync(join(outside, "evil.entente"), join(ws, "late-leak.entente"));
    events.push({ uri: uriOf(join(ws, "late-leak.entente")), type: CREATED });
    events.push({ uri: uriOf(join(ws, "pipe.entente")), type: CHANGED }, { uri: uriOf(join(ws, "zero.entente")), type: CHANGED });
    events.push({ uri: uriOf(join(ws, "huge.entente")), type: CHANGED });
    events.push({ uri: "file:///etc/passwd", type: CHANGED }, { uri: "untitled:Untitled-1", type: CHANGED }, { uri: "not a uri", type: CHANGED });
    // The check can fail: a new file inside the folder is read through the same kind of event.
    write(join(ws, "new.entente"), "service NEWCOMER { country: XC type: intelligence }\n");
    await s.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: events });
    assert.deepEqual(await names(s, "NEWCOMER"), ["NEWCOMER"]);
    for (const name of ["EVIL", "NOTES", "BACKUP"]) assert.deepEqual(await names(s, name), [], `${name} must not be read`);
    for (const f of ["late-leak.entente", "pipe.entente", "zero.entente", "huge.entente"]) assert.equal(s.latest(uriOf(join(ws, f))), undefined, f);
    assert.equal(s.latest(uriOf(join(outside, "evil.entente"))), undefined);
    await sleep(300);
    assert.equal(fifo.opened(), false, "a file event does not open the FIFO either");
    assert.equal(s.process.exitCode, null);
  });
});

test("the language server's own folder is its boundary even without a repository", async () => {
  const { root, ws } = folders();
  writeFileSync(join(root, "entente.json"), JSON.stringify({ locale: "nl" }));
  writeFileSync(join(ws, "own.entente"), OWN + "service B { country: XB type: bogus }\n");
  const s = startServer();
  try {
    await s.initialize(ws);
    const p = await s.waitFor(uriOf(join(ws, "own.entente")), (p) => p.diagnostics.length > 0, 30_000);
    const message = (locale: string) => JSON.parse(runBounded(["lint", "--format", "json", "--locale", locale], ws).stdout).diagnostics[0].message;
    assert.notEqual(message("en"), message("nl"));
    assert.equal(p.diagnostics[0]!.message, message("en"), "the message is not in the Dutch of the entente.json above");
  } finally {
    await s.stop();
  }
});
