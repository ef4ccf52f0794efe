// Whether an input's time grows with its size: the slow ones for their size are measured again on the beginnings of their text, and on it written over and over.
import { exponent } from "../../bench/stats.js";
import { checkInput, type Outcome } from "./check-input.js";
import { inputOf, type Input } from "./inputs.js";

/** Characters that stand for the fixed part of an input's time (a fresh analysis, the other files). */
export const FIXED = 5_000;

export interface Timing {
  /** The median time per character (ms), the fixed part counted in. */
  rate: number;
  /** Inputs that took more than ten times what their size predicts, measured again. */
  slow: ({ outcome: Outcome } & Growth)[];
}

/** How an input's time grows with its size; `exponent` is the verdict. */
export interface Growth {
  exponent: number;
  /** Measured on the first eighth, quarter, half and the whole of the hostile files. */
  prefixes: number;
  /** Measured on the hostile files written once, twice and four times over, when the prefixes looked faster than linear. */
  repeated?: number;
}

/** The input with each hostile file cut to the first `fraction` of its text. */
function cut(input: Input, fraction: number): Input {
  const files = new Map(input.files);
  for (const id of input.targets) files.set(id, files.get(id)!.slice(0, Math.floor(files.get(id)!.length * fraction)));
  return { ...input, files };
}

/** Collects garbage when Node allows it (`--expose-gc`, as `npm run fuzz` runs): the garbage of earlier inputs must not be charged to this one. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** The fastest of `runs` runs, each after a collection: a collection or a cold start must not pass for growth. */
function best(input: Input, runs: number): number {
  let ms = Infinity;
  for (let i = 0; i < runs; i++) {
    collect();
    ms = Math.min(ms, checkInput(input).ms);
  }
  return ms;
}

/** The input with each hostile file written `times` times over, one copy after another. */
function repeated(input: Input, times: number): Input {
  const files = new Map(input.files);
  for (const id of input.targets) files.set(id, Array<string>(times).fill(files.get(id)!).join("\n"));
  return { ...input, files };
}

/** How time grows with size (bench/stats.ts's log-log slope) over versions of an input: 1 linear, 2 quadratic. */
function slope(parts: Input[], runs: number): number {
  const sizes = parts.map((part) => [...part.files.values()].reduce((n, t) => n + t.length, 0) + FIXED);
  return exponent(sizes, parts.map((part) => best(part, runs)));
}

/** `slope` with one run of each version, and only when that looks faster than `suspect` the fastest of three. */
function confirmedSlope(parts: Input[], suspect: number): number {
  const once = slope(parts, 1);
  return once <= suspect ? once : slope(parts, 3);
}

/**
 * How an input's time grows with its size, first on its hostile files cut to an eighth, a quarter and a
 * half (one run each, the fastest of three only when that looks faster than `suspect`: most slow inputs
 * are merely large or dense in findings, and three runs of each would take longer than the fuzzing).
 * A text whose costly part lies near its end grows fast by its beginnings without any cost growing
 * faster than linearly (a mutation that wrote "abroad for" ten thousand times over the second half of a
 * file made 10,500 declarations there: 13 ms at half the text, 1.2 s whole, 2.4 s written twice over).
 * So growth by beginnings is only the verdict when the files written twice and four times over grow as
 * fast: every construct they hold, wherever it lies, then grows with them.
 */
export function growthExponent(input: Input, suspect: number): Growth {
  const prefixes = confirmedSlope([0.125, 0.25, 0.5, 1].map((f) => cut(input, f)), suspect);
  if (prefixes <= suspect) return { exponent: prefixes, prefixes };
  const again = confirmedSlope([1, 2, 4].map((k) => repeated(input, k)), suspect);
  return { exponent: Math.min(prefixes, again), prefixes, repeated: again };
}

/**
 * Each input has a fixed part and a part that must grow in proportion to its characters. An input
 * far above what its size predicts (ten times the median cost per character, plus 250 ms for a
 * collection or a slow start) is measured again, cut to an eighth, a quarter and a half, to see how it grows;
 * the twenty worst are measured (an input may be dense in findings and still linear).
 */
export function timing(outcomes: readonly Outcome[], suspect: number): Timing {
  const rates = outcomes.map((o) => o.ms / (o.chars + FIXED)).sort((a, b) => a - b);
  const rate = rates[Math.floor(rates.length / 2)]!;
  const bound = (o: Outcome) => 250 + 10 * rate * (o.chars + FIXED);
  const candidates = outcomes.filter((o) => o.ms > bound(o)).sort((a, b) => b.ms / bound(b) - a.ms / bound(a)).slice(0, 20);
  const slow = candidates.map((outcome) => ({ outcome, ...growthExponent(inputOf(outcome.seed), suspect) }));
  return { rate, slow };
}
