// `npm run bench:render`: rendering an agreement of 40 clauses to each format in a fresh process, and the preview's redraw after a keystroke.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Analysis } from "../core/analysis/analysis.js";
import { parseDate } from "../core/model/dates.js";
import { RENDER_FORMATS } from "../core/features/render/render.js";
import { measure, median, table } from "./stats.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

/** A clean workspace: the own service, a partner weighed, and a signed memorandum of 40 clauses (some with lists) and 2 annexes. */
function agreement40(): string {
  const clause = (n: number) => {
    const list = n % 5 === 0 ? "\n\n      1. The receiving Participant keeps a record of what it received.\n         (a) It states the date.\n         (b) It states the origin.\n      2. The record is kept for five years." : "";
    return `  clause ${n} "Provision ${n}" {
    concerns: ${n === 3 ? "third-party-rule" : "other"}
    text: """
      Information provided under this Memorandum shall not be disclosed to a third party without the
      prior written consent of the providing Participant, and is used only for the purpose for which it
      was provided, within the restrictions the providing Participant states with it (provision ${n}).${list}
    """
  }`;
  };
  return `service MIVD "Militaire Inlichtingen- en Veiligheidsdienst" {
  country: NL
  type: military-intelligence
  own: yes
}

service ALPHA "Alphaland Defence Intelligence Agency" {
  country: XA
  type: military-intelligence
  priority: primary
  relationship: trusted
}

assessment ALPHA-2026 "Weighing note" {
  service: ALPHA
  date: 2026-01-15
  approval: director 2026-01-20 "DIR/2026/009"
  criteria {
    human-rights: met "Oversight."
    professionalism: met "Reliable."
    international-obligations: met "Ally."
    task-performance: met "Useful."
    reciprocity: met "Balanced."
  }
  permits: [general-data, personal-data]
  review-by: 2028-01-15
}

agreement MOU-40 "Memorandum of Understanding of forty clauses" {
  form: mou
  kind: intelligence
  parties: [MIVD, ALPHA]
  status: signed
  ministry-review: 2026-02-01 "BS/2026/001"
  signed: 2026-03-01
  expires: 2031-03-01
  covers: [general-data, personal-data]
${Array.from({ length: 40 }, (_, i) => clause(i + 1)).join("\n")}
  annex 1 "Points of contact" {
    text: "MIVD: Bureau External Relations. ALPHA: Directorate of Foreign Liaison."
  }
  annex 2 "Secure line" {
    text: "The Participants exchange written information over the accredited secure line only."
  }
}
`;
}

async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "entente-bench-render-"));
  mkdirSync(join(dir, "ws"));
  const text = agreement40();
  writeFileSync(join(dir, "ws", "mou.entente"), text);
  console.log(`Rendering an agreement of 40 clauses (${(text.length / 1024).toFixed(0)} KB of source), median of ${RUNS} runs (Node ${process.version}).\n`);
  const rows = [["format", "fresh process (wall)", "in-process", "CPU (whole process)", "peak RSS", "output"]];
  for (const format of RENDER_FORMATS) {
    const out = join(dir, `mou.${format}`);
    const wall: number[] = [];
    const inside: { ms: number; cpuMs: number; rssMB: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [join(root, "bin", "entente.js"), "render", "MOU-40", join(dir, "ws"), "--format", format, "-o", out, "--today", "2026-06-01"], { encoding: "utf8" });
      wall.push(performance.now() - t0);
      if (r.status !== 0) throw new Error(`render ${format} failed: ${r.stderr}`);
      inside.push(measure<{ ms: number; cpuMs: number; rssMB: number }>("render-once.js", [join(dir, "ws"), "MOU-40", format, out]));
    }
    rows.push([format, `${median(wall).toFixed(0)} ms`, `${median(inside.map((m) => m.ms)).toFixed(0)} ms`, `${median(inside.map((m) => m.cpuMs)).toFixed(0)} ms`, `${median(inside.map((m) => m.rssMB)).toFixed(0)} MB`, `${(statSync(out).size / 1024).toFixed(0)} KB`]);
  }
  table(rows);
  console.log("\nfresh process: `node bin/entente.js render` from start to exit (target: under 300 ms); in-process: loading the CLI bundle, reading, checking and rendering, timed inside the process;\nCPU: user and system time of that process, Node's start included (the clock counts waits for a core too).");

  // The preview: after a keystroke the server re-reads the text, checks the file and draws the page (the webview's message and paint come on top).
  const analysis = new Analysis({ roots: [join(dir, "ws")], today: (parseDate("2026-06-01") as { day: number }).day });
  analysis.loadAll();
  const id = join(dir, "ws", "mou.entente");
  const times: number[] = [];
  for (let i = 0; i < 60; i++) {
    const edited = text.replace("(provision 20)", `(provision 20${"x".repeat(i % 7)})`);
    const t0 = performance.now();
    analysis.setFile(id, edited);
    const r = await analysis.render("MOU-40", { format: "html", preview: true });
    if (r.status !== "rendered") throw new Error(r.status);
    times.push(performance.now() - t0);
  }
  const warm = times.slice(10);
  console.log(`\nPreview redraw in the server after a keystroke (parse, check, render HTML; warm): median ${median(warm).toFixed(1)} ms, slowest ${Math.max(...warm).toFixed(1)} ms (target: the page redrawn within 100 ms).`);
  rmSync(dir, { recursive: true, force: true });
}

await bench();
