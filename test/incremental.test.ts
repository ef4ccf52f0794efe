// Property test: after any sequence of edits, and of files put to rest and woken, the findings the editor published equal those of checking every file from scratch.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { collectFiles } from "../core/analysis/disk.js";
import { parseDate } from "../core/model/dates.js";
import { pick } from "./support/field-values.js";
import { examplesRoot, projectRoot } from "./support/paths.js";
import { smallWorld } from "./support/small-world.js";
import { session } from "./support/two-ways.js";
import { drawEdit, type Texts } from "./support/workspace-edits.js";

/** A fixed "today", so that the date rules decide the same on every run. */
const TODAY = (parseDate("2026-06-01") as { day: number }).day;
/**
 * About 8 s on two cores; deliberately broken dependency keys were each caught by most 500-run seeds.
 * ENTENTE_INCREMENTAL_RUNS=20000 for a longer hunt; ENTENTE_INCREMENTAL_SEED replays a reported seed.
 */
const RUNS = Number(process.env.ENTENTE_INCREMENTAL_RUNS ?? 500);
const SEED = process.env.ENTENTE_INCREMENTAL_SEED;

/** examples/, clean, and examples/violations/, with many findings, as identities relative to the project. */
const EXAMPLES: Texts = new Map(
  collectFiles([examplesRoot()], () => false).files.map((p) => [relative(projectRoot(), p), readFileSync(p, "utf8")]),
);
const only = (keep: (uri: string) => boolean): Texts => new Map([...EXAMPLES].filter(([uri]) => keep(uri)));
const BASES: [string, Texts][] = [
  ["examples/ without violations/", only((u) => !u.includes("/violations/"))],
  ["examples/violations/", only((u) => u.includes("/violations/"))],
  ["all of examples/", EXAMPLES],
];

/** A workspace to start from: a small generated one, one of the bases, or a random part of the examples (references then go unresolved). */
function base(g: fc.GeneratorValue): [string, Texts] {
  const choice = g(fc.nat, { max: 5 });
  if (choice < 3) return ["a small generated workspace", smallWorld(g)];
  if (choice < 5) return pick(g, BASES);
  const uris = g(fc.subarray, [...EXAMPLES.keys()], { minLength: 1 });
  return [`examples/ in part: ${uris.join(", ")}`, only((u) => uris.includes(u))];
}

/**
 * Applies random edits through the scheduler, settling after most of them (so that some edits arrive together, as
 * a burst of keystrokes or a move between files does), and compares with a check from scratch after each settling.
 */
function editsAgree(g: fc.GeneratorValue, wholeFiles = false): void {
  const [name, texts] = base(g);
  const s = session(texts, TODAY, { wholeFiles });
  const log = [`start: ${name}${wholeFiles ? " (each change read as a whole file from disk)" : ""}`, ...(name.startsWith("a small") ? [...texts].map(([uri, text]) => `${uri}:\n${text}`) : [])];
  const agree = (when: string) => {
    const difference = s.difference();
    if (difference) assert.fail(`${when}, the editor's findings differ from a check from scratch.\n\nEdits:\n  ${log.join("\n  ")}\n\nFirst differing file: ${difference}`);
  };
  s.settle();
  agree("At the start");
  const steps = g(fc.integer, { min: 1, max: 10 });
  for (let i = 1; i <= steps; i++) {
    const edit = drawEdit(g, s.texts);
    s.apply(edit);
    log.push(`${i}. ${edit.what}`);
    if (i < steps && g(fc.nat, { max: 3 }) === 0) continue;
    log.push("   (settled)");
    s.settle();
    agree(`After edit ${i}`);
    if (g(fc.nat, { max: 2 }) > 0) continue;
    // The server lets closed files rest when it idles: what wakes them (the next edits, or checks that read them) must find what was there.
    const resting = g(fc.subarray, [...s.texts.keys()]);
    s.rest(resting);
    log.push(`   (at rest: ${resting.join(", ") || "none"})`);
    if (g(fc.boolean)) {
      s.recheck();
      log.push("   (every file checked again)");
      agree(`After the files rested and every file was checked again, after edit ${i}`);
    }
  }
}

test(`incremental checking equals checking from scratch after random edits (${RUNS} runs)`, async () => {
  // Each run is synchronous, as the editor's settle() is; the wait after it lets the timer the scheduler armed on the
  // last edit fire (it finds nothing left to do), which would otherwise keep every run's workspace alive to the end.
  const run = async (g: fc.GeneratorValue) => {
    editsAgree(g);
    await new Promise((resolve) => setImmediate(resolve));
  };
  await fc.assert(fc.asyncProperty(fc.gen(), run), { numRuns: RUNS, includeErrorInReport: true, ...(SEED ? { seed: Number(SEED) } : {}) });
});

/** Fewer runs for files replaced whole: the keys of such a change are worked out apart from the keystrokes' (`changedDecls`). */
const WHOLE_FILE_RUNS = Math.max(1, Math.round(RUNS * 0.4));

test(`incremental checking equals checking from scratch when files change whole on disk (${WHOLE_FILE_RUNS} runs)`, async () => {
  const run = async (g: fc.GeneratorValue) => {
    editsAgree(g, true);
    await new Promise((resolve) => setImmediate(resolve));
  };
  await fc.assert(fc.asyncProperty(fc.gen(), run), { numRuns: WHOLE_FILE_RUNS, includeErrorInReport: true, ...(SEED ? { seed: Number(SEED) } : {}) });
});

// Regression cases: what the property found, minimised by hand.

test("a name declared in two files is resolved to the same declaration whatever order the files were edited in", () => {
  // The index appended a re-read file's declarations to the lists by name, so that after an edit of a.entente
  // wrong-reference-kind named b.entente's agreement where a check from scratch names a.entente's disclosure.
  const s = session(new Map([
    ["a.entente", "disclosure X {\n}\n"],
    ["b.entente", "agreement X {\n}\n"],
    ["c.entente", "assessment W {\n  service: X\n}\n"],
  ]), TODAY);
  s.settle();
  s.apply({ what: "a blank line at the end of a.entente", changes: [["a.entente", "disclosure X {\n}\n\n"]] });
  s.settle();
  assert.equal(s.difference(), undefined);
});
