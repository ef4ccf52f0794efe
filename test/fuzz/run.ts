// `npm run fuzz [-- --count N --seed S]`: N inputs from seeds S, S+1, …, each through everything in process; prints a summary and the seed of every failure.
import { parseArgs } from "node:util";
import { checkInput, type Outcome } from "./check-input.js";
import { inputOf } from "./inputs.js";
import { FIXED, timing } from "./timing.js";

/**
 * Above this, time grows faster than the input. Generous beside the growth benchmark's 1.2 (fresh
 * processes, large steps): in one process a larger heap costs the collector a little more per byte.
 */
const MAX_EXPONENT = 1.5;

const { values } = parseArgs({
  options: { count: { type: "string", default: "1000" }, seed: { type: "string" }, quiet: { type: "boolean", default: false } },
});
const count = Number(values.count);
// Without --seed, a new one each run (so that CI keeps exploring); printed first, so that any run can be repeated.
const first = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
if (!Number.isSafeInteger(count) || count < 1 || !Number.isSafeInteger(first)) {
  process.stderr.write("usage: npm run fuzz [-- --count N --seed S]\n");
  process.exit(2);
}
console.log(`Fuzzing ${count.toLocaleString("en")} inputs from seed ${first} (repeat one with --seed S --count 1).`);

// A few inputs first, not counted: the first ones run before the code is compiled, and would pass for slow.
for (let i = 0; i < 30; i++) checkInput(inputOf(i));

const outcomes: Outcome[] = [];
const t0 = performance.now();
let lastReport = t0;
for (let i = 0; i < count; i++) {
  const seed = first + i;
  const outcome = checkInput(inputOf(seed));
  outcomes.push(outcome);
  for (const f of outcome.failures) console.log(`FAIL seed ${seed} (${outcome.kind}, ${outcome.chars} characters): ${f}`);
  if (!values.quiet && performance.now() - lastReport > 30_000) {
    lastReport = performance.now();
    process.stderr.write(`… ${i + 1} inputs, ${((lastReport - t0) / 1000).toFixed(0)} s\n`);
  }
}
const seconds = (performance.now() - t0) / 1000;

const t1 = performance.now();
const { rate, slow } = timing(outcomes, MAX_EXPONENT);
const remeasured = (performance.now() - t1) / 1000;
const growing = slow.filter((s) => s.exponent > MAX_EXPONENT);
const failed = outcomes.filter((o) => o.failures.length > 0);
const byKind = new Map<string, number>();
for (const o of outcomes) byKind.set(o.kind, (byKind.get(o.kind) ?? 0) + 1);
const sizes = outcomes.map((o) => o.chars).sort((a, b) => a - b);
const largest = outcomes.reduce((a, b) => (b.chars > a.chars ? b : a));
const fmt = (n: number) => n.toLocaleString("en");

console.log(`\n${fmt(count)} inputs in ${seconds.toFixed(1)} s (${((seconds * 1000) / count).toFixed(1)} ms each on average): ${[...byKind].map(([k, n]) => `${fmt(n)} ${k}`).join(", ")}.`);
console.log(`Sizes: median ${fmt(sizes[Math.floor(sizes.length / 2)]!)} characters, largest ${fmt(largest.chars)} (seed ${largest.seed}, ${largest.ms.toFixed(0)} ms).`);
console.log(`Time: ${(rate * 1e6).toFixed(0)} ms per million characters (the median, ${fmt(FIXED)} characters standing for the fixed part of each input).`);
console.log(`${slow.length} input(s) took more than ten times what their size predicts; measured again at an eighth, a quarter, a half and the whole of their text, and where that grew faster than linearly written twice and four times over (${remeasured.toFixed(1)} s), ${growing.length === 0 ? "none grows faster than linearly" : `${growing.length} grow(s) faster than linearly (a report, not a failure)`}.`);
for (const { outcome: o, exponent, prefixes, repeated } of slow) {
  const how = repeated === undefined ? exponent.toFixed(2) : `${prefixes.toFixed(2)} by its beginnings and ${repeated.toFixed(2)} written over and over`;
  console.log(`  seed ${o.seed} (${o.kind}, ${fmt(o.chars)} characters): ${o.ms.toFixed(0)} ms, time grows with size to the power ${how}${exponent > MAX_EXPONENT ? "  <- faster than linear" : ""}`);
}
if (failed.length === 0) console.log("No failures.");
else {
  console.log(`${failed.length} input(s) failed; each line above starting with FAIL names its seed. Seeds: ${failed.map((o) => o.seed).join(" ")}`);
  process.exitCode = 1;
}
