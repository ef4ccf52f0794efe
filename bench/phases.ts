// `npm run bench:phases -- [WORKSPACE] [RUNS]`: where a large lint's time goes, phase by phase, with the fresh pages and collections of each.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Phase } from "./phases-once.js";
import { measure, median, table } from "./stats.js";

/**
 * Why this exists: the lint's time is spread over many small costs, and what a change of the model gains shows
 * in one phase before it shows in the whole. Each run is a fresh process of the per-module build (out/), which
 * reaches the phases the bundle hides; a run of the bundle's lint (`lint-once.js`) alternates with it, so that
 * the table says how far the sum of the phases is from the lint users run.
 */
const PHASES = ["find", "read", "first reading", "waking", "rules"] as const;

interface PhasesRun {
  phases: Record<(typeof PHASES)[number], Phase>;
  /** The main thread's own time over all the phases (Linux only). */
  mainRunMs?: number;
  findings: number;
  files: number;
  rssMB: number;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const workspace = resolve(process.argv[2] ?? join(root, ".cache", "bench", "12MB"));
const runs = Number(process.argv[3] ?? 7);
if (!existsSync(workspace)) throw new Error(`${workspace} does not exist (npm run bench makes the generated workspaces)`);

const phased: PhasesRun[] = [];
const whole: { ms: number; mainRunMs?: number }[] = [];
for (let i = 0; i < runs; i++) {
  phased.push(measure<PhasesRun>("phases-once.js", [workspace]));
  whole.push(measure<{ ms: number; mainRunMs?: number }>("lint-once.js", [workspace]));
}

const fixed = (x: number) => x.toFixed(0);
const pick = (p: (typeof PHASES)[number], k: keyof Phase) => median(phased.map((r) => r.phases[p][k]));
const sum = (r: PhasesRun, k: keyof Phase) => PHASES.reduce((n, p) => n + r.phases[p][k], 0);
const rows = [["phase", "wall ms", "fresh pages", "collections", "their pauses ms"]];
for (const p of PHASES) {
  // Waking and the rules alternate file by file; their fresh pages are counted together (phases-once.ts, `lap`).
  const faults = p === "waking" ? "" : p === "rules" ? `${fixed(median(phased.map((r) => r.phases.waking.faults + r.phases.rules.faults)))} (both)` : fixed(pick(p, "faults"));
  rows.push([p, fixed(pick(p, "ms")), faults, fixed(pick(p, "gcs")), fixed(pick(p, "gcMs"))]);
}
rows.push(["sum", ...(["ms", "faults", "gcs", "gcMs"] as const).map((k) => fixed(median(phased.map((r) => sum(r, k)))))]);
const first = phased[0]!;
console.log(`${workspace}: ${first.files} files, ${first.findings} findings; the median of ${runs} fresh processes per phase\n`);
table(rows);
const threads = (rs: { mainRunMs?: number }[]) => rs.map((r) => r.mainRunMs).filter((x): x is number => x !== undefined);
if (threads(phased).length > 0) console.log(`\nThe main thread ran ${fixed(median(threads(phased)))} ms of the phases.`);
console.log(`The bundle's lint (out/bench/lint-once.js, JSON output, run alternately): ${fixed(median(whole.map((w) => w.ms)))} ms`
  + (threads(whole).length > 0 ? `, its main thread ${fixed(median(threads(whole)))} ms` : "") + "; loading the bundle (about 50 ms) is in it and in no phase above.");
console.log("Fresh pages: minor page faults of the whole process (the compiler's threads too), each a page the process touched first;"
  + " on a virtual machine that backs memory page by page, about 12 µs each. Collections: V8's pauses of the main thread that began in the phase.");
console.log("The phases are the lint's own work in two passes where `entente lint` interleaves the first two (each file is read, then read for the index):"
  + " the same work, the texts all held before the first reading instead of one after another.");
