// What the CLI needs from the process, passed in so that the commands can be run and tested in-process.
import { readFileSync } from "node:fs";
import { WriteRefused } from "../core/analysis/write.js";
import type { Words } from "../core/words/index.js";

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Bytes to standard output (a Word or PDF document piped on). */
  stdoutBytes?(data: Uint8Array): void;
  /** The stream behind stdout, to tell whether it is a terminal. */
  stdoutStream: NodeJS.WriteStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** All of standard input. */
  readStdin(): Uint8Array;
}

/** A mistake in how the command was called, or an unusable configuration: exit status 2, said in the CLI's locale. */
export class UsageError extends Error {
  constructor(readonly say: (w: Words["cli"]) => string) {
    super("usage error");
  }
}

/** The reason an operating-system call failed, as short as it can be said (ENOENT, EACCES; a read-only file in words). */
export function reason(e: unknown, w: Words["cli"]): string {
  if (e instanceof WriteRefused) return w.readOnly;
  return (e as NodeJS.ErrnoException).code ?? String(e);
}

export function processIo(): Io {
  // A reader that stops early (`entente explain | head`) closes the pipe: that is not an error.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    stdoutBytes: (b) => void process.stdout.write(b),
    stdoutStream: process.stdout,
    cwd: process.cwd(),
    env: process.env,
    readStdin: () => readFileSync(0),
  };
}
