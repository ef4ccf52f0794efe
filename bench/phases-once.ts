// One lint of a workspace in phases (find, read, first reading, waking, rules), each with its time, fresh pages and collections; prints one JSON line for bench/phases.ts.
import { PerformanceObserver, type PerformanceEntry } from "node:perf_hooks";
import { favourMainThread, holdYoungGeneration, tuneCompiler, tuneGarbageCollector } from "../core/v8-tuning.js";
import { mainThreadTimes } from "./stats.js";

// Loading the per-module build (two hundred modules) would grow the young generation to 16 MB before the lint
// holds it; the bundle's loading leaves it at 2 MB. Held first, the collections are those of the lint users run.
holdYoungGeneration(true);
const { openWorkspace } = await import("../cli/workspace.js");

/** What one phase cost: wall time, fresh pages (minor faults of every thread; see `lap`), and the collector's pauses that began in it. */
export interface Phase {
  ms: number;
  faults: number;
  gcMs: number;
  gcs: number;
}

const gcs: PerformanceEntry[] = [];
const observer = new PerformanceObserver((list) => void gcs.push(...list.getEntries()));
observer.observe({ entryTypes: ["gc"] });

const io = {
  stdout: () => {}, stderr: (t: string) => void process.stderr.write(t), stdoutIsTerminal: false,
  cwd: process.cwd(), env: process.env, readStdin: () => new Uint8Array(),
};

const phases = new Map<string, Phase & { spans: [number, number][] }>();
let last = performance.now();
let lastFaults = process.resourceUsage().minorPageFault;

/**
 * Adds the time since the last lap to `phase`. Waking and the rules alternate file by file, so each is many spans;
 * between them only the clock is read: the fresh pages come from `process.resourceUsage()`, about 9 µs a call,
 * which 2,500 laps would add to the phases. They are counted where a phase ends for good (`faults`), so waking
 * and the rules share one count.
 */
function lap(phase: string, faults = true): void {
  const now = performance.now();
  const p = phases.get(phase) ?? { ms: 0, faults: 0, gcMs: 0, gcs: 0, spans: [] };
  phases.set(phase, p);
  p.ms += now - last;
  p.spans.push([last, now]);
  if (faults) {
    const f = process.resourceUsage().minorPageFault;
    p.faults += f - lastFaults;
    lastFaults = f;
  }
  last = performance.now();
}

const thread0 = mainThreadTimes();
// As `entente lint` reads a large workspace (cli/workspace.ts, readWorkspace), with the reading of each file's
// text and its first reading apart: the same work, in two passes instead of one.
const { analysis, files } = openWorkspace({ paths: [process.argv[2]!], today: "2026-06-01" }, io);
tuneGarbageCollector();
tuneCompiler();
favourMainThread();
// What readWorkspace decides for a lint of 100 files or more and more than a megabyte, which the bench's workspaces are.
analysis.bounded = files.length >= 100;
lap("find");
const sources = files.map((path) => analysis.source.readSource(path));
lap("read");
for (let i = 0; i < files.length; i++) {
  const s = sources[i]!;
  if ("error" in s) continue;
  analysis.setFile(analysis.idOf(files[i]!), s.text, s.readError, false);
  if (analysis.bounded) analysis.ws.restCold();
}
sources.length = 0;
lap("first reading");
let findings = 0;
const ids = [...analysis.ws.files.keys()];
for (let i = 0; i < ids.length; i++) {
  analysis.ws.file(ids[i]!); // wakes it, as the check would
  lap("waking", false);
  findings += analysis.check(ids[i]!, false).length;
  lap("rules", i === ids.length - 1);
}
const thread1 = mainThreadTimes();

// The collector's entries arrive after the synchronous work (a turn of the event loop is not enough: Node hands
// them over on a timer); each counts in the phase whose span holds its start.
await new Promise((resolve) => setTimeout(resolve, 50));
observer.disconnect();
for (const e of gcs) {
  for (const p of phases.values()) {
    if (!p.spans.some(([from, to]) => e.startTime >= from && e.startTime < to)) continue;
    p.gcMs += e.duration;
    p.gcs++;
    break;
  }
}
const out = Object.fromEntries([...phases].map(([name, { ms, faults, gcMs, gcs: n }]) => [name, { ms, faults, gcMs, gcs: n }]));
const mainRunMs = thread0 && thread1 ? thread1.runMs - thread0.runMs : undefined;
console.log(JSON.stringify({ phases: out, mainRunMs, findings, files: files.length, rssMB: process.resourceUsage().maxRSS / 1024 }));
