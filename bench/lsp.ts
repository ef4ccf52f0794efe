// `npm run bench:lsp`: the language server as an editor sees it — edit-to-diagnostics latency and memory after indexing.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer, uriOf, type Server } from "../test/support/lsp-client.js";
import { DEBOUNCE_MS } from "../server/lsp/checker.js";
import { generateEditorWorkspace, generateWorkspace } from "./generate.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const cache = join(root, ".cache", "bench");
const EDITS = Number(process.env.BENCH_EDITS ?? 60);

function writeWorkspace(dir: string, files: { path: string; text: string }[]): void {
  rmSync(dir, { recursive: true, force: true });
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.text);
  }
}

function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".entente")).length;
}

/** Starts a server on a folder and resolves once every file's diagnostics have been published; returns the time that took. */
async function indexed(dir: string): Promise<{ s: Server; ms: number }> {
  const files = countFiles(dir);
  const s = startServer();
  const seen = new Set<string>();
  const t0 = performance.now();
  const done = new Promise<void>((resolve) => {
    const stop = s.onPublish((p) => {
      seen.add(p.uri);
      if (seen.size >= files) { stop(); resolve(); }
    });
  });
  await s.initialize(dir, { today: "2026-06-01" });
  await done;
  return { s, ms: performance.now() - t0 };
}

/** Resident and peak memory of a process, from /proc (Linux). */
function memory(pid: number): { rssMB: number; peakMB: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? NaN);
    return { rssMB: kb("VmRSS") / 1024, peakMB: kb("VmHWM") / 1024 };
  } catch {
    return undefined;
  }
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

/** Types into a summary in the middle of the big file, one keystroke per edit, timing didChange → its publishDiagnostics. */
async function editLatency(files: number): Promise<string[]> {
  const dir = join(cache, `editor-${files}`);
  const ws = generateEditorWorkspace(files, 5000);
  writeWorkspace(dir, ws.files);
  const { s, ms } = await indexed(dir);
  const path = join(dir, ws.big);
  const uri = uriOf(path);
  const text = readFileSync(path, "utf8");
  const lines = text.split("\n");
  s.open(uri, text, 1);
  await s.waitFor(uri, (p) => p.version === 1, 60_000);
  const line = lines.findIndex((l, i) => i > lines.length / 2 && l.includes("summary: \""));
  const column = lines[line]!.indexOf("\"") + 1;
  const times: number[] = [];
  for (let v = 2; v < EDITS + 2; v++) {
    const t0 = performance.now();
    const wait = s.waitFor(uri, (p) => p.version === v, 30_000);
    // Alternately insert and delete a character, as typing and correcting does.
    const change = v % 2 === 0
      ? { range: { start: { line, character: column }, end: { line, character: column } }, text: "x" }
      : { range: { start: { line, character: column }, end: { line, character: column + 1 } }, text: "" };
    s.change(uri, v, [change]);
    await wait;
    times.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 20)); // a typist's pause, so that edits are not coalesced by the debounce
  }
  const mem = memory(s.process.pid!);
  await s.stop();
  return [`${files} files`, `${lines.length} lines`, `${ms.toFixed(0)} ms`, `${percentile(times, 0.5).toFixed(1)} ms`, `${percentile(times, 0.95).toFixed(1)} ms`,
    `${Math.max(...times).toFixed(1)} ms`, mem ? `${mem.rssMB.toFixed(0)} MB` : "n/a"];
}

async function indexingMemory(): Promise<string[]> {
  const dir = join(cache, "editor-12MB");
  const files = generateWorkspace(12_000_000);
  writeWorkspace(dir, files);
  const size = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  const { s, ms } = await indexed(dir);
  global.gc?.();
  const mem = memory(s.process.pid!);
  const symbols = await s.request<unknown[]>("workspace/symbol", { query: "SVC12" });
  await s.stop();
  return [`${(size / 1e6).toFixed(1)} MB, ${files.length} files`, `${ms.toFixed(0)} ms`, mem ? `${mem.rssMB.toFixed(0)} MB` : "n/a", mem ? `${mem.peakMB.toFixed(0)} MB` : "n/a", String(symbols.length)];
}

function table(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join("  "));
}

// BENCH_SIZES=10 (say) measures only the edit latency in a 10-file workspace, for profiling.
const sizes = (process.env.BENCH_SIZES ?? "10,1000").split(",").map(Number);
console.log(`Entente language server benchmark (Node ${process.version}); ${EDITS} edits per workspace.\n`);
const rows = [["workspace", "edited file", "indexing", "edit → diagnostics median", "p95", "max", "server RSS"]];
for (const n of sizes) rows.push(await editLatency(n));
table(rows);
console.log(`\nedit → diagnostics: from sending didChange to receiving the publishDiagnostics of that version, including the ${DEBOUNCE_MS} ms pause the server waits for further edits.\n`);
if (!process.env.BENCH_SIZES) table([["workspace", "indexing (all diagnostics published)", "server RSS after", "peak RSS", "symbols found"], await indexingMemory()]);
