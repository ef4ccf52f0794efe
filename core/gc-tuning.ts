// One setting of V8's garbage collector that Entente's workload needs, applied by the CLI and the language server at start.
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
