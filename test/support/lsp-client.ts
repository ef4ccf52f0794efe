// A minimal LSP client for the protocol tests: drives the real server process over stdio with vscode-jsonrpc.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import { projectRoot } from "./paths.js";

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; severity: number; code: string; message: string; codeDescription?: { href: string }; relatedInformation?: unknown[] }[];
}

export interface Server {
  process: ChildProcess;
  conn: MessageConnection;
  /** Every publishDiagnostics notification received, in order. */
  published: PublishedDiagnostics[];
  logs: string[];
  /** The latest diagnostics of a file. */
  latest(uri: string): PublishedDiagnostics | undefined;
  /** Resolves when a publication for `uri` satisfies the predicate (polling the received notifications). */
  waitFor(uri: string, ok: (p: PublishedDiagnostics) => boolean, timeoutMs?: number): Promise<PublishedDiagnostics>;
  initialize(root: string, options?: { locale?: string; today?: string; settings?: unknown; initializationOptions?: Record<string, unknown> }): Promise<unknown>;
  open(uri: string, text: string, version?: number): void;
  change(uri: string, version: number, changes: unknown[]): void;
  request<R>(method: string, params: unknown): Promise<R>;
  stop(): Promise<void>;
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

export function startServer(): Server {
  const child = spawn(process.execPath, [join(projectRoot(), "bin", "entente-language-server.js"), "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: PublishedDiagnostics[] = [];
  const logs: string[] = [];
  let settings: unknown = {};
  child.stderr!.on("data", (d) => logs.push(String(d)));
  conn.onNotification("textDocument/publishDiagnostics", (p: PublishedDiagnostics) => void published.push(p));
  conn.onNotification("window/logMessage", (p: { message: string }) => void logs.push(p.message));
  conn.onRequest("workspace/configuration", (p: { items: unknown[] }) => p.items.map(() => settings));
  conn.onRequest("client/registerCapability", () => null);
  conn.onRequest("workspace/inlayHint/refresh", () => null);
  conn.listen();
  const latest = (uri: string) => [...published].reverse().find((p) => p.uri === uri);
  return {
    process: child, conn, published, logs, latest,
    async waitFor(uri, ok, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const p = latest(uri);
        if (p && ok(p)) return p;
        if (Date.now() > until) throw new Error(`no matching diagnostics for ${uri}; last: ${JSON.stringify(p)}\nlogs: ${logs.join("\n")}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    async initialize(root, options = {}) {
      settings = options.settings ?? {};
      const result = await conn.sendRequest("initialize", {
        processId: process.pid, rootUri: uriOf(root), workspaceFolders: [{ uri: uriOf(root), name: "ws" }],
        locale: options.locale ?? "en", initializationOptions: { today: options.today ?? "2026-06-01", ...options.initializationOptions },
        capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, inlayHint: { refreshSupport: true } } },
      });
      await conn.sendNotification("initialized", {});
      return result;
    },
    open(uri, text, version = 1) {
      void conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "entente", version, text } });
    },
    change(uri, version, changes) {
      void conn.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: changes });
    },
    request<R>(method: string, params: unknown) {
      return conn.sendRequest(method, params) as Promise<R>;
    },
    async stop() {
      try {
        await Promise.race([conn.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 2000))]);
        void conn.sendNotification("exit");
      } catch {
        // the server may already be gone
      }
      await new Promise((r) => setTimeout(r, 50));
      conn.dispose();
      child.kill();
    },
  };
}
