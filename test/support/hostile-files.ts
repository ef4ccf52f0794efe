// Hostile things on disk for the file tests: a FIFO that tells whether anyone opened it, links, sparse giants, and a bounded CLI run.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { OWN } from "./cli.js";
import { cliPath } from "./paths.js";
import { tempDir } from "./temp.js";

export { OWN, sleep };

/** Text that must never reach any output: it parses badly, so a careless message would quote it. */
export const SECRET = "SECRET-7f3a9c";
export const SECRET_FILE = `password ${SECRET} ::: "${SECRET}" {{{ ${SECRET}\n`;

/** A fresh folder, and another beside it that is outside it. */
export function folders(): { root: string; ws: string; outside: string } {
  const root = tempDir("files");
  const ws = join(root, "ws");
  const outside = join(root, "outside");
  mkdirSync(ws);
  mkdirSync(outside);
  writeFileSync(join(ws, "own.entente"), OWN);
  return { root, ws, outside };
}

/**
 * A FIFO, and a process that opens it for writing: that open blocks until some reader opens the FIFO,
 * so `opened()` tells whether anything did. Resolves once the writer is about to open (a reader that
 * came before it would go unseen). `stop()` ends the writer.
 */
export async function watchedFifo(path: string): Promise<{ opened(): boolean; stop(): void }> {
  const made = spawnSync("mkfifo", [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
  const code = `process.stdout.write("ready\\n", () => { require("fs").openSync(${JSON.stringify(path)}, "w"); process.stdout.write("opened\\n"); })`;
  const writer: ChildProcess = spawn(process.execPath, ["-e", code], { stdio: ["ignore", "pipe", "ignore"] });
  let out = "";
  writer.stdout!.on("data", (d) => (out += String(d)));
  const started = Date.now();
  while (!out.includes("ready") && writer.exitCode === null) {
    if (Date.now() - started > 30_000) throw new Error("the FIFO's writer did not start");
    await sleep(10);
  }
  // The open comes right after "ready" is flushed; a moment more and the writer is surely blocked in it.
  await sleep(50);
  return {
    opened: () => out.includes("opened") || writer.exitCode !== null,
    stop: () => void writer.kill("SIGKILL"),
  };
}

/** A file of `mb` megabytes that takes no room on disk (a sparse file, made by `truncate`). */
export function sparse(path: string, mb: number): void {
  const r = spawnSync("truncate", ["-s", `${mb}M`, path]);
  if (r.status !== 0) throw new Error(`truncate failed: ${r.stderr}`);
}

/** How long a command may run before the test calls it hung: far beyond what any of these runs needs. */
const HUNG_AFTER_MS = 60_000;

/** Runs the CLI and fails (instead of waiting forever) when it does not finish. */
export function runBounded(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cliPath(), ...args], {
    cwd, encoding: "utf8", env: { PATH: process.env.PATH ?? "" }, timeout: HUNG_AFTER_MS, killSignal: "SIGKILL", maxBuffer: 1 << 28,
  });
  if (r.error || r.signal) throw new Error(`entente ${args.join(" ")} did not finish: ${r.error?.message ?? r.signal}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Says loudly that part of a test could not run on this machine (not root: no device, no other owner);
 * in CI (`ENTENTE_REQUIRE_EDITORS=1`, which runs as root) that part is required, so it fails instead.
 */
export function cannotRun(what: string): void {
  if (process.env.ENTENTE_REQUIRE_EDITORS === "1") throw new Error(`required in CI but impossible here: ${what}`);
  process.stderr.write(`\n*** ${what} (this part did not run and does not count as passing) ***\n`);
}
