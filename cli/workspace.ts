// Reading a workspace for the CLI commands: the paths, the nearest entente.json, "today", and every file decoded.
import { readFileSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import type { Locale } from "../grammar/messages.js";
import { collectFiles } from "../server/files.js";
import { localToday, parseDate } from "../server/model/dates.js";
import { decode } from "../server/model/source.js";
import { Workspace } from "../server/model/workspace.js";
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

/** Reads the workspace the paths name; usage problems throw UsageError, unreadable files are reported and skipped. */
export function readWorkspace(opts: WorkspaceOptions, io: Io): ReadWorkspace {
  const pinned = opts.today === undefined ? undefined : parseDate(opts.today);
  if (typeof pinned === "string") throw new UsageError(`--today must be a real date written YYYY-MM-DD, not '${opts.today}'.`);
  const today = pinned === undefined ? localToday() : pinned.day;
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
  let ioError = false;
  for (const m of found.missing) {
    io.stderr(`entente: cannot read ${displayPath(m.path, io.cwd)} (${m.reason}).\n`);
    ioError = true;
  }
  const ws = new Workspace();
  const boms = new Set<string>();
  for (const abs of found.files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(abs);
    } catch (e) {
      io.stderr(`entente: cannot read ${displayPath(abs, io.cwd)} (${(e as NodeJS.ErrnoException).code ?? String(e)}).\n`);
      ioError = true;
      continue;
    }
    const { text, readError, bom } = decode(bytes);
    if (bom) boms.add(abs);
    ws.setFile(abs, text, readError);
  }
  if (found.files.length === 0 && !ioError) throw new UsageError(`no .entente files found in ${paths.join(", ")}.`);
  return { ws, loaded, today, locale: opts.locale ?? loaded.config.locale, boms, ioError };
}
