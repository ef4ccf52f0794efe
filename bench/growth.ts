// `npm run bench:growth`: time and memory of each shape at N, 2N, 4N, 8N, and the exponent they grow with (above 1.2 is a defect).
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { SHAPES } from "./shapes.js";

const here = dirname(fileURLToPath(import.meta.url));
const BASE: Record<string, number> = {
  "one file of N declarations": 2500, "N files": 1000, "N copies of one name": 1000, "N references to one service": 1000,
  "N clauses": 1000, "deep nesting": 25000, "N stray braces": 125000,
};

function measure(shape: string, n: number): { ms: number; rssMB: number } {
  const r = spawnSync(process.execPath, [join(here, "growth-once.js"), shape, String(n)], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${shape} at ${n}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!);
}

/** The slope of log(y) against log(x): how y grows with x (1 linear, 2 quadratic). */
function exponent(xs: number[], ys: number[]): number {
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
  return num / den;
}

console.log("Growth: each shape at N, 2N, 4N and 8N in a fresh process (parse, check, format); the median of 3 runs.\n");
const rows = [["shape", "N", "time at N, 2N, 4N, 8N (ms, above N = 1)", "time exponent", "memory above start (MB)", "memory exponent", ""]];
let defects = 0;
for (const [shape] of Object.entries(SHAPES)) {
  const base = BASE[shape] ?? 1000;
  const ns = [base, base * 2, base * 4, base * 8];
  const runs = ns.map((n) => {
    const three = [measure(shape, n), measure(shape, n), measure(shape, n)].sort((a, b) => a.ms - b.ms);
    return three[1]!;
  });
  // What a run costs before the shape grows (loading, warming up) is not part of its growth.
  const zero = measure(shape, 1);
  const start = zero.rssMB;
  const time = exponent(ns, runs.map((r) => Math.max(r.ms - zero.ms, 1)));
  const memory = exponent(ns, runs.map((r) => Math.max(r.rssMB - start, 1)));
  const bad = time > 1.2 || memory > 1.2;
  if (bad) defects++;
  rows.push([shape, String(base), runs.map((r) => (r.ms - zero.ms).toFixed(0)).join(", "), time.toFixed(2), runs.map((r) => (r.rssMB - start).toFixed(0)).join(", "), memory.toFixed(2), bad ? "DEFECT" : ""]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join("  "));
console.log(`\n${defects === 0 ? "Every cost grows linearly (no exponent above 1.2)." : `${defects} shape(s) grow faster than linearly: a defect.`}`);
