// The settings of V8's garbage collector, its optimizing compiler and its helper threads that Entente's workload needs, applied by the CLI and the language server.
import { readdirSync } from "node:fs";
import { nodeOs, nodeV8, nodeVm } from "./lazy-node.js";

let tuned = false;

/**
 * Switches off allocation-site pretenuring. Reading a workspace makes V8 see that the syntax trees
 * survive, so it starts to allocate their objects directly in the old generation; from then on
 * every re-parse of an edited file leaves old objects pointing at young ones, and each minor
 * collection has to scan them all: with a 1,000-file workspace loaded, a minor collection took
 * 15-35 ms instead of 1-2 ms, and an edit took twice as long to check (measured with
 * `--trace-gc-nvp`; see ARCHITECTURE.md, "Performance"). A full lint gains a few per cent as well.
 */
export function tuneGarbageCollector(): void {
  if (tuned) return;
  tuned = true;
  try {
    nodeV8().setFlagsFromString("--no-allocation-site-pretenuring");
  } catch {
    // Only a matter of speed: run with V8's defaults.
  }
}

/**
 * How much bytecode TurboFan may inline into one function, together: about a fifth of V8's 920. A large lint
 * spends about half its time before its code is optimized, and on a machine with two cores TurboFan's work
 * competes with the lint itself: with V8's limit, the optimizations of a 12 MB lint took 1.6 s of a background
 * thread; with this one 0.8 s, and the lint about 15 % less time (ARCHITECTURE.md, "Performance").
 */
const INLINED_BYTECODE = 200;

/**
 * Lets TurboFan inline less (`INLINED_BYTECODE`): Entente's runs are over, or its answers due, before code that
 * inlines more pays back the time taken to make it. Set before the checks' code is first optimized: by a lint of
 * many files, and by the server at start (its indexing is such a run, and its edits were no slower after it).
 */
export function tuneCompiler(): void {
  try {
    nodeV8().setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE}`);
  } catch {
    // Only a matter of speed: run with V8's defaults.
  }
}

/** How much lower the helper threads' priority is set than the main thread's (a nice value; 19 is the lowest). */
const HELPER_NICENESS = 10;

/**
 * Lowers the priority of the process's other threads (V8's compiler and collector helpers, Node's own) below the
 * main thread's, where the system says which they are (Linux's `/proc/self/task`; elsewhere nothing changes).
 * A large lint keeps the main thread busy throughout, and on a machine with two cores V8's background work
 * took the main thread's core from it about a tenth of the time: a 12 MB lint's main thread waited about 115 ms of
 * 960 for a core, and about 40 ms with its helpers lowered, and the whole lint took about 6 % less time, although
 * optimized code then comes a little later (ARCHITECTURE.md, "Performance"). On a machine with cores to spare it
 * changes nothing. A child process (git) is started from the main thread and keeps its priority.
 */
export function favourMainThread(): void {
  try {
    const os = nodeOs();
    const main = process.pid;
    const niceness = Math.min(19, os.getPriority(main) + HELPER_NICENESS);
    for (const entry of readdirSync("/proc/self/task")) {
      const thread = Number(entry);
      if (thread === main || !Number.isInteger(thread)) continue;
      try {
        os.setPriority(thread, niceness);
      } catch {
        // A thread that ended meanwhile: the others are still lowered.
      }
    }
  } catch {
    // Only a matter of speed: a system without per-thread priorities runs as it is.
  }
}

/** V8's own factor by which the young generation grows when much of what it holds survives. */
const GROWTH_FACTOR = 2;

/**
 * Holds the young generation at its size (`true`), or lets it grow again (`false`). What reading a
 * workspace allocates is the model, and it lives on: V8 sees most of each minor collection survive and
 * doubles the young generation up to 32 MB, room that reading cannot use (its objects are promoted all
 * the same) and that the process then keeps. A lint holds it to its end: 12 MB peaks about 25 MB lower,
 * 24 MB about 28 MB and the dirty register about 30 MB, at the same speed (SARIF, with its larger
 * results, takes about 8 % longer). The server holds it until every file has been checked once, and
 * then lets it grow: held while editing, each keystroke took about 2 ms more (ARCHITECTURE.md, "Performance").
 */
export function holdYoungGeneration(hold: boolean): void {
  try {
    nodeV8().setFlagsFromString(`--semi-space-growth-factor=${hold ? 1 : GROWTH_FACTOR}`);
  } catch {
    // Only a matter of memory: run with V8's defaults.
  }
}

/** V8's `gc`, asked for once: each asking makes a context of its own. */
let gc: (() => void) | undefined;

function exposedGc(): (() => void) | undefined {
  nodeV8().setFlagsFromString("--expose-gc");
  return nodeVm().runInNewContext("gc") as (() => void) | undefined;
}

/**
 * A full collection now, where V8 lets a script ask for one: after the language server has let go of the
 * bodies of a workspace's closed files, so that the memory goes back to the system while the drafter reads
 * rather than at V8's next occasion, which an idle server may not reach for a long time. Without it, the
 * garbage stays until then: nothing is lost but memory.
 */
export function collectNow(): void {
  try {
    const v8 = nodeV8();
    gc ??= exposedGc();
    // What lives on is spread over pages the bodies shared: without moving it, a collection frees few whole pages.
    v8.setFlagsFromString("--compact-on-every-full-gc");
    try {
      gc?.();
    } finally {
      v8.setFlagsFromString("--no-compact-on-every-full-gc");
    }
  } catch {
    // Only a matter of memory.
  }
}
