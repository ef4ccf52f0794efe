// `npm run bench:growth`: time and memory of each shape at N, 2N, 4N, 8N, and the exponent they grow with (above 1.2 is a defect).
import { SHAPES } from "./shapes.js";
import { exponent, measure, table } from "./stats.js";

const BASE: Record<string, number> = {
  "one file of N declarations": 2500, "N files": 1000, "N copies of one name": 1000, "N references to one service": 1000,
  "N clauses": 1000, "deep nesting": 25000, "N stray braces": 125000,
};

/** One run of a shape at size n in a fresh process. */
const once = (shape: string, n: number) => measure("growth-once.js", [shape, String(n)]);

console.log("Growth: each shape at N, 2N, 4N and 8N in a fresh process (parse, check, format); the median of 3 runs.\n");
const rows = [["shape", "N", "time at N, 2N, 4N, 8N (ms, above N = 1)", "time exponent", "memory above start (MB)", "memory exponent", ""]];
let defects = 0;
for (const [shape] of Object.entries(SHAPES)) {
  const base = BASE[shape] ?? 1000;
  const ns = [base, base * 2, base * 4, base * 8];
  const runs = ns.map((n) => {
    const three = [once(shape, n), once(shape, n), once(shape, n)].sort((a, b) => a.ms - b.ms);
    return three[1]!;
  });
  // What a run costs before the shape grows (loading, warming up) is not part of its growth.
  const zero = once(shape, 1);
  const start = zero.rssMB;
  const time = exponent(ns, runs.map((r) => Math.max(r.ms - zero.ms, 1)));
  const memory = exponent(ns, runs.map((r) => Math.max(r.rssMB - start, 1)));
  const bad = time > 1.2 || memory > 1.2;
  if (bad) defects++;
  rows.push([shape, String(base), runs.map((r) => (r.ms - zero.ms).toFixed(0)).join(", "), time.toFixed(2), runs.map((r) => (r.rssMB - start).toFixed(0)).join(", "), memory.toFixed(2), bad ? "DEFECT" : ""]);
}
table(rows);
console.log(`\n${defects === 0 ? "Every cost grows linearly (no exponent above 1.2)." : `${defects} shape(s) grow faster than linearly: a defect.`}`);
