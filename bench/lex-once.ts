// Lexing every file of a workspace once, cold, in a fresh process; prints {ms, tokens, files} for bench/phases.ts's floor.
import { holdYoungGeneration } from "../core/v8-tuning.js";
import { collectFiles, readSource } from "../core/analysis/disk.js";
import { lex } from "../grammar/lexer.js";

/**
 * Why this exists: any lint reads each file and lexes it at least once, and runs every rule once, all of it in a
 * process whose code is cold. With the phases of the lint as built, this bounds from below what a lint of this
 * design can take, whatever its model (see ARCHITECTURE.md, "Performance").
 */
holdYoungGeneration(true);
const texts: string[] = [];
for (const file of collectFiles([process.argv[2]!], () => false).files) {
  const read = readSource(file);
  if ("text" in read) texts.push(read.text);
}
const t0 = performance.now();
let tokens = 0;
for (const text of texts) tokens += lex(text).count;
console.log(JSON.stringify({ ms: performance.now() - t0, tokens, files: texts.length }));
