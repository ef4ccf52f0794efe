// Opening the workspace the command line names: its paths, --config, --today and --locale, through the core's analysis.
import { statSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { visible } from "../grammar/excerpt.js";
import type { Locale } from "../grammar/messages.js";
import { Analysis } from "../core/analysis/analysis.js";
import { favourMainThread, holdYoungGeneration, tuneCompiler, tuneGarbageCollector } from "../core/v8-tuning.js";
import { parseDate } from "../core/model/dates.js";
import { words } from "../core/words/index.js";
import { UsageError, type Io } from "./io.js";

/** Turns a path into the form the CLI prints: relative to the current directory, '/'-separated. */
export function displayPath(abs: string, cwd: string): string {
  return relative(cwd, abs).split(sep).join("/") || ".";
}

/**
 * A path as a line the CLI prints on its own account shows it: a file name may hold escape sequences
 * or direction characters, which would act on the terminal or the CI log instead of showing.
 */
export function shownPath(abs: string, cwd: string): string {
  return visible(displayPath(abs, cwd));
}

export interface WorkspaceOptions {
  paths: string[];
  today?: string;
  locale?: Locale;
  config?: string;
  /** `--baseline FILE`, or `--no-baseline`. */
  baseline?: string;
  noBaseline?: boolean;
  /** Files will be checked again after others change (`--new-since` swaps in a revision's files). */
  incremental?: boolean;
  /** The files may rest between checks when the workspace is large (`lint`, which holds nothing of a file once it is reported). */
  bounded?: boolean;
}

/**
 * From how many bytes of files (and `MANY_FILES` files) a lint lets files rest as soon as it is done with them
 * (`Analysis.bounded`): each file is then read a second time for its check, but its body dies young instead of
 * being copied into the old generation, and memory grows with the workspace's declarations rather than with their
 * bodies. Measured, it takes the same time at 1.5 MB and less from 4 MB on, for a fifth to a half less memory
 * (12 MB: 1.57 -> 1.49 s, 166 -> 109 MB; ARCHITECTURE.md, "Performance"). `ENTENTE_BOUNDED_FROM` overrides it
 * (the tests set 0).
 */
const BOUNDED_FROM = 1_000_000;

export interface Opened {
  analysis: Analysis;
  /** The .entente files the paths name, exclusions applied. */
  files: string[];
  /** A path could not be read (already reported on stderr). */
  ioError: boolean;
}

/** The analysis of the paths, with the files found but not read; usage problems throw UsageError, missing paths are reported. */
export function openWorkspace(opts: WorkspaceOptions, io: Io): Opened {
  const pinned = opts.today === undefined ? undefined : parseDate(opts.today);
  if (typeof pinned === "string") throw new UsageError((w) => w.badToday(opts.today!));
  const paths = (opts.paths.length > 0 ? opts.paths : ["."]).map((p) => resolve(io.cwd, p));
  const analysis = new Analysis({
    roots: paths,
    incremental: opts.incremental === true,
    ...(opts.config !== undefined ? { configFile: resolve(io.cwd, opts.config) } : {}),
    ...(pinned !== undefined ? { today: pinned.day } : {}),
    ...(opts.locale !== undefined ? { locale: opts.locale } : {}),
    ...(opts.baseline !== undefined || opts.noBaseline ? { baseline: { ...(opts.baseline !== undefined ? { file: resolve(io.cwd, opts.baseline) } : {}), off: opts.noBaseline === true } } : {}),
  });
  const found = analysis.discover();
  const unreadable = analysis.config.files().find((c) => c.readError !== undefined);
  if (unreadable) throw new UsageError((w) => w.cannotReadConfig(visible(opts.config ?? displayPath(unreadable.path, io.cwd)), unreadable.readError!));
  const w = words(analysis.config.locale).cli;
  for (const m of found.missing) io.stderr(`entente: ${w.cannotRead(shownPath(resolve(io.cwd, m.path), io.cwd), m.reason)}\n`);
  for (const s of found.skipped) io.stderr(`entente: ${w.skipped(shownPath(s.path, io.cwd), s.reason)}\n`);
  if (found.files.length === 0 && found.missing.length === 0) throw new UsageError((u) => u.noFiles(opts.paths.length > 0 ? opts.paths.join(", ") : "."));
  return { analysis, files: found.files, ioError: found.missing.length > 0 };
}

/** From this many files on, the garbage collector, the compiler and their threads are tuned for a large workspace (core/v8-tuning.ts). */
const MANY_FILES = 100;

/** Opens the workspace and reads every file into it; files that cannot be read are reported and left out. */
export function readWorkspace(opts: WorkspaceOptions, io: Io): { analysis: Analysis; ioError: boolean } {
  const { analysis, files, ioError } = openWorkspace(opts, io);
  // Worth it only where there is much to read; loading node:v8 to say so costs a small lint 4 ms of its 80.
  if (files.length >= MANY_FILES) {
    tuneGarbageCollector();
    tuneCompiler();
    holdYoungGeneration(true);
    favourMainThread();
  }
  const from = Number(io.env.ENTENTE_BOUNDED_FROM ?? BOUNDED_FROM);
  if (opts.bounded && (from === 0 || (files.length >= MANY_FILES && atLeast(files, from)))) analysis.bounded = true;
  const w = words(analysis.config.locale).cli;
  let failed = ioError;
  for (const path of files) {
    const read = analysis.readFromDisk(path, false);
    if ("error" in read) {
      io.stderr(`entente: ${w.cannotRead(shownPath(path, io.cwd), read.error)}\n`);
      failed = true;
    }
  }
  return { analysis, ioError: failed };
}

/**
 * Whether the files on disk hold `bytes` or more together; one that cannot be read counts nothing (reading it
 * reports it). Each is asked for its size only until they do: a register of thousands need not be asked twice.
 */
function atLeast(files: readonly string[], bytes: number): boolean {
  let n = 0;
  for (const path of files) {
    try {
      n += statSync(path).size;
    } catch {
      // reported when it is read
    }
    if (n >= bytes) return true;
  }
  return false;
}
