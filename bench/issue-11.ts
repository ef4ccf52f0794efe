// Issue 11's table of figures and targets: each benchmark records its rows in .cache/bench, and the last one prints them together.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { table } from "./stats.js";

const file = join(dirname(fileURLToPath(import.meta.url)), "..", "..", ".cache", "bench", "issue-11.json");

/** One figure of the issue: what was measured, the figure as printed, the target, and whether the figure meets it. */
export interface Figure {
  what: string;
  figure: string;
  target: string;
  met: boolean;
}

/** The rows in its own order, so that the table reads as the issue does whichever benchmark ran first. */
const ORDER = [
  "lint 12 MB in-process ÷ JSON.parse", "lint 24 MB peak RSS", "lint 96 MB peak RSS ÷ 24 MB", "lint 12 MB dirty process ÷ JSON.parse process",
  "lint 12 MB dirty peak RSS", "lint examples process ÷ node -e 0", "LSP edit → diagnostics, 1,000 files, p95 / p99",
  "LSP p95 1,000 files ÷ 10 files", "server RSS after indexing 12 MB", "first diagnostics after opening 1,000 files",
];

/** Forgets the figures of an earlier `npm run bench`, so that the table never mixes two runs without saying so. */
export function resetFigures(): void {
  rmSync(file, { force: true });
}

export function recordFigure(f: Figure): void {
  const all = readFigures().filter((g) => g.what !== f.what);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify([...all, f], null, 1));
}

function readFigures(): Figure[] {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Figure[]) : [];
}

/** Prints the table; rows no benchmark recorded in this run say so instead of showing an old figure. */
export function printFigures(): void {
  const figures = readFigures();
  const rows = [["issue 11", "figure", "target", ""]];
  for (const what of ORDER) {
    const f = figures.find((g) => g.what === what);
    rows.push(f ? [what, f.figure, f.target, f.met ? "met" : "MISSED"] : [what, "not measured in this run", "", ""]);
  }
  console.log("\nIssue 11, every figure beside its target (this machine is shared; see the tables above for how each was taken):\n");
  table(rows, { trimEnd: true });
}
