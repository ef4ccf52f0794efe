// One measured `entente lint --format json` run (more arguments after the configuration) of the bundled CLI, in-process; prints {ms, loadMs, cpuMs, mainRunMs, mainWaitMs, rssMB} for bench/run.ts.
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { main as Main } from "../cli/main.js";
import { mainThreadTimes } from "./stats.js";
import { utf8Batches } from "../core/analysis/write.js";

const t0 = performance.now();
const cpu0 = process.cpuUsage();
const thread0 = mainThreadTimes();
// The bundle users run (dist/cli.cjs), not the per-module build in out/; `bench/ab.ts` names another checkout's.
const bundle = process.env.ENTENTE_BENCH_BUNDLE || join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist", "cli.cjs");
const { main } = createRequire(import.meta.url)(bundle) as { main: typeof Main };
const loadMs = performance.now() - t0;
const dir = process.argv[2]!;
const config = process.argv[3] || undefined;
/** More arguments for lint (`--new-since HEAD`). */
const extra = process.argv.slice(4);
let bytes = 0;
const status = main(["lint", dir, "--format", "json", "--today", "2026-06-01", ...(config ? ["--config", config] : []), ...extra], {
  stdout: (t) => { bytes += Buffer.byteLength(t); },
  // As the command writes a report: in UTF-8 batches of a megabyte, never as one text (which the tests' Io
  // takes, and which for the dirty register made a two-byte string of each megabyte).
  stdoutPieces: (pieces) => { for (const b of utf8Batches(pieces)) bytes += b.length; },
  stderr: (t) => void process.stderr.write(t),
  stdoutIsTerminal: false,
  cwd: process.cwd(),
  env: process.env,
  readStdin: () => new Uint8Array(),
});
const ms = performance.now() - t0;
if (status === 2) process.exit(2);
const cpu = process.cpuUsage(cpu0);
const thread1 = mainThreadTimes();
const thread = thread0 && thread1 ? { mainRunMs: thread1.runMs - thread0.runMs, mainWaitMs: thread1.waitMs - thread0.waitMs } : {};
console.log(JSON.stringify({ ms, loadMs, cpuMs: (cpu.user + cpu.system) / 1000, ...thread, rssMB: process.resourceUsage().maxRSS / 1024, outputBytes: bytes }));
