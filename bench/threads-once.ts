// One lint of a workspace in process, on one thread or with a worker thread parsing every other file; prints its phases for bench/threads.ts.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { LineIndex } from "../grammar/line-index.js";
import { parse } from "../grammar/parse.js";
import type { SyntaxTree } from "../grammar/syntax-tree.js";
import { readSource } from "../core/analysis/disk.js";
import { bindFile } from "../core/model/binder.js";
import { DEFAULT_CONFIG } from "../core/model/config.js";
import { Workspace } from "../core/model/workspace.js";
import { checkFile } from "../core/rules/run.js";

/** Reads and parses a file; an unreadable one (there is none in a generated workspace) parses as empty. */
function parsed(path: string): SyntaxTree {
  const s = readSource(path);
  return parse("error" in s ? "" : s.text);
}

if (!isMainThread) {
  // The worker: parses its files and sends the trees in batches. A line index is a class, which a
  // structured clone would turn into a plain object: the main thread makes it again from the text.
  const batch: [number, SyntaxTree][] = [];
  for (const [i, path] of workerData as [number, string][]) {
    const { lines: _lines, ...tree } = parsed(path);
    batch.push([i, tree as SyntaxTree]);
    if (batch.length === 25) parentPort!.postMessage(batch.splice(0));
  }
  parentPort!.postMessage(batch);
  parentPort!.postMessage(null);
} else {
  const [dir, mode] = process.argv.slice(2) as [string, "one" | "two"];
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".entente")).map((f) => join(dir, f)).sort();
  const t0 = performance.now();
  const trees: SyntaxTree[] = new Array(files.length);
  if (mode === "two") {
    const mine: [number, string][] = [];
    const theirs: [number, string][] = [];
    files.forEach((f, i) => (i % 2 ? theirs : mine).push([i, f]));
    const worker = new Worker(new URL(import.meta.url), { workerData: theirs });
    const done = new Promise<void>((resolve, reject) => {
      worker.on("error", reject);
      worker.on("message", (m: [number, SyntaxTree][] | null) => {
        if (m === null) return resolve();
        for (const [i, tree] of m) trees[i] = { ...tree, lines: new LineIndex(tree.text) };
      });
    });
    for (const [i, path] of mine) trees[i] = parsed(path);
    await done;
    await worker.terminate();
  } else {
    files.forEach((path, i) => (trees[i] = parsed(path)));
  }
  const t1 = performance.now();
  const ws = new Workspace();
  const models = trees.map((t, i) => bindFile(files[i]!, t));
  for (const m of models) ws.putFile(m);
  const t2 = performance.now();
  const config = { ...DEFAULT_CONFIG, rules: {} };
  let findings = 0;
  for (const m of models) findings += checkFile(ws, m, { config, today: 20605, locale: "en", track: false, detail: false }).diagnostics.length;
  const t3 = performance.now();
  console.log(JSON.stringify({ ms: t3 - t0, parseMs: t1 - t0, bindMs: t2 - t1, checkMs: t3 - t2, findings, rssMB: process.resourceUsage().maxRSS / 1024 }));
}
