// The language server under bad input: broken and out-of-order messages, unknown documents, deleted and huge files.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { startServer, uriOf, withServer, type Server } from "./support/lsp-client.js";
import { tempDir } from "./support/temp.js";

const OWN = "service MIVD { country: NL type: military-intelligence own: yes }\n";
const pos = (line: number, character: number) => ({ line, character });

/** The server still answers: a request that always has an answer. */
async function alive(s: Server): Promise<void> {
  const symbols = await s.request<unknown[]>("workspace/symbol", { query: "MIVD" });
  assert.ok(Array.isArray(symbols));
  assert.equal(s.process.exitCode, null, "the server process is still running");
}

describe("language server under bad input", () => {
  let dir: string;
  let s: Server;
  before(async () => {
    dir = tempDir("lsp-bad");
    writeFileSync(join(dir, "own.entente"), OWN);
    s = startServer();
    await s.initialize(dir);
    await s.waitFor(uriOf(join(dir, "own.entente")), () => true);
  });
  after(async () => s.stop());

  test("a message that is not JSON is logged, and the server keeps answering", async () => {
    const body = "{ this is not json";
    s.process.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await alive(s);
  });

  test("an unknown method and invalid parameters get an error answer, not a crash", async () => {
    await assert.rejects(s.request("entente/nonsense", {}), /Unhandled method|not found/i);
    const answer = await s.request("textDocument/hover", { textDocument: { uri: "file:///nowhere.entente" } });
    assert.equal(answer, null);
    await alive(s);
  });

  test("edits for a document that was never opened are ignored", async () => {
    s.change(uriOf(join(dir, "never.entente")), 3, [{ range: { start: pos(0, 0), end: pos(0, 0) }, text: "service X { }" }]);
    await alive(s);
    assert.equal(s.latest(uriOf(join(dir, "never.entente"))), undefined);
  });

  test("ranges beyond the end of a document are clamped", async () => {
    const uri = uriOf(join(dir, "edge.entente"));
    s.open(uri, "service EDGE { type: intelligence country: XE }\n");
    s.change(uri, 2, [{ range: { start: pos(400, 9), end: pos(999, 99) }, text: "service EDGE2 { type: bogus country: XF }\n" }]);
    const p = await s.waitFor(uri, (p) => p.version === 2);
    assert.deepEqual(p.diagnostics.map((d) => d.code), ["invalid-value"]);
    assert.equal(p.diagnostics[0]!.range.start.line, 1);
  });

  test("a file deleted on disk while open keeps the editor's text; closing it clears its diagnostics", async () => {
    const path = join(dir, "doomed.entente");
    writeFileSync(path, "service DOOMED { type: bogus country: XD }\n");
    const uri = uriOf(path);
    s.open(uri, "service DOOMED { type: bogus country: XD }\n", 1);
    await s.waitFor(uri, (p) => p.version === 1 && p.diagnostics.length === 1);
    rmSync(path);
    await s.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri, type: 3 }] });
    await alive(s);
    const hover = await s.request<{ contents: { value: string } } | null>("textDocument/hover", { textDocument: { uri }, position: pos(0, 1) });
    assert.match(hover!.contents.value, /\*\*service\*\*/, "the open document is still known");
    await s.conn.sendNotification("textDocument/didClose", { textDocument: { uri } });
    await s.waitFor(uri, (p) => p.diagnostics.length === 0);
    assert.ok(!existsSync(path));
  });

  test("files created, changed and deleted outside the editor are seen through file watching", async () => {
    const path = join(dir, "outside.entente");
    const uri = uriOf(path);
    writeFileSync(path, "service OUT { type: bogus country: XO }\n");
    await s.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri, type: 1 }] });
    await s.waitFor(uri, (p) => p.diagnostics.some((d) => d.code === "invalid-value"));
    writeFileSync(path, "service OUT { type: intelligence country: XO }\n");
    await s.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri, type: 2 }] });
    await s.waitFor(uri, (p) => p.diagnostics.length === 0);
    rmSync(path);
    await s.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri, type: 3 }] });
    const symbols = await s.request<{ name: string }[]>("workspace/symbol", { query: "OUT" });
    assert.ok(!symbols.some((x) => x.name === "OUT"));
  });

  test("files written into a new folder at once are all seen, even when the watcher reports only one", async () => {
    const folder = join(dir, "new-folder");
    mkdirSync(folder);
    writeFileSync(join(folder, "partner.entente"), "service LATE { type: intelligence country: XL }\n");
    const other = uriOf(join(folder, "named.entente"));
    writeFileSync(join(folder, "named.entente"), "service BOGUS { type: bogus country: XB }\n");
    // Only the second file is reported, as a watcher that began watching the folder too late would.
    await s.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: other, type: 1 }] });
    await s.waitFor(other, (p) => p.diagnostics.some((d) => d.code === "invalid-value"));
    const symbols = await s.request<{ name: string }[]>("workspace/symbol", { query: "LATE" });
    assert.ok(symbols.some((x) => x.name === "LATE"), "the file the watcher did not report is read too");
    assert.ok(s.logs.join("").includes("did not report"), s.logs.join(""));
  });

  test("a file opened from a new folder no watcher reported brings the files beside it", async () => {
    const folder = join(dir, "unreported");
    mkdirSync(folder);
    writeFileSync(join(folder, "partner.entente"), "service HIDDEN { type: intelligence country: XH }\n");
    const acts = join(folder, "acts.entente");
    const text = "disclosure D-HIDDEN {\n  to: HIDDEN\n  date: 2026-03-02\n  basis: own-task\n  data: [general]\n}\n";
    writeFileSync(acts, text);
    s.open(uriOf(acts), text, 1);
    const p = await s.waitFor(uriOf(acts), (p) => p.version === 1 && !p.diagnostics.some((d) => d.code === "unresolved-reference"));
    assert.ok(p.diagnostics.length > 0, "the disclosure still has findings of its own");
  });

  test("a 50 MB file opened in the editor gets a notice instead of a stalled server", async () => {
    const uri = uriOf(join(dir, "huge.entente"));
    const unit = `disclosure D-{n} { to: MIVD date: 2026-03-02 data: [general] }\n`;
    let text = "";
    for (let n = 0; text.length < 50_000_000; n++) text += unit.replace("{n}", String(n)).repeat(1);
    s.open(uri, text, 1);
    const p = await s.waitFor(uri, (p) => p.version === 1, 20_000);
    assert.equal(p.diagnostics.length, 1);
    assert.match(p.diagnostics[0]!.message, /too large to check while typing/);
    assert.equal(await s.request("textDocument/hover", { textDocument: { uri }, position: pos(0, 1) }), null);
    await alive(s);
  });

  test("a request cancelled before the server reaches it is answered as cancelled", async () => {
    // Request and cancellation go out in one write, so that the server surely reads both before it handles the request.
    const frame = (m: object) => { const body = JSON.stringify(m); return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`; };
    let seen = Buffer.alloc(0);
    const answer = new Promise<{ error?: { code: number } }>((resolve) => {
      const onData = (d: Buffer) => {
        seen = Buffer.concat([seen, d]);
        for (;;) {
          const head = seen.indexOf("\r\n\r\n");
          if (head < 0) return;
          const length = Number(/Content-Length: (\d+)/.exec(seen.subarray(0, head).toString())?.[1]);
          if (seen.length < head + 4 + length) return;
          const message = JSON.parse(seen.subarray(head + 4, head + 4 + length).toString());
          seen = seen.subarray(head + 4 + length);
          if (message.id === "cancel-me") { s.process.stdout!.off("data", onData); resolve(message); return; }
        }
      };
      s.process.stdout!.on("data", onData);
    });
    s.process.stdin!.write(frame({ jsonrpc: "2.0", id: "cancel-me", method: "workspace/symbol", params: { query: "" } })
      + frame({ jsonrpc: "2.0", method: "$/cancelRequest", params: { id: "cancel-me" } }));
    assert.equal((await answer).error?.code, -32800);
    await alive(s);
  });
});

describe("language server before initialize", () => {
  test("a request before 'initialize' gets an answer, and initialising afterwards works", async () => {
    await withServer(async (s) => {
      const early = await s.request("workspace/symbol", { query: "" }).then(() => "answered", (e: Error) => `refused: ${e.message}`);
      assert.match(early, /answered|refused/);
      const dir = tempDir("lsp-early");
      writeFileSync(join(dir, "own.entente"), OWN);
      const result = await s.initialize(dir) as { capabilities: object };
      assert.ok("hoverProvider" in result.capabilities);
    });
  });
});

describe("language server while it indexes", () => {
  test("a file opened before the workspace is read is checked against the whole workspace, not half of it", async () => {
    const dir = tempDir("lsp-early-open");
    writeFileSync(join(dir, "own.entente"), OWN);
    for (let i = 0; i < 400; i++) writeFileSync(join(dir, `p${i}.entente`), `service P${i} { country: XA type: intelligence }\n`);
    const acts = join(dir, "zz-acts.entente");
    const text = `request Q-1 { to: P399 date: 2026-03-02 type: information asks: [information] approval: director 2026-03-01 "DIR/1" }\n`;
    writeFileSync(acts, text);
    await withServer(async (s) => {
      await s.initialize(dir);
      s.open(uriOf(acts), text, 1);
      const first = await s.waitFor(uriOf(acts), () => true, 20_000);
      assert.ok(!first.diagnostics.some((d) => d.code === "unresolved-reference"), JSON.stringify(first.diagnostics));
      await alive(s);
    });
  });
});

describe("language server and its editor agree", () => {
  test("a broken stream ends the server with a word on stderr, so that the client starts a fresh one", async () => {
    const s = startServer();
    try {
      const exited = new Promise<number | null>((resolve) => s.process.on("exit", (code) => resolve(code)));
      s.process.stdin!.write("Content-Lenght: 5\r\n\r\nhello");
      assert.equal(await exited, 1);
      assert.match(s.logs.join(""), /not a Language Server Protocol stream/);
    } finally {
      s.process.kill();
    }
  });

  test("a document opened under another spelling of its URI has its findings cleared under that spelling when it closes", async () => {
    const dir = tempDir("lsp-alias");
    writeFileSync(join(dir, "own.entente"), OWN);
    const text = "disclosure D-1 { to: NOWHERE date: 2026-03-02 }\n";
    writeFileSync(join(dir, "acts.entente"), text);
    await withServer(async (s) => {
      await s.initialize(dir);
      // The same file, spelled with a percent-escape and a `..`.
      const alias = `${uriOf(dir)}/sub/../act%73.entente`;
      s.open(alias, text, 1);
      await s.waitFor(alias, (p) => p.diagnostics.length > 0);
      void s.conn.sendNotification("textDocument/didClose", { textDocument: { uri: alias } });
      await s.waitFor(alias, (p) => p.diagnostics.length === 0);
      await s.waitFor(uriOf(join(dir, "acts.entente")), (p) => p.diagnostics.length > 0);
    });
  });
});
