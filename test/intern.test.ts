// The table of shared short names gives back exactly the text asked for, when full, when slots collide, and after words put in first.
import assert from "node:assert/strict";
import { test } from "node:test";
import { internNames, internRange } from "../grammar/intern.js";

/** A name of 1–12 characters from a small alphabet, so that many names share lengths and hash slots. */
function nameOf(n: number): string {
  const alphabet = "ab-1Z";
  let s = "";
  do {
    s += alphabet[n % alphabet.length];
    n = Math.floor(n / alphabet.length);
  } while (n > 0);
  return s;
}

// The table is one for the process and fills for good: the test that needs room in it comes first.

/** The table's hash (FNV-1a, 32 bits), to find two names that only the characters themselves tell apart. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

test("two names of the same length and hash are told apart by their characters", () => {
  const seen = new Map<number, string>();
  let pair: [string, string] | undefined;
  for (let i = 0; !pair && i < 1_000_000; i++) {
    const name = `N${i.toString(36).padStart(6, "0")}`;
    const other = seen.get(fnv(name));
    if (other !== undefined) pair = [other, name];
    else seen.set(fnv(name), name);
  }
  assert.ok(pair, "no two names of seven characters with the same hash among a million");
  const [a, b] = pair;
  assert.notEqual(a, b);
  assert.equal(internRange(` ${a} `, 1, 1 + a.length), a);
  assert.equal(internRange(` ${b} `, 1, 1 + b.length), b);
  assert.equal(internRange(`${a}`, 0, a.length), a);
});

test("every name read back is the text of its range, before, while and after the table fills (60,000 names, each read three times)", () => {
  internNames(["service", "approval"]);
  const names = Array.from({ length: 60_000 }, (_, i) => nameOf(i));
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i * 7919 + round) % names.length]!;
      // Text around the name, different in each round, so the range never starts at 0 nor ends at the text's end.
      const text = `${round}x ${name} y${i}`;
      const start = 3;
      assert.equal(internRange(text, start, start + name.length), name);
    }
  }
  assert.equal(internRange("  service:", 2, 9), "service");
  assert.equal(internRange("approval", 0, 8), "approval");
  assert.equal(internRange("approvals", 0, 8), "approval");
  assert.equal(internRange("approvals", 0, 9), "approvals");
  assert.equal(internRange("x", 0, 0), "");
});
