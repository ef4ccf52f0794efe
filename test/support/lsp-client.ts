// A minimal LSP client for the protocol tests: drives the real server process over stdio with vscode-jsonrpc.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import { projectRoot } from "./paths.js";

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; severity: number; code: string; message: string; codeDescription?: { href: string }; relatedInformation?: unknown[]; tags?: number[] }[];
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
  /** Calls `listener` on every publication from now on; returns a function that stops it. */
  onPublish(listener: (p: PublishedDiagnostics) => void): () => void;
  initialize(root: string, options?: { locale?: string; today?: string; settings?: unknown; initializationOptions?: Record<string, unknown> }): Promise<unknown>;
  open(uri: string, text: string, version?: number): void;
  change(uri: string, version: number, changes: unknown[]): void;
  close(uri: string): void;
  request<R>(method: string, params: unknown): Promise<R>;
  stop(): Promise<void>;
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

/** `env`: more variables for the server's process (ENTENTE_REST, for one). */
export function startServer(env: Record<string, string> = {}): Server {
  // ENTENTE_SERVER_NODE_ARGS passes flags to the server's Node, e.g. "--cpu-prof" when profiling a benchmark.
  const nodeArgs = process.env.ENTENTE_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, join(projectRoot(), "bin", "entente-language-server.js"), "--stdio"], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...env } });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: PublishedDiagnostics[] = [];
  const logs: string[] = [];
  let settings: unknown = {};
  child.stderr!.on("data", (d) => logs.push(String(d)));
  const listeners = new Set<(p: PublishedDiagnostics) => void>();
  conn.onNotification("textDocument/publishDiagnostics", (p: PublishedDiagnostics) => {
    published.push(p);
    for (const l of listeners) l(p);
  });
  conn.onNotification("window/logMessage", (p: { message: string }) => void logs.push(p.message));
  conn.onRequest("workspace/configuration", (p: { items: unknown[] }) => p.items.map(() => settings));
  conn.onRequest("client/registerCapability", () => null);
  conn.onRequest("workspace/inlayHint/refresh", () => null);
  conn.listen();
  const latest = (uri: string) => [...published].reverse().find((p) => p.uri === uri);
  return {
    process: child, conn, published, logs, latest,
    waitFor(uri, ok, timeoutMs = 10_000) {
      const p = latest(uri);
      if (p && ok(p)) return Promise.resolve(p);
      // Resolved from the notification handler itself, so that benchmarks measure the server and not a polling interval.
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(listener);
          reject(new Error(`no matching diagnostics for ${uri}; last: ${JSON.stringify(latest(uri))}\nlogs: ${logs.join("\n")}`));
        }, timeoutMs);
        const listener = (q: PublishedDiagnostics) => {
          if (q.uri !== uri || !ok(q)) return;
          clearTimeout(timer);
          listeners.delete(listener);
          resolve(q);
        };
        listeners.add(listener);
      });
    },
    onPublish(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
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
    close(uri) {
      void conn.sendNotification("textDocument/didClose", { textDocument: { uri } });
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

/** Runs `fn` with a fresh server process, and stops it whatever happens. */
export async function withServer<T>(fn: (s: Server) => Promise<T>): Promise<T> {
  const s = startServer();
  try {
    return await fn(s);
  } finally {
    await s.stop();
  }
}
