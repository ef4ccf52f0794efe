// What every benchmark shares: the median, a plain-text table, a measurement in a fresh process, and the exponent a cost grows with.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** The middle value (the upper one of an even count). */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Prints rows as columns padded to their widest cell (the first row is the header); `trimEnd` drops the padding at each line's end. */
export function table(rows: string[][], options: { trimEnd?: boolean } = {}): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) {
    const line = r.map((c, i) => c.padEnd(widths[i]!)).join("  ");
    console.log(options.trimEnd ? line.trimEnd() : line);
  }
}

/**
 * Reads every file under each path (a folder or one file) and throws the bytes away, untimed. The kernel of the
 * machines the bench runs on drops the page cache of files left idle for some minutes (`kdamond`), and a lint
 * that then reads from the disk took 249 ms to read 12 MB against 18–29 ms from memory. A user lints files just
 * written or checked out, and `JSON.parse`, the reference, is timed over a text already in memory: so each
 * measurement starts from files in memory.
 */
export function warmPageCache(...paths: string[]): void {
  for (const path of paths) {
    if (!statSync(path).isDirectory()) readFileSync(path);
    else for (const e of readdirSync(path, { withFileTypes: true, recursive: true })) if (e.isFile()) readFileSync(join(e.parentPath, e.name));
  }
}

/**
 * Runs one of the `*-once.js` scripts beside this one in a fresh Node process and returns the JSON line it
 * prints last, with the process's wall time from outside (start-up included).
 */
export function measure<T extends object = { ms: number; rssMB: number }>(script: string, args: string[]): T & { wallMs: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(here, script), ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${script} ${args.join(" ")} failed: ${r.stderr}`);
  const line = r.stdout.trim().split("\n").pop()!;
  return { ...(JSON.parse(line) as T), wallMs };
}

/**
 * The main thread's time so far, run and waiting for a core, in ms, where Linux tells it
 * (`/proc/self/task/<pid>/schedstat`); undefined elsewhere. The time run is much steadier than the wall
 * clock on a shared machine, and the time waiting shows what the process's own helpers take from it.
 */
export function mainThreadTimes(): { runMs: number; waitMs: number } | undefined {
  try {
    const [run, wait] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ").map(Number);
    return run === undefined || wait === undefined || Number.isNaN(run + wait) ? undefined : { runMs: run / 1e6, waitMs: wait / 1e6 };
  } catch {
    return undefined;
  }
}

/** The slope of log(y) against log(x): how y grows with x (1 linear, 2 quadratic); 1 when every x is the same. */
export function exponent(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b) / lx.length;
  const my = ly.reduce((a, b) => a + b) / ly.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += (lx[i]! - mx) * (ly[i]! - my);
    den += (lx[i]! - mx) ** 2;
  }
  return den === 0 ? 1 : num / den;
}
