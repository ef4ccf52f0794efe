// `npm run bench:phases -- [WORKSPACE] [RUNS]`: where a large lint's time goes, phase by phase, with the fresh pages and collections of each.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Phase } from "./phases-once.js";
import { measure, median, table, warmPageCache } from "./stats.js";

/**
 * Why this exists: the lint's time is spread over many small costs, and what a change of the model gains shows
 * in one phase before it shows in the whole. Each run is a fresh process of the per-module build (out/), which
 * reaches the phases the bundle hides, reading the workspace through the lint's own `readWorkspace`; a run of the
 * bundle's lint (`lint-once.js`) alternates with it, so that the table says how far the phases are from the lint users run.
 */
interface PhasesRun {
  /** By name, in the order the phases first ran. */
  phases: Record<string, Phase>;
  /** The main thread's own time over all the phases (Linux only). */
  mainRunMs?: number;
  findings: number;
  files: number;
  rssMB: number;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const workspace = resolve(process.argv[2] ?? join(root, ".cache", "bench", "12MB"));
const runs = Number(process.argv[3] ?? 7);
if (!existsSync(workspace)) throw new Error(`${workspace} does not exist (npm run bench makes the generated workspaces)`);

/** The workspace's JSON twin, which `npm run bench` writes beside a generated workspace: the reference of the floor below. */
const twin = `${workspace}.json`;
const phased: PhasesRun[] = [];
const whole: { ms: number; loadMs: number; mainRunMs?: number }[] = [];
const lexed: { ms: number }[] = [];
const parsed: { ms: number }[] = [];
warmPageCache(workspace, ...(existsSync(twin) ? [twin] : []));
for (let i = 0; i < runs; i++) {
  phased.push(measure<PhasesRun>("phases-once.js", [workspace]));
  whole.push(measure<{ ms: number; loadMs: number; mainRunMs?: number }>("lint-once.js", [workspace]));
  lexed.push(measure<{ ms: number }>("lex-once.js", [workspace]));
  if (existsSync(twin)) parsed.push(measure<{ ms: number }>("json-once.js", [twin]));
}

const first = phased[0]!;
const names = Object.keys(first.phases);
const fixed = (x: number) => x.toFixed(0);
const sum = (r: PhasesRun, k: "ms" | "gcs" | "gcMs" | "faults") => names.reduce((n, p) => n + (r.phases[p]![k] ?? 0), 0);
const rows = [["phase", "wall ms", "collections", "their pauses ms", "fresh pages"]];
for (const p of names) {
  const pick = (k: "ms" | "gcs" | "gcMs" | "faults") => fixed(median(phased.map((r) => r.phases[p]![k] ?? 0)));
  // Two phases that alternate file by file have their fresh pages counted together (phases-once.ts, `lap`).
  const faultsWith = first.phases[p]!.faultsWith;
  const faults = faultsWith === undefined ? "" : `${pick("faults")} (with ${faultsWith})`;
  rows.push([p, pick("ms"), pick("gcs"), pick("gcMs"), faults]);
}
rows.push(["sum", ...(["ms", "gcs", "gcMs", "faults"] as const).map((k) => fixed(median(phased.map((r) => sum(r, k)))))]);
console.log(`${workspace}: ${first.files} files, ${first.findings} findings; the median of ${runs} fresh processes per phase\n`);
table(rows);
const threads = (rs: { mainRunMs?: number }[]) => rs.map((r) => r.mainRunMs).filter((x): x is number => x !== undefined);
if (threads(phased).length > 0) console.log(`\nThe main thread ran ${fixed(median(threads(phased)))} ms of the phases.`);
console.log(`The bundle's lint (out/bench/lint-once.js, JSON output, run alternately): ${fixed(median(whole.map((w) => w.ms)))} ms`
  + (threads(whole).length > 0 ? `, its main thread ${fixed(median(threads(whole)))} ms` : "") + `; loading the bundle (${fixed(median(whole.map((w) => w.loadMs)))} ms) is in it and in no phase above.`);
console.log("The first reading includes finding the files (about 10 ms) and the lint's tuning of V8. Collections: V8's pauses of the main thread that"
  + " began in the phase. Fresh pages: minor page faults of the whole process (the compiler's threads too), each a page the process touched"
  + " first; on a virtual machine that backs memory page by page, about 12 µs each.");

floor();

/**
 * What no lint of this design can go below: load the bundle, read every file, lex it once and run the rules once,
 * each cold, with the parsing, binding, index and waking in between taken as free.
 */
function floor(): void {
  const at = (p: string) => median(phased.map((r) => r.phases[p]?.ms ?? 0));
  const parts: [string, number][] = [
    ["loading the bundle", median(whole.map((w) => w.loadMs))], ["reading the files", at("reading the files")],
    ["lexing each file once (lex-once.js)", median(lexed.map((l) => l.ms))], ["the rules", at("rules")],
  ];
  const total = parts.reduce((n, [, ms]) => n + ms, 0);
  const json = parsed.length > 0 ? median(parsed.map((p) => p.ms)) : undefined;
  console.log(`\nA floor: ${parts.map(([what, ms]) => `${what} ${fixed(ms)}`).join(" + ")} = ${fixed(total)} ms`
    + (json === undefined ? "." : `, ${(total / json).toFixed(2)}× JSON.parse of the same content (${fixed(json)} ms, json-once.js, run alternately).`));
}
