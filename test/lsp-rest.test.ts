// The language server answers the same whether the closed files rest (their bodies let go, read again when asked) or stay awake.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { examplesRoot } from "./support/paths.js";
import { startServer, uriOf, type Server } from "./support/lsp-client.js";

const OPENED = ["2026/disclosures.entente", "violations/partners.entente"];

/** Every identifier's start in a text, as LSP positions: where the requests below are asked. */
function positions(text: string): { line: number; character: number }[] {
  const out: { line: number; character: number }[] = [];
  text.split("\n").forEach((l, line) => {
    for (const m of l.matchAll(/[A-Za-z][\w-]*/g)) out.push({ line, character: m.index! });
  });
  return out;
}

/** Findings of every file the server published, latest first per file, in a stable order. */
function findings(s: Server): unknown {
  const uris = [...new Set(s.published.map((p) => p.uri))].sort();
  return uris.map((u) => [u, s.latest(u)!.diagnostics]);
}

/**
 * Drives one server through the features that read other files: each group of requests starts after an edit has
 * been checked, which (with `ENTENTE_REST=eager`) leaves every closed file at rest.
 */
async function session(rest: "eager" | "never"): Promise<{ answers: unknown[]; logs: string[] }> {
  const s = startServer({ ENTENTE_REST: rest });
  const answers: unknown[] = [];
  try {
    const root = examplesRoot();
    await s.initialize(root);
    let version = 1;
    for (const name of OPENED) {
      const uri = uriOf(join(root, name));
      const text = readFileSync(join(root, name), "utf8");
      s.open(uri, text, version);
      await s.waitFor(uri, (p) => p.version === version);
      const doc = { textDocument: { uri } };
      const settle = async () => {
        version++;
        s.change(uri, version, [{ text }]);
        await s.waitFor(uri, (p) => p.version === version);
        await new Promise((r) => setTimeout(r, 30));
      };
      const at = positions(text).filter((_, i) => i % 3 === 0);
      for (const method of ["textDocument/hover", "textDocument/definition", "textDocument/completion", "textDocument/prepareRename"]) {
        await settle();
        for (const position of at) answers.push([method, position, await s.request(method, { ...doc, position }).catch((e: Error) => e.message)]);
      }
      await settle();
      for (const position of at.filter((_, i) => i % 4 === 0)) {
        answers.push(["references", position, await s.request("textDocument/references", { ...doc, position, context: { includeDeclaration: true } })]);
        await settle();
        answers.push(["rename", position, await s.request("textDocument/rename", { ...doc, position, newName: "RENAMED" }).catch((e: Error) => e.message)]);
      }
      const whole = { start: { line: 0, character: 0 }, end: { line: text.split("\n").length, character: 0 } };
      const diagnostics = s.latest(uri)!.diagnostics;
      for (const [method, params] of [
        ["textDocument/inlayHint", { ...doc, range: whole }], ["textDocument/codeLens", doc], ["textDocument/documentSymbol", doc],
        ["textDocument/codeAction", { ...doc, range: whole, context: { diagnostics } }], ["workspace/symbol", { query: "" }],
        ["entente/report", { format: "json" }], ["entente/render", { uri }],
      ] as const) {
        await settle();
        answers.push([method, await s.request(method, params).catch((e: Error) => e.message)]);
      }
    }
    await new Promise((r) => setTimeout(r, 300));
    answers.push(["findings", findings(s)]);
    return { answers, logs: s.logs };
  } finally {
    await s.stop();
  }
}

test("the language server answers the same whether closed files rest or not", async () => {
  const [resting, awake] = await Promise.all([session("eager"), session("never")]);
  const failures = resting.logs.filter((l) => /internal error|failed/.test(l));
  assert.deepEqual(failures, [], "the server at rest logged a failure");
  const rested = resting.logs.filter((l) => /closed file\(s\) at rest/.test(l)).length;
  assert.ok(rested > 20, `the closed files came to rest only ${rested} times`);
  assert.ok(!awake.logs.some((l) => /at rest/.test(l)), "the server told to keep its files awake let them rest");
  assert.ok(resting.answers.length > 200, `only ${resting.answers.length} answers were compared`);
  for (let i = 0; i < awake.answers.length; i++) assert.deepEqual(resting.answers[i], awake.answers[i], `answer ${i} differs`);
  assert.equal(resting.answers.length, awake.answers.length);
});

/** What the server said of its first reading: how many of its files rest, of how many. */
function firstReading(logs: string[]): { resting: number; files: number } | undefined {
  const m = logs.map((l) => /indexed the workspace in \d+ ms; (\d+) of its (\d+) files resting/.exec(l)).find((x) => x !== null);
  return m ? { resting: Number(m[1]), files: Number(m[2]) } : undefined;
}

/** A server started on the examples, once it has published the findings of every file it read: its log and those findings. */
async function firstChecks(env: Record<string, string>): Promise<{ logs: string[]; findings: unknown }> {
  const s = startServer(env);
  try {
    const seen = new Set<string>();
    s.onPublish((p) => void (p.uri.endsWith(".entente") && seen.add(p.uri)));
    await s.initialize(examplesRoot());
    const t0 = Date.now();
    while (seen.size === 0 || seen.size < (firstReading(s.logs)?.files ?? Infinity)) {
      if (Date.now() - t0 > 30_000) throw new Error(`${seen.size} files published\nlogs: ${s.logs.join("\n")}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    return { logs: s.logs, findings: findings(s) };
  } finally {
    await s.stop();
  }
}

test("the server's first reading lets each closed file rest as soon as it is read, and finds what a server that keeps them awake finds", async () => {
  const [bounded, awake] = await Promise.all([firstChecks({}), firstChecks({ ENTENTE_REST: "never" })]);
  const read = firstReading(bounded.logs);
  assert.ok(read !== undefined && read.files > 10, `the server did not say how many of its files rest:\n${bounded.logs.join("\n")}`);
  assert.equal(read.resting, read.files, "not every file of the workspace rested as it was read");
  assert.deepEqual(firstReading(awake.logs), { resting: 0, files: read.files }, "the server told to keep its files awake let them rest as it read them");
  assert.deepEqual(bounded.findings, awake.findings);
});
