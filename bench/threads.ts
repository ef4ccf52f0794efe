// `npm run bench:threads`: a lint of 12 MB on one thread against one with a worker thread parsing half the files.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateWorkspace } from "./generate.js";
import { measure, table } from "./stats.js";

interface Run { ms: number; parseMs: number; bindMs: number; checkMs: number; findings: number; rssMB: number }

const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", ".cache", "bench", "threads-12MB");
if (!existsSync(dir)) {
  for (const f of generateWorkspace(12_000_000)) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.text);
  }
}

const RUNS = 5;
const runs: Record<"one" | "two", Run[]> = { one: [], two: [] };
// Interleaved, each in a fresh process, so that a busy moment of the machine falls on both.
for (let i = 0; i < RUNS; i++) for (const mode of ["one", "two"] as const) runs[mode].push(measure<Run>("threads-once.js", [dir, mode]));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const row = (label: string, rs: Run[]) => [label, ...(["ms", "parseMs", "bindMs", "checkMs", "rssMB"] as const).map((k) => median(rs.map((r) => r[k])).toFixed(0)), String(rs[0]!.findings)];
console.log(`Lint of 12 MB in process (read, parse, bind, index, check), the median of ${RUNS} fresh processes each:\n`);
table([["threads", "total ms", "read + parse", "bind + index", "check", "peak RSS MB", "findings"], row("one", runs.one), row("two: a worker parses every other file", runs.two)]);
const ratio = (k: "ms" | "parseMs") => (median(runs.two.map((r) => r[k])) / median(runs.one.map((r) => r[k]))).toFixed(2);
console.log(`\nTwo threads ÷ one: ${ratio("ms")}× in all, ${ratio("parseMs")}× for reading and parsing. The worker's trees reach the main`
  + " thread by structured clone, whose decoding there is the cost: a thread pays only once the model can cross as ArrayBuffers.");
