// `npm run bench` (first part): `entente lint` on generated workspaces against JSON.parse of the same content, memory up to 96 MB, a dirty register, and `lint examples` against Node's start-up.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { RULES } from "../core/rules/catalogue.js";
import { generateWorkspace } from "./generate.js";
import { recordFigure, resetFigures } from "./issue-11.js";
import { measure, median, table, warmPageCache } from "./stats.js";
import { dirtyFormats, dirtyRegister, lintExamples } from "./whole-process.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const cache = join(root, ".cache", "bench");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Runs at 96 MB, where one lint takes tens of seconds: fewer, and the table says how many. */
const RUNS_96 = Number(process.env.BENCH_RUNS_96 ?? 1);
/** Pairs of `lint examples` and `node -e 0`: each takes tens of milliseconds, so many. */
const STARTUP_RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 41);

const SIZES: [string, number, number][] = [["250 KB", 250_000, RUNS], ["12 MB", 12_000_000, RUNS], ["24 MB", 24_000_000, RUNS], ["96 MB", 96_000_000, RUNS_96]];

/**
 * Writes the workspace to disk (once per label) with its JSON twin beside it, and its size and file count in
 * a third file so that a cached 96 MB workspace need not be generated again just to be described.
 */
function prepare(label: string, bytes: number, options: { dirty?: boolean } = {}): { dir: string; json: string; size: number; files: number } {
  const dir = join(cache, label.replaceAll(" ", ""));
  const json = `${dir}.json`;
  const meta = `${dir}.meta.json`;
  if (existsSync(json) && existsSync(meta)) return { dir, json, ...(JSON.parse(readFileSync(meta, "utf8")) as { size: number; files: number }) };
  const files = generateWorkspace(bytes, 1, options);
  const size = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  if (!existsSync(json)) {
    rmSync(dir, { recursive: true, force: true });
    for (const f of files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.text);
    }
    writeFileSync(json, `[${files.map((f) => f.json).join(",")}]`);
  }
  writeFileSync(meta, JSON.stringify({ size, files: files.length }));
  return { dir, json, size, files: files.length };
}

/** An entente.json that switches off every rule outside section A: the structural pass alone. */
function structuralConfig(): string {
  const path = join(cache, "structural.json");
  const off: Record<string, string> = {};
  for (const r of RULES) if (r.section !== "A") off[r.id] = "off";
  writeFileSync(path, JSON.stringify({ rules: off }));
  return path;
}

function bench(): void {
  console.log(`Entente benchmark: median of ${RUNS} runs (${RUNS_96} at 96 MB), each in a fresh process, the files read once before (Node ${process.version}).\n`);
  mkdirSync(cache, { recursive: true });
  resetFigures();
  const structural = structuralConfig();
  const rows: string[][] = [["workspace", "files", "runs", "lint (in-process)", "lint process wall", "MB/s", "peak RSS", "JSON.parse", "ratio", "structural only", "rules cost"]];
  const peaks = new Map<string, number>();
  for (const [label, bytes, runs] of SIZES) {
    const ws = prepare(label, bytes);
    warmPageCache(ws.dir, ws.json);
    // Interleaved, so that a spell in which the machine runs slower weighs on the lint and its reference alike.
    const lint: { ms: number; rssMB: number; wallMs: number }[] = [];
    const json: { ms: number; rssMB: number; wallMs: number }[] = [];
    const structuralRuns: number[] = [];
    for (let i = 0; i < runs; i++) {
      lint.push(measure("lint-once.js", [ws.dir]));
      json.push(measure("json-once.js", [ws.json]));
      structuralRuns.push(measure("lint-once.js", [ws.dir, structural]).ms);
    }
    const structuralMs = median(structuralRuns);
    const lintMs = median(lint.map((m) => m.ms));
    const jsonMs = median(json.map((m) => m.ms));
    peaks.set(label, median(lint.map((m) => m.rssMB)));
    if (label === "12 MB") recordFigure({ what: "lint 12 MB in-process ÷ JSON.parse", figure: `${(lintMs / jsonMs).toFixed(2)}×`, target: "≤ 3.5× (stretch 2×)", met: lintMs / jsonMs <= 3.5 });
    rows.push([
      `${label} (${(ws.size / 1e6).toFixed(2)} MB)`, String(ws.files), String(runs), `${lintMs.toFixed(0)} ms`, `${median(lint.map((m) => m.wallMs)).toFixed(0)} ms`,
      (ws.size / 1e6 / (lintMs / 1000)).toFixed(1), `${median(lint.map((m) => m.rssMB)).toFixed(0)} MB`, `${jsonMs.toFixed(1)} ms`,
      `${(lintMs / jsonMs).toFixed(2)}×`, `${structuralMs.toFixed(0)} ms`, `${(lintMs / structuralMs).toFixed(2)}×`,
    ]);
  }
  table(rows);
  console.log("\nlint (in-process): loading the CLI bundle, reading, parsing, binding, indexing, all rules and the JSON output, timed inside the process.");
  console.log("lint process wall: the same including Node's start-up. JSON.parse: parsing the same content as one JSON text (already in memory).");
  console.log("ratio: lint (in-process) / JSON.parse. Target: ≤ 3.5× at 12 MB.");
  console.log("structural only: the same lint with every rule outside section A switched off; rules cost: full / structural (target ≤ 2×).");
  memoryGrowth(peaks);
  console.log("");
  dirty();
  console.log("");
  for (const line of lintExamples(STARTUP_RUNS)) console.log(line);
  newSince();
  const kb = (f: string) => (readFileSync(join(root, "dist", f)).length / 1024).toFixed(0);
  console.log(`Bundles: CLI ${kb("cli.cjs")} KB, language server ${kb("server.cjs")} KB; loaded when needed: grammar ${kb("grammar.cjs")} KB, Word ${kb("docx.cjs")} KB, PDF ${kb("pdf.cjs")} KB.`);
}

/** The dirty register: its JSON lint against a JSON.parse process, then every other format and --write-baseline. */
function dirty(): void {
  const ws = prepare("12 MB dirty", 12_000_000, { dirty: true });
  for (const line of dirtyRegister(ws, RUNS, cache)) console.log(line);
  console.log("");
  for (const line of dirtyFormats(ws, FORMAT_RUNS, cache)) console.log(line);
}

/** Runs of each report format over the dirty register: their peaks are what is watched, and they vary little. */
const FORMAT_RUNS = 3;

/** Peak RSS at 24 MB against its target, and how it grows to 96 MB: four times the text should cost less than four times the memory. */
function memoryGrowth(peaks: Map<string, number>): void {
  const [at24, at96] = [peaks.get("24 MB")!, peaks.get("96 MB")!];
  const growth = at96 / at24;
  console.log(`peak RSS: ${at24.toFixed(0)} MB at 24 MB (target ≤ 250 MB); ${at96.toFixed(0)} MB at 96 MB, ${growth.toFixed(2)}× the 24 MB figure for 4× the text (target < 4×, less than linear).`);
  recordFigure({ what: "lint 24 MB peak RSS", figure: `${at24.toFixed(0)} MB`, target: "≤ 250 MB", met: at24 <= 250 });
  recordFigure({ what: "lint 96 MB peak RSS ÷ 24 MB", figure: `${growth.toFixed(2)}× (${at96.toFixed(0)} MB)`, target: "< 4× (less than linear)", met: growth < 4 });
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
  const file = join(dir, "own.entente");
  writeFileSync(file, readFileSync(file, "utf8") + `\ndisclosure BENCH-NEW {\n  to: NOBODY\n  date: 2026-03-02\n}\n`);
  warmPageCache(dir);
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

// BENCH_ONLY=new-since, =dirty or =examples measures only that figure (the issue-11 table keeps the others of the last full run).
const only = process.env.BENCH_ONLY;
mkdirSync(cache, { recursive: true });
if (only === "new-since") newSince();
else if (only === "dirty") dirty();
else if (only === "examples") for (const line of lintExamples(STARTUP_RUNS)) console.log(line);
else bench();
