// Reading a workspace for the CLI commands: the paths, the nearest entente.json, "today", and every file decoded.
import { readFileSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import type { Locale } from "../grammar/messages.js";
import { collectFiles } from "../core/files.js";
import { localToday, parseDate } from "../core/model/dates.js";
import { decode } from "../core/model/source.js";
import { Workspace } from "../core/model/workspace.js";
import { commonRoot, findConfig, loadConfig, type LoadedConfig } from "./config-file.js";
import { UsageError, type Io } from "./io.js";

/** Turns a path into the form the CLI prints: relative to the current directory, '/'-separated. */
export function displayPath(abs: string, cwd: string): string {
  return relative(cwd, abs).split(sep).join("/") || ".";
}

export interface WorkspaceOptions {
  paths: string[];
  today?: string;
  locale?: Locale;
  config?: string;
}

export interface ReadWorkspace {
  ws: Workspace;
  loaded: LoadedConfig;
  /** Day number of "today": --today, or the current date. */
  today: number;
  locale: Locale;
  /** Files that began with a byte-order mark. */
  boms: Set<string>;
  /** A file or folder could not be read (already reported on stderr). */
  ioError: boolean;
}

export interface FoundFiles {
  loaded: LoadedConfig;
  /** The .entente files the paths name, exclusions applied. */
  files: string[];
  /** A path could not be read (already reported on stderr). */
  ioError: boolean;
}

/** The configuration in force and the files the paths name; usage problems throw UsageError, missing paths are reported. */
export function findWorkspaceFiles(opts: Pick<WorkspaceOptions, "paths" | "config">, io: Io): FoundFiles {
  const paths = opts.paths.length > 0 ? opts.paths : ["."];
  const root = commonRoot(paths.map((p) => resolve(io.cwd, p)));
  const configPath = opts.config !== undefined ? resolve(io.cwd, opts.config) : findConfig(root);
  let loaded: LoadedConfig;
  try {
    loaded = loadConfig(configPath, root);
  } catch (e) {
    throw new UsageError(`cannot read the configuration ${opts.config ?? configPath}: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`);
  }
  const found = collectFiles(paths.map((p) => resolve(io.cwd, p)), loaded.config.exclude, loaded.base);
  for (const m of found.missing) io.stderr(`entente: cannot read ${displayPath(m.path, io.cwd)} (${m.reason}).\n`);
  if (found.files.length === 0 && found.missing.length === 0) throw new UsageError(`no .entente files found in ${paths.join(", ")}.`);
  return { loaded, files: found.files, ioError: found.missing.length > 0 };
}

/** A file's bytes, or undefined when it cannot be read (reported on stderr). */
export function readBytes(abs: string, io: Io): Buffer | undefined {
  try {
    return readFileSync(abs);
  } catch (e) {
    io.stderr(`entente: cannot read ${displayPath(abs, io.cwd)} (${(e as NodeJS.ErrnoException).code ?? String(e)}).\n`);
    return undefined;
  }
}

/** Reads the workspace the paths name; usage problems throw UsageError, unreadable files are reported and skipped. */
export function readWorkspace(opts: WorkspaceOptions, io: Io): ReadWorkspace {
  const pinned = opts.today === undefined ? undefined : parseDate(opts.today);
  if (typeof pinned === "string") throw new UsageError(`--today must be a real date written YYYY-MM-DD, not '${opts.today}'.`);
  const { loaded, files, ioError: missing } = findWorkspaceFiles(opts, io);
  let ioError = missing;
  const ws = new Workspace();
  const boms = new Set<string>();
  for (const abs of files) {
    const bytes = readBytes(abs, io);
    if (!bytes) {
      ioError = true;
      continue;
    }
    const { text, readError, bom } = decode(bytes);
    if (bom) boms.add(abs);
    ws.setFile(abs, text, readError);
  }
  return { ws, loaded, today: pinned === undefined ? localToday() : pinned.day, locale: opts.locale ?? loaded.config.locale, boms, ioError };
}
