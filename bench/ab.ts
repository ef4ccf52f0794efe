// `npm run bench:ab -- OTHER [WORKSPACE] [RUNS]`: this checkout's lint against another's (a git worktree of an earlier commit), run alternately, with how sure the difference is.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { measure, median, warmPageCache } from "./stats.js";

/**
 * Why this exists: on a shared machine one lint of 12 MB varies by a tenth or more from run to run, more
 * than most changes gain. Runs of the two builds alternate (which goes first alternates too), so that a
 * slow minute costs both alike, and the answer is the ratio of the medians with a 95 % interval found by
 * resampling the runs. An interval that holds 1 says the runs cannot tell the two apart.
 */
interface Run {
  ms: number;
  cpuMs: number;
  /** The main thread's time run and waiting for a core (Linux only). */
  mainRunMs?: number;
  mainWaitMs?: number;
  rssMB: number;
}

/** A seeded generator (mulberry32), so that the interval of the same runs is the same each time. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The ratio of the medians (this ÷ other) and its 95 % interval, from 2,000 resamplings of each side's runs. */
export function medianRatio(mine: number[], other: number[], seed = 1): { ratio: number; low: number; high: number } {
  const next = random(seed);
  const resample = (xs: number[]) => median(xs.map(() => xs[Math.floor(next() * xs.length)]!));
  const ratios = Array.from({ length: 2000 }, () => resample(mine) / resample(other)).sort((a, b) => a - b);
  return { ratio: median(mine) / median(other), low: ratios[49]!, high: ratios[1949]! };
}

function main(): void {
  const [otherArg, workspaceArg, runsArg] = process.argv.slice(2);
  if (!otherArg) {
    console.error("usage: npm run bench:ab -- OTHER-CHECKOUT [WORKSPACE (default .cache/bench/12MB)] [RUNS (default 15)]\n"
      + "  OTHER-CHECKOUT: a built checkout, e.g. git worktree add /tmp/old HEAD~1 && (cd /tmp/old && npm ci && npm run build)");
    process.exit(2);
  }
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
  const other = join(resolve(otherArg), "dist", "cli.cjs");
  const workspace = resolve(workspaceArg ?? join(root, ".cache", "bench", "12MB"));
  const runs = Number(runsArg ?? 15);
  for (const need of [other, workspace]) if (!existsSync(need)) throw new Error(`${need} does not exist (build the other checkout; npm run bench makes the workspaces)`);
  const sides: Record<"this" | "other", Run[]> = { this: [], other: [] };
  const once = (side: "this" | "other") => {
    process.env.ENTENTE_BENCH_BUNDLE = side === "other" ? other : "";
    sides[side].push(measure<Run>("lint-once.js", [workspace]));
  };
  warmPageCache(workspace);
  for (let i = 0; i < runs; i++) {
    const order: ("this" | "other")[] = i % 2 === 0 ? ["this", "other"] : ["other", "this"];
    for (const side of order) once(side);
  }
  console.log(`${workspace}: ${runs} runs each, alternating; in-process lint (JSON output), median [min–max]\n`);
  const rows: [string, (r: Run) => number | undefined][] = [
    ["wall", (r) => r.ms], ["CPU (all threads)", (r) => r.cpuMs], ["main thread run", (r) => r.mainRunMs],
    ["main thread waits", (r) => r.mainWaitMs], ["peak RSS", (r) => r.rssMB],
  ];
  for (const [what, pick] of rows) {
    const mine = sides.this.map(pick).filter((x): x is number => x !== undefined);
    const theirs = sides.other.map(pick).filter((x): x is number => x !== undefined);
    // Only Linux says how the main thread spent its time.
    if (mine.length < runs || theirs.length < runs) continue;
    const unit = what === "peak RSS" ? "MB" : "ms";
    const show = (xs: number[]) => `${median(xs).toFixed(0)} ${unit} [${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}]`;
    const r = medianRatio(mine, theirs);
    const verdict = r.low > 1 ? "this is higher" : r.high < 1 ? "this is lower" : "cannot tell apart";
    console.log(`${what.padEnd(18)} this ${show(mine)}  other ${show(theirs)}  ratio ${r.ratio.toFixed(3)} (95 %: ${r.low.toFixed(3)}–${r.high.toFixed(3)}, ${verdict})`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
