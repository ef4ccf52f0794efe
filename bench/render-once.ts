// One measured `entente render` of the bundled CLI, in-process; prints {ms, cpuMs, rssMB} for bench/render.ts.
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { main as Main } from "../cli/main.js";

const t0 = performance.now();
const bundle = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist", "cli.cjs");
const { main } = createRequire(import.meta.url)(bundle) as { main: typeof Main };
const [dir, name, format, output] = process.argv.slice(2) as [string, string, string, string];
const status = await main(["render", name, dir, "--format", format, "-o", output, "--today", "2026-06-01"]);
const ms = performance.now() - t0;
if (status !== 0) process.exit(status);
const usage = process.resourceUsage();
// CPU time as well as the clock's: on a shared machine the clock also counts the waits for a core.
console.log(JSON.stringify({ ms, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, rssMB: usage.maxRSS / 1024 }));
