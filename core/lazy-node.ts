// Node's built-in modules that only some commands need, loaded on first use: crypto, v8, vm, child_process and os
// each cost a command a few milliseconds at start, a good part of what a lint of a few files takes beyond Node itself.
import { createRequire } from "node:module";

const load = createRequire(import.meta.url);

/** A module loaded on the first call and kept: SARIF asks for crypto once per finding. */
function once<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(name) as T);
}

export const nodeCrypto = once<typeof import("node:crypto")>("node:crypto");
export const nodeV8 = once<typeof import("node:v8")>("node:v8");
export const nodeVm = once<typeof import("node:vm")>("node:vm");
export const childProcess = once<typeof import("node:child_process")>("node:child_process");
export const nodeOs = once<typeof import("node:os")>("node:os");
