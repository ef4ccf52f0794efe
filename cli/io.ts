// What the CLI needs from the process, passed in so that the commands can be run and tested in-process.
import { readFileSync, writeSync } from "node:fs";
import { isatty } from "node:tty";
import { utf8Batches, WriteRefused } from "../core/analysis/write.js";
import type { Words } from "../core/words/index.js";

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Text made in many small pieces (a report of 70,000 findings), some already in UTF-8, written in writes of about a megabyte. */
  stdoutPieces?(pieces: Iterable<string | Uint8Array>): void;
  /** Bytes to standard output (a Word or PDF document piped on). */
  stdoutBytes?(data: Uint8Array): void;
  /** Whether standard output is a terminal (colours; no binary document to it). */
  stdoutIsTerminal: boolean;
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
  return {
    stdout: (t) => writeOut(t),
    stdoutPieces: writePieces,
    stderr: (t) => void process.stderr.write(t),
    stdoutBytes: (b) => writeOut(b),
    stdoutIsTerminal: isatty(1),
    cwd: process.cwd(),
    env: process.env,
    readStdin: () => readFileSync(0),
  };
}

/**
 * Writes to standard output at once, waiting while a pipe is full. `process.stdout` queues what a full pipe
 * cannot take until the event loop runs, and a lint does not let it run before it ends: piped on to another
 * program, the report of an old register was held whole (the dirty 12 MB register, in JSON: 372 MB
 * instead of 210 MB). So the CLI never makes `process.stdout`, which would also make the pipe non-blocking.
 */
function writeOut(data: string | Uint8Array): void {
  if (readerGone) return;
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  for (let at = 0; at < bytes.length; ) {
    try {
      at += writeSync(1, bytes, at, bytes.length - at);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // A pipe that another made non-blocking: wait a moment for the reader.
      if (code === "EAGAIN") Atomics.wait(pause, 0, 0, 1);
      else if (code === "EPIPE") return void (readerGone = true);
      else throw e;
    }
  }
}

/** Writes text made in pieces, a megabyte at a time (`utf8Batches`). */
function writePieces(pieces: Iterable<string | Uint8Array>): void {
  for (const bytes of utf8Batches(pieces)) writeOut(bytes);
}

/**
 * A reader that stops early (`entente lint | head`) closes the pipe: that is not an error. The rest of the
 * output is dropped, and the command still ends with its own exit status: CI that runs with pipefail must
 * not see a lint with errors pass because its report was cut short.
 */
let readerGone = false;
const pause = new Int32Array(new SharedArrayBuffer(4));
