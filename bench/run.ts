// `npm run bench`: times `entente lint` on generated workspaces against JSON.parse of the same content.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
  newSince();
  const size = Number(readFileSync(join(root, "dist", "cli.js")).length / 1024).toFixed(0);
  console.log(`CLI bundle: ${size} KB.`);
}

/** Runs git in a folder, failing loudly. */
function git(dir: string, ...args: string[]): void {
  const r = spawnSync("git", ["-c", "user.name=bench", "-c", "user.email=bench@example.invalid", ...args], { cwd: dir, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${r.stderr}`);
}

/**
 * `lint --new-since HEAD` on the 12 MB workspace committed to git with one file changed since (two analyses,
 * the revision's files read from git's objects, and a match), against a plain lint of the same working tree.
 */
function newSince(): void {
  const ws = prepare("12 MB", 12_000_000);
  const dir = join(cache, "12MB-git");
  if (!existsSync(join(dir, ".git"))) {
    rmSync(dir, { recursive: true, force: true });
    cpSync(ws.dir, dir, { recursive: true });
    git(dir, "init", "-q");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "workspace");
  }
  // One changed file: a disclosure added at its end (the same text every run).
  git(dir, "checkout", "-q", "--", ".");
  const file = firstFile(dir);
  writeFileSync(file, readFileSync(file, "utf8") + `\ndisclosure BENCH-NEW {\n  to: NOBODY\n  date: 2026-03-02\n}\n`);
  // Interleaved, so that a machine that slows down or speeds up meanwhile weighs on both alike.
  const plainRuns: number[] = [];
  const since: { ms: number; rssMB: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    plainRuns.push(measure("lint-once.js", [dir]).ms);
    since.push(measure("lint-once.js", [dir, "", "--new-since", "HEAD"]));
  }
  const plain = median(plainRuns);
  const sinceMs = median(since.map((m) => m.ms));
  git(dir, "checkout", "-q", "--", ".");
  console.log(`\n--new-since HEAD, 12 MB workspace in git, one file changed: ${sinceMs.toFixed(0)} ms (peak RSS ${median(since.map((m) => m.rssMB)).toFixed(0)} MB)`
    + ` against ${plain.toFixed(0)} ms for a plain lint of the same tree: ${(sinceMs / plain).toFixed(2)}× (target ≤ 2.2×).`);
}

/** The first .entente file under a folder, in path order. */
function firstFile(dir: string): string {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory() && e.name !== ".git") {
      const f = firstFile(p);
      if (f) return f;
    } else if (e.name.endsWith(".entente")) return p;
  }
  return "";
}

// BENCH_ONLY=new-since measures only --new-since.
if (process.env.BENCH_ONLY === "new-since") {
  mkdirSync(cache, { recursive: true });
  newSince();
} else bench();
