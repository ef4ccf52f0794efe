// The settings of V8's garbage collector that Entente's workload needs, applied by the CLI and the language server.
import { nodeV8 } from "./lazy-node.js";

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

/** V8's own factor by which the young generation grows when much of what it holds survives. */
const GROWTH_FACTOR = 2;

/**
 * Holds the young generation at its size while a workspace is read (`true`), or lets it grow again
 * (`false`). What reading allocates is the model, and it lives on: V8 sees most of each minor
 * collection survive and doubles the young generation up to 32 MB, room that reading cannot use (its
 * objects are promoted all the same) and that the process then keeps. Held, a 24 MB lint peaks about
 * 16 MB lower and the server about 20 MB lower after indexing 12 MB, at the same speed. Checks want the
 * room back: their findings and answers die young, and with a young generation held small a register
 * with many findings took more memory and longer, and each keystroke about 2 ms more
 * (ARCHITECTURE.md, "Performance").
 */
export function readingMany(reading: boolean): void {
  try {
    nodeV8().setFlagsFromString(`--semi-space-growth-factor=${reading ? 1 : GROWTH_FACTOR}`);
  } catch {
    // Only a matter of memory: run with V8's defaults.
  }
}
