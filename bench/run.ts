// `npm run bench`: times `entente lint` on generated workspaces against JSON.parse of the same content.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { RULES } from "../core/rules/catalogue.js";
import { generateWorkspace } from "./generate.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const cache = join(root, ".cache", "bench");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const SIZES: [string, number][] = [["250 KB", 250_000], ["12 MB", 12_000_000], ["24 MB", 24_000_000]];

/** Writes the workspace to disk (once per size) with its JSON twin beside it. */
function prepare(label: string, bytes: number): { dir: string; json: string; size: number; files: number } {
  const dir = join(cache, label.replace(" ", ""));
  const json = `${dir}.json`;
  const files = generateWorkspace(bytes);
  const size = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  if (!existsSync(json)) {
    rmSync(dir, { recursive: true, force: true });
    for (const f of files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.text);
    }
    writeFileSync(json, `[${files.map((f) => f.json).join(",")}]`);
  }
  return { dir, json, size, files: files.length };
}

/** Runs a script in a fresh Node process; it prints one JSON line of measurements. */
function measure(script: string, args: string[]): { ms: number; rssMB: number; wallMs: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, "out", "bench", script), ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr}`);
  const line = r.stdout.trim().split("\n").pop()!;
  return { ...JSON.parse(line), wallMs };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** An entente.json that switches off every rule outside section A: the structural pass alone. */
function structuralConfig(): string {
  const path = join(cache, "structural.json");
  const off: Record<string, string> = {};
  for (const r of RULES) if (r.section !== "A") off[r.id] = "off";
  writeFileSync(path, JSON.stringify({ rules: off }));
  return path;
}

function bench(): void {
  console.log(`Entente benchmark: median of ${RUNS} runs, each in a fresh process (Node ${process.version}).\n`);
  mkdirSync(cache, { recursive: true });
  const structural = structuralConfig();
  const rows: string[][] = [["workspace", "files", "lint (in-process)", "lint process wall", "MB/s", "peak RSS", "JSON.parse", "ratio", "structural only", "rules cost"]];
  for (const [label, bytes] of SIZES) {
    const ws = prepare(label, bytes);
    const lint = Array.from({ length: RUNS }, () => measure("lint-once.js", [ws.dir]));
    const json = Array.from({ length: RUNS }, () => measure("json-once.js", [ws.json]));
    const structuralMs = median(Array.from({ length: RUNS }, () => measure("lint-once.js", [ws.dir, structural]).ms));
    const lintMs = median(lint.map((m) => m.ms));
    const jsonMs = median(json.map((m) => m.ms));
    rows.push([
      `${label} (${(ws.size / 1e6).toFixed(2)} MB)`, String(ws.files), `${lintMs.toFixed(0)} ms`, `${median(lint.map((m) => m.wallMs)).toFixed(0)} ms`,
      (ws.size / 1e6 / (lintMs / 1000)).toFixed(1), `${median(lint.map((m) => m.rssMB)).toFixed(0)} MB`, `${jsonMs.toFixed(1)} ms`,
      `${(lintMs / jsonMs).toFixed(2)}×`, `${structuralMs.toFixed(0)} ms`, `${(lintMs / structuralMs).toFixed(2)}×`,
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join("  "));
  console.log("\nlint (in-process): loading the CLI bundle, reading, parsing, binding, indexing, all rules and the JSON output, timed inside the process.");
  console.log("lint process wall: the same including Node's start-up. JSON.parse: parsing the same content as one JSON text (already in memory).");
  console.log("ratio: lint (in-process) / JSON.parse. Target: ≤ 3.5× at 12 MB.");
  console.log("structural only: the same lint with every rule outside section A switched off; rules cost: full / structural (target ≤ 2×).");
  const size = Number(readFileSync(join(root, "dist", "cli.js")).length / 1024).toFixed(0);
  console.log(`CLI bundle: ${size} KB.`);
}

bench();
