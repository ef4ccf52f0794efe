// Whole-process figures of `npm run bench`: a dirty register's lint against a process that parses its JSON twin, and `lint examples` against `node -e 0`.
import { spawnSync } from "node:child_process";
import { closeSync, openSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { recordFigure } from "./issue-11.js";
import { median, warmPageCache } from "./stats.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const entente = join(root, "bin", "entente.js");
/** What bench/peak-rss.ts writes to a child's stderr before the peak RSS in kilobytes. */
const PEAK_RSS_MARK = "entente-bench-peak-rss-kb=";

/**
 * Spawns `node <args>` the way a user's shell would and times it from outside, start-up and exit included.
 * With `output`, stdout goes to that file (as `> report.json` does); otherwise it is thrown away. The peak
 * RSS comes from bench/peak-rss.ts, loaded into the child with --import when `rss` is set.
 */
/** Runs node; its standard output into a file (`output`), into a pipe read by this process (`piped`), or nowhere. */
function run(args: string[], options: { output?: string; piped?: boolean; rss?: boolean } = {}): { wallMs: number; peakMB: number; pipedBytes: number } {
  const fd = options.output ? openSync(options.output, "w") : options.piped ? "pipe" : "ignore";
  const pre = options.rss ? ["--import", pathToFileURL(join(here, "peak-rss.js")).href] : [];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...pre, ...args], { cwd: root, stdio: ["ignore", fd, "pipe"], encoding: "utf8", maxBuffer: 1 << 30 });
  const wallMs = performance.now() - t0;
  if (typeof fd === "number") closeSync(fd);
  // lint exits 1 when it reports findings, which is what it is asked to do here.
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(" ")} exited with ${r.status}: ${r.stderr}`);
  const kb = Number(r.stderr.split(PEAK_RSS_MARK)[1] ?? NaN);
  return { wallMs, peakMB: kb / 1024, pipedBytes: r.stdout ? Buffer.byteLength(r.stdout) : 0 };
}

/**
 * `entente lint --format json` over the 12 MB dirty workspace (most declarations with findings), against a
 * fresh process that reads the workspace's JSON twin and parses it: both spawned alike, interleaved, the
 * median of `runs` each. Returns the table's lines.
 */
export function dirtyRegister(ws: { dir: string; json: string; size: number; files: number }, runs: number, scratch: string): string[] {
  const report = join(scratch, "dirty-report.json");
  const lint: { wallMs: number; peakMB: number }[] = [];
  const json: { wallMs: number; peakMB: number }[] = [];
  warmPageCache(ws.dir, ws.json);
  for (let i = 0; i < runs; i++) {
    lint.push(run([entente, "lint", ws.dir, "--format", "json", "--today", "2026-06-01"], { output: report, rss: true }));
    json.push(run([join(here, "json-once.js"), ws.json], { output: join(scratch, "dirty-json.out"), rss: true }));
  }
  const findings = (JSON.parse(readFileSync(report, "utf8")) as { diagnostics: unknown[] }).diagnostics.length;
  const lintMs = median(lint.map((m) => m.wallMs));
  const jsonMs = median(json.map((m) => m.wallMs));
  const peak = median(lint.map((m) => m.peakMB));
  const ratio = lintMs / jsonMs;
  recordFigure({ what: "lint 12 MB dirty process ÷ JSON.parse process", figure: `${ratio.toFixed(2)}× (${lintMs.toFixed(0)} / ${jsonMs.toFixed(0)} ms, ${findings} findings)`, target: "≤ 3.5×", met: ratio <= 3.5 });
  recordFigure({ what: "lint 12 MB dirty peak RSS", figure: `${peak.toFixed(0)} MB`, target: "≤ 300 MB", met: peak <= 300 });
  return [
    `Dirty register, ${(ws.size / 1e6).toFixed(2)} MB in ${ws.files} files, most declarations with findings: ${findings} findings in the JSON report.`,
    `  lint process wall ${lintMs.toFixed(0)} ms, peak RSS ${peak.toFixed(0)} MB (target ≤ 300 MB); JSON.parse process wall ${jsonMs.toFixed(0)} ms `
      + `(peak RSS ${median(json.map((m) => m.peakMB)).toFixed(0)} MB); ratio ${ratio.toFixed(2)}× (target ≤ 3.5×). Median of ${runs}, interleaved.`,
    "  Both sides are fresh `node` processes timed from outside: `node bin/entente.js lint <dir> --format json` with its report written to a file,",
    "  and `node out/bench/json-once.js <twin>.json`, which reads the same content as one JSON text and parses it.",
  ];
}

/**
 * The dirty register's lint in each of the other report formats, piped on to another program (as CI logs
 * and `| tee` take it), with `--write-baseline` (the way a team adopts Entente on an old register), written again, and with
 * that baseline in force (every lint after): wall
 * time, peak RSS and the size of what it wrote (with `--sarif-output`, the log), the median of `runs`. Every one is made file by file as the
 * files are checked and written as it is made; this table is what shows it if one stops being so.
 */
export function dirtyFormats(ws: { dir: string }, runs: number, scratch: string): string[] {
  const rows = [["dirty 12 MB", "lint process wall", "peak RSS", "output"]];
  const baseline = join(scratch, "dirty-baseline.json");
  const sarif = join(scratch, "dirty-log.sarif");
  const out = join(scratch, "dirty-format.out");
  // Each way, the file whose size the table gives (none: what went through the pipe), and whether the baseline is removed before each run.
  const ways: [string, string[], string | undefined, boolean][] = [
    ...["stylish", "sarif", "junit", "github"].map((f): [string, string[], string, boolean] => [`--format ${f}`, ["--format", f], out, true]),
    ["--format json, piped", ["--format", "json"], undefined, true],
    // What the GitHub Action runs: annotations for the job's log, and the log for code scanning, from one lint.
    ["github + --sarif-output", ["--format", "github", "--sarif-output", sarif], sarif, true],
    // The day a team adopts Entente (no baseline there before), a later day it records what was fixed (the old one read for its
    // reasons), and every lint after that, with all 68,000 findings accepted.
    ["--write-baseline", ["--write-baseline", "--baseline", baseline], baseline, true],
    ["--write-baseline again", ["--write-baseline", "--baseline", baseline], baseline, false],
    ["json, baseline in force", ["--format", "json", "--baseline", baseline], out, false],
  ];
  for (const [name, args, written, fresh] of ways) {
    const piped = written === undefined;
    const m = Array.from({ length: runs }, () => {
      if (fresh) rmSync(baseline, { force: true });
      return run([entente, "lint", ws.dir, "--today", "2026-06-01", ...args], piped ? { piped, rss: true } : { output: out, rss: true });
    });
    const bytes = written === undefined ? m[0]!.pipedBytes : statSync(written).size;
    rows.push([name, `${median(m.map((x) => x.wallMs)).toFixed(0)} ms`, `${median(m.map((x) => x.peakMB)).toFixed(0)} MB`, `${(bytes / 1e6).toFixed(1)} MB`]);
  }
  rmSync(baseline, { force: true });
  rmSync(sarif, { force: true });
  return rows.map((r) => r.map((c, i) => c.padEnd([24, 19, 10, 8][i]!)).join("").trimEnd());
}

/** `node bin/entente.js lint examples` (the bundled examples) against `node -e 0`, interleaved, the median of `runs` each. */
export function lintExamples(runs: number): string[] {
  // One of each first, so that neither side pays for a cold file cache.
  run([entente, "lint", "examples"]);
  run(["-e", "0"]);
  const lint: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < runs; i++) {
    lint.push(run([entente, "lint", "examples"]).wallMs);
    bare.push(run(["-e", "0"]).wallMs);
  }
  const ratio = median(lint) / median(bare);
  recordFigure({ what: "lint examples process ÷ node -e 0", figure: `${ratio.toFixed(2)}× (${median(lint).toFixed(0)} / ${median(bare).toFixed(0)} ms)`, target: "≤ 2×", met: ratio <= 2 });
  return [
    `lint examples: \`node bin/entente.js lint examples\` ${median(lint).toFixed(0)} ms against \`node -e 0\` ${median(bare).toFixed(0)} ms, whole process wall: `
      + `${ratio.toFixed(2)}× (target ≤ 2×). Median of ${runs}, interleaved.`,
  ];
}
