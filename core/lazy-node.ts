// Node's built-in modules that only some commands need, loaded on first use: crypto, v8 and child_process
// each cost a command a few milliseconds at start, a good part of what a lint of a few files takes beyond Node itself.
import { createRequire } from "node:module";

const load = createRequire(import.meta.url);

export const nodeCrypto = (): typeof import("node:crypto") => load("node:crypto");
export const nodeV8 = (): typeof import("node:v8") => load("node:v8");
export const childProcess = (): typeof import("node:child_process") => load("node:child_process");
