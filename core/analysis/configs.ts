// Which entente.json applies to a file: the nearest one above it, not above the workspace's boundary; each read once.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, parse as parsePath, relative, sep } from "node:path";
import { DEFAULT_CONFIG, parseConfig, type Config, type ParsedConfig } from "../model/config.js";
import { RULES_BY_ID } from "../rules/catalogue.js";

/** An entente.json as read, or the defaults where there is none. */
export interface ConfigFile {
  /** The file; undefined for the defaults. */
  path: string | undefined;
  /** The folder its exclusions are relative to. */
  dir: string;
  text: string;
  parsed: ParsedConfig;
  /** Whether a path (absolute) is excluded by it. */
  excludes(path: string): boolean;
  /** Set when the file exists but could not be read. */
  readError?: string;
}

export interface ConfigOptions {
  /** One file for every path (`--config`): no search. */
  fixed?: string;
  /** Whether the search for entente.json stops at this folder (it is still searched itself). */
  isBoundary(dir: string): boolean;
  /** Whether a file exists, and its text: the disk by default, a git revision for `--new-since`. */
  exists?(path: string): boolean;
  read?(path: string): string;
}

function configFile(path: string | undefined, dir: string, text: string, readError?: string): ConfigFile {
  const parsed = path === undefined || readError !== undefined
    ? { config: { ...DEFAULT_CONFIG, exclude: [], rules: {} }, problems: [], given: new Set<keyof Config>() }
    : parseConfig(text, RULES_BY_ID);
  // Compiled while the configuration was read; refused patterns were reported there and exclude nothing.
  const match = "excludes" in parsed ? parsed.excludes : undefined;
  return {
    path, dir, text, parsed, ...(readError ? { readError } : {}),
    excludes: (p) => match !== undefined && match(relative(dir, p).split(sep).join("/")),
  };
}

/** Reads configuration files as the workspace needs them, and forgets them when they change. */
export class Configs {
  private readonly byDir = new Map<string, ConfigFile>();
  private readonly byPath = new Map<string, ConfigFile>();

  constructor(private readonly options: ConfigOptions) {}

  /** The configuration that governs a folder: `--config`, the nearest entente.json, or the defaults. */
  forDir(dir: string): ConfigFile {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    let found: ConfigFile;
    if (this.options.fixed !== undefined) found = this.read(this.options.fixed);
    else {
      const candidate = join(dir, "entente.json");
      const parent = dirname(dir);
      if ((this.options.exists ?? existsSync)(candidate)) found = this.read(candidate);
      else if (this.options.isBoundary(dir) || parent === dir || dir === parsePath(dir).root) found = this.defaults(dir);
      else found = this.forDir(parent);
    }
    this.byDir.set(dir, found);
    return found;
  }

  /** The configuration that governs a file. */
  forFile(path: string): ConfigFile {
    return this.forDir(dirname(path));
  }

  /** Every configuration file read so far (not the defaults), by path. */
  files(): ConfigFile[] {
    return [...this.byPath.values()].filter((c) => c.path !== undefined).sort((a, b) => (a.path! < b.path! ? -1 : 1));
  }

  /** An entente.json was created, changed or deleted: every answer may change. */
  forget(): void {
    this.byDir.clear();
    this.byPath.clear();
  }

  private read(path: string): ConfigFile {
    const known = this.byPath.get(path);
    if (known) return known;
    let file: ConfigFile;
    try {
      file = configFile(path, dirname(path), this.options.read ? this.options.read(path) : readFileSync(path, "utf8"));
    } catch (e) {
      file = configFile(path, dirname(path), "", (e as NodeJS.ErrnoException).code ?? String(e));
    }
    this.byPath.set(path, file);
    return file;
  }

  private defaults(dir: string): ConfigFile {
    return configFile(undefined, dir, "");
  }
}
