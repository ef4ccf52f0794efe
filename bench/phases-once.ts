// One lint of a workspace in phases (reading the files, the first reading, waking, rules), each with its time, fresh pages and collections; prints one JSON line for bench/phases.ts.
import { PerformanceObserver, type PerformanceEntry } from "node:perf_hooks";
import { holdYoungGeneration } from "../core/v8-tuning.js";
import { mainThreadTimes } from "./stats.js";

// Loading the per-module build (two hundred modules) would grow the young generation to 16 MB before the lint
// holds it; the bundle's loading leaves it at 2 MB. Held first, the collections are those of the lint users run.
holdYoungGeneration(true);
const { readWorkspace } = await import("../cli/workspace.js");
const { diskSource } = await import("../core/analysis/file-source.js");

/**
 * What one phase cost: wall time, the collector's pauses that began in it, and fresh pages (minor faults of every
 * thread), counted only for the second of two phases that alternate, for both together (see `lap`).
 */
export interface Phase {
  ms: number;
  faults?: number;
  /** The phase whose fresh pages `faults` counts too. */
  faultsWith?: string;
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

/** The phases in the order they first ran, which is the order bench/phases.ts shows them in. */
const phases = new Map<string, Phase & { spans: [number, number][] }>();
let last = performance.now();
let lastFaults = process.resourceUsage().minorPageFault;

/**
 * Adds the time since the last lap to `phase`. Phases alternate file by file (reading a file and reading it for
 * the index; waking a file and checking it), so each is many spans; between them only the clock is read: the
 * fresh pages come from `process.resourceUsage()`, about 9 µs a call, which thousands of laps would add to the
 * phases. They are counted where a pair of phases ends (`faultsWith` names the other), for the pair.
 */
function lap(phase: string, faultsWith?: string): void {
  const now = performance.now();
  const p = phases.get(phase) ?? { ms: 0, gcMs: 0, gcs: 0, spans: [] };
  phases.set(phase, p);
  p.ms += now - last;
  p.spans.push([last, now]);
  if (faultsWith !== undefined) {
    const f = process.resourceUsage().minorPageFault;
    p.faults = (p.faults ?? 0) + f - lastFaults;
    p.faultsWith = faultsWith;
    lastFaults = f;
  }
  last = performance.now();
}

const thread0 = mainThreadTimes();
// The lint's own reading (cli/workspace.ts: its tuning, its choice to let files rest), with each file's reading
// from disk timed apart: the disk source is the one `entente lint` reads through.
const readSource = diskSource.readSource;
diskSource.readSource = (path) => {
  lap("first reading");
  const read = readSource(path);
  lap("reading the files");
  return read;
};
const { analysis } = readWorkspace({ paths: [process.argv[2]!], today: "2026-06-01", bounded: true }, io);
diskSource.readSource = readSource;
lap("first reading", "reading the files");
let findings = 0;
const ids = [...analysis.ws.files.keys()];
for (let i = 0; i < ids.length; i++) {
  analysis.ws.file(ids[i]!); // wakes it, as the check would
  lap("waking");
  findings += analysis.check(ids[i]!, false).length;
  lap("rules", i === ids.length - 1 ? "waking" : undefined);
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
const out = Object.fromEntries([...phases].map(([name, { spans: _, ...phase }]) => [name, phase]));
const mainRunMs = thread0 && thread1 ? thread1.runMs - thread0.runMs : undefined;
console.log(JSON.stringify({ phases: out, mainRunMs, findings, files: ids.length, bounded: analysis.bounded, rssMB: process.resourceUsage().maxRSS / 1024 }));
