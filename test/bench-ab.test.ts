// The A/B benchmark's verdict: the ratio of two sets of runs' medians, and an interval that tells a difference from noise.
import assert from "node:assert/strict";
import { test } from "node:test";
import { medianRatio } from "../bench/ab.js";

const noisy = (centre: number, n: number, spread: number) => Array.from({ length: n }, (_, i) => centre + ((i * 7919) % 11 - 5) * spread);

test("runs that differ by a fifth are told apart; runs of the same build are not", () => {
  const faster = medianRatio(noisy(1000, 15, 10), noisy(1250, 15, 10));
  assert.ok(Math.abs(faster.ratio - 0.8) < 0.01, JSON.stringify(faster));
  assert.ok(faster.low <= faster.ratio && faster.ratio <= faster.high && faster.high < 1, JSON.stringify(faster));
  const same = medianRatio(noisy(1000, 15, 30), noisy(1000, 15, 30).reverse());
  assert.equal(same.ratio, 1);
  assert.ok(same.low < 1 && same.high > 1, JSON.stringify(same));
  // Noise as large as the difference: the interval says so rather than picking a side.
  const unclear = medianRatio(noisy(1000, 5, 60), noisy(1040, 5, 60));
  assert.ok(unclear.low < 1 && unclear.high > 1, JSON.stringify(unclear));
});

test("the same runs give the same interval", () => {
  const a = noisy(900, 9, 20);
  const b = noisy(1000, 9, 20);
  assert.deepEqual(medianRatio(a, b), medianRatio(a, b));
});
