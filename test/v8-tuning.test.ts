// Tests of the settings a large lint makes for its own threads: the helpers are lowered below the main thread, and nothing else is.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const tuning = fileURLToPath(new URL("../core/v8-tuning.js", import.meta.url));

/** A process that lowers its helpers, then says the nice value of each of its threads and of a child it starts. */
const probe = `
import { readdirSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { favourMainThread } from ${JSON.stringify(tuning)};
const nice = (stat) => Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
const threads = () => Object.fromEntries(readdirSync("/proc/self/task").map((t) => [t, nice(readFileSync("/proc/self/task/" + t + "/stat", "utf8"))]));
const before = threads();
favourMainThread();
const after = threads();
const child = nice(spawnSync("cat", ["/proc/self/stat"], { encoding: "utf8" }).stdout);
console.log(JSON.stringify({ pid: process.pid, before, after, child }));
`;

test("a large lint lowers its helper threads below the main thread, and a child it starts keeps the main thread's priority", (t) => {
  if (!existsSync("/proc/self/task")) {
    // Loud, and not counted as passing: only Linux says which threads a process has.
    t.skip("NOT RUN: this system has no /proc/self/task, where favourMainThread finds the threads");
    return;
  }
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", probe], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  const { pid, before, after, child } = JSON.parse(run.stdout) as { pid: number; before: Record<string, number>; after: Record<string, number>; child: number };
  const main = before[String(pid)]!;
  assert.equal(after[String(pid)], main, "the main thread's priority changed");
  const helpers = Object.keys(after).filter((tid) => tid !== String(pid));
  assert.ok(helpers.length >= 2, `only ${helpers.length} other threads: V8 and Node start several`);
  for (const tid of helpers) {
    assert.equal(before[tid], main, `thread ${tid} did not start at the main thread's priority`);
    assert.equal(after[tid], Math.min(19, main + 10), `thread ${tid} was not lowered`);
  }
  assert.equal(child, main, "a child process took a helper's priority");
});
