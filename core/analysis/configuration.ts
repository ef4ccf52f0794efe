// The configuration in force for each file of a workspace: its entente.json, the editor's settings beneath it, the command line above it.
import { dirname } from "node:path";
import { LineIndex } from "../../grammar/line-index.js";
import type { Locale } from "../../grammar/messages.js";
import { DEFAULT_CONFIG, type Config } from "../model/config.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { configDiagnostics } from "../rules/run.js";
import type { ConfigFile, Configs } from "./configs.js";

/** What an editor's settings say; entente.json wins where it says something. */
export interface Settings {
  locale: Locale;
  rules: Config["rules"];
  reviewIntervalMonths?: number;
}

export const DEFAULT_SETTINGS: Settings = { locale: "en", rules: {} };

/** What the configuration needs to know of the workspace it serves. */
export interface ConfigHost {
  /** A locale that wins over entente.json (`--locale`). */
  locale?: Locale;
  idOf(path: string): string;
  pathOf(id: string): string | undefined;
  /** The files of the workspace, by identity. */
  ids(): Iterable<string>;
}

/** `analysis.config`: the configuration files read so far, and what each file's configuration says. */
export class Configuration {
  /** The configuration in force per configuration file, editor settings merged in. */
  private readonly merged = new Map<ConfigFile, Config>();
  /** The folder that holds every root: where the configuration of the workspace as a whole is looked up. */
  root: string | undefined;

  constructor(private readonly configs: Configs, private settings: Settings, private readonly host: ConfigHost) {}

  setSettings(settings: Settings): void {
    this.settings = settings;
    this.merged.clear();
  }

  /** The entente.json that governs a file or folder (by path), or the whole workspace; undefined where none does. */
  pathFor(path: string | undefined, isDir = false): string | undefined {
    const dir = path === undefined ? this.root : isDir ? path : dirname(path);
    return dir === undefined ? undefined : this.configs.forDir(dir).path;
  }

  /** The locale of what is not about one file (a summary, the register): `--locale`, the configuration of the roots, the settings. */
  get locale(): Locale {
    return this.forPath(undefined).locale;
  }

  /** The configuration in force for a file (by path), or with none for the roots as a whole (also a document not on disk). */
  forPath(path: string | undefined): Config {
    const dir = path !== undefined ? dirname(path) : this.root;
    const file = dir !== undefined ? this.configs.forDir(dir) : undefined;
    if (!file) return this.merge(undefined);
    let config = this.merged.get(file);
    if (!config) this.merged.set(file, (config = this.merge(file)));
    return config;
  }

  /** The configuration of a file of the workspace, by its identity. */
  of(id: string): Config {
    return this.forPath(this.host.pathOf(id));
  }

  /** Whether its configuration leaves a file (absolute path) out of the workspace. */
  excludes(path: string): boolean {
    return this.configs.forFile(path).excludes(path);
  }

  private merge(file: ConfigFile | undefined): Config {
    const f = file?.parsed;
    const from = <K extends keyof Config>(key: K, fallback: Config[K]): Config[K] => (f?.given.has(key) ? f.config[key] : fallback);
    return {
      reviewIntervalMonths: from("reviewIntervalMonths", this.settings.reviewIntervalMonths ?? DEFAULT_CONFIG.reviewIntervalMonths),
      locale: this.host.locale ?? from("locale", this.settings.locale),
      exclude: from("exclude", []),
      rules: { ...this.settings.rules, ...(f?.config.rules ?? {}) },
    };
  }

  /** The configuration files read so far, each with its findings (config-error) and whether it could be read. */
  files(): { path: string; diagnostics: Diagnostic[]; readError?: string }[] {
    return this.configs.files().map((c) => ({
      path: c.path!,
      diagnostics: c.readError ? [] : configDiagnostics(this.host.idOf(c.path!), new LineIndex(c.text), c.parsed.problems, this.forPath(c.path!).locale),
      ...(c.readError ? { readError: c.readError } : {}),
    }));
  }

  /** The entente.json files that govern the files of the workspace (none: the defaults apply), sorted. */
  inUse(): string[] {
    const used = new Set<string>();
    for (const id of this.host.ids()) {
      const path = this.host.pathOf(id);
      const c = this.configs.forDir(path !== undefined ? dirname(path) : this.root ?? ".");
      if (c.path !== undefined) used.add(c.path);
    }
    return [...used].sort();
  }

  /** An entente.json changed on disk: every file's configuration, and so its findings, may change. */
  changed(): void {
    this.configs.forget();
    this.merged.clear();
  }
}
