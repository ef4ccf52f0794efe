// Standard output as a pipe: a report larger than the pipe reaches a slow reader whole and in order, and a reader that stops early ends nothing but the output.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { generateWorkspace } from "../bench/generate.js";
import { cliPath } from "./support/paths.js";
import { tempDir } from "./support/temp.js";

/** A register where most declarations have findings: its JSON report is some megabytes, many times what a pipe holds. */
function dirtyRegister(): string {
  const dir = tempDir("stdout");
  for (const f of generateWorkspace(400_000, 7, { dirty: true })) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.text);
  }
  return dir;
}

const ARGS = ["lint", ".", "--format", "json", "--today", "2026-06-01"];

/** Runs the CLI with its output into a file: the reference, which never waits for a reader. */
async function toFile(cwd: string): Promise<{ status: number | null; text: string }> {
  const path = join(tempDir("stdout-file"), "report.json");
  const fd = openSync(path, "w");
  try {
    const child = spawn(process.execPath, [cliPath(), ...ARGS], { cwd, stdio: ["ignore", fd, "ignore"] });
    const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
    return { status, text: readFileSync(path, "utf8") };
  } finally {
    closeSync(fd);
  }
}

/**
 * A module loaded before the CLI that makes Node's own stream for standard output, which puts the pipe into
 * non-blocking mode: a write to a full pipe then fails at once (EAGAIN) instead of waiting for the reader.
 */
function nonBlockingPipe(): string {
  const path = join(tempDir("stdout-preload"), "non-blocking.cjs");
  writeFileSync(path, "process.stdout;\n");
  return path;
}

for (const [how, node] of [["a pipe", []], ["a pipe another made non-blocking", ["--require", nonBlockingPipe()]]] as const) test(`a report many times larger than ${how} reaches a slow reader whole, with the lint's exit status`, async () => {
  const cwd = dirtyRegister();
  const reference = await toFile(cwd);
  assert.ok(reference.text.length > 1_000_000, `the report is large (${reference.text.length} characters)`);
  const child = spawn(process.execPath, [...node, cliPath(), ...ARGS], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  const chunks: Buffer[] = [];
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += String(d)));
  // Read a piece, then leave the pipe full for a while: the writer must wait, not drop or reorder anything.
  child.stdout.on("data", (d: Buffer) => {
    chunks.push(d);
    if (chunks.length % 8 === 0) {
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 20);
    }
  });
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  assert.equal(Buffer.concat(chunks).toString("utf8"), reference.text);
  assert.equal(status, reference.status);
  assert.equal(status, 1, "the register has errors");
  assert.equal(stderr, "");
});

test("a reader that stops early (`| head`) ends the output, not the lint: no error, and the lint's own exit status", async () => {
  const cwd = dirtyRegister();
  const child = spawn(process.execPath, [cliPath(), ...ARGS], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += String(d)));
  let first = "";
  child.stdout.once("data", (d: Buffer) => {
    first = d.toString("utf8");
    child.stdout.destroy();
  });
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  assert.ok(first.startsWith('{\n  "diagnostics": ['), first.slice(0, 40));
  assert.equal(stderr, "", "nothing about a broken pipe");
  // CI running with pipefail must still see the lint fail.
  assert.equal(status, 1);
});
