// Where parse.ts gets the grammar from. Here, a plain import; the bundles replace this module with one
// that requires `grammar.cjs` on first use, so that a command whose files all parse on the fast path
// never loads Chevrotain (scripts/build.mjs, plugin `lazyGrammar`).
import * as recover from "./recover.js";

export function loadRecover(): typeof recover {
  return recover;
}
