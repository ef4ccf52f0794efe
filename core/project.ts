// A workspace as an editor sees it: files change one at a time, and only the files they can affect are checked again.
import type { Locale } from "../grammar/messages.js";
import type { FileModel } from "./model/bound.js";
import { DEFAULT_CONFIG, parseConfig, type Config, type ConfigProblem, type ParsedConfig } from "./model/config.js";
import { localToday } from "./model/dates.js";
import { Workspace } from "./model/workspace.js";
import { RULE_IDS } from "./rules/catalogue.js";
import { checkFile, type Diagnostic } from "./rules/run.js";

export interface Settings {
  locale: Locale;
  /** Severities and review interval from the editor's settings; entente.json wins where it says otherwise. */
  rules: Config["rules"];
  reviewIntervalMonths?: number;
}

export class Project {
  readonly ws = new Workspace();
  /** For each file, the dependency keys its last check read. */
  private readonly deps = new Map<string, Set<string>>();
  /** For each dependency key, the files whose last check read it. */
  private readonly dependents = new Map<string, Set<string>>();
  private file: ParsedConfig | undefined;
  settings: Settings = { locale: "en", rules: {} };
  /** Fixed "today" for tests; the current date otherwise. */
  today: number | undefined;

  get configProblems(): ConfigProblem[] {
    return this.file?.problems ?? [];
  }

  /** The configuration in force: entente.json where it says something, the editor's settings otherwise. */
  get config(): Config {
    const f = this.file;
    const from = <K extends keyof Config>(key: K, fallback: Config[K]): Config[K] => (f?.given.has(key) ? f.config[key] : fallback);
    return {
      reviewIntervalMonths: from("reviewIntervalMonths", this.settings.reviewIntervalMonths ?? DEFAULT_CONFIG.reviewIntervalMonths),
      locale: from("locale", this.settings.locale),
      exclude: from("exclude", []),
      rules: { ...this.settings.rules, ...(f?.config.rules ?? {}) },
    };
  }

  /** Reads entente.json (undefined when there is none). Every file's diagnostics may change. */
  setConfigText(text: string | undefined): void {
    this.file = text === undefined ? undefined : parseConfig(text, RULE_IDS);
  }

  /** Replaces a file's text; returns the dependency keys whose answers may have changed. */
  setFile(uri: string, text: string, readError?: FileModel["readError"]): Set<string> {
    const old = this.ws.files.get(uri);
    const keys = old ? Workspace.provides(old) : new Set<string>();
    const file = this.ws.setFile(uri, text, readError);
    for (const k of Workspace.provides(file)) keys.add(k);
    return keys;
  }

  removeFile(uri: string): Set<string> {
    const old = this.ws.files.get(uri);
    if (!old) return new Set();
    const keys = Workspace.provides(old);
    this.ws.removeFile(uri);
    this.forgetDeps(uri);
    return keys;
  }

  /** The files whose diagnostics can change when these keys change (the changed file itself not included). */
  affected(keys: Iterable<string>): Set<string> {
    const out = new Set<string>();
    for (const k of keys) for (const uri of this.dependents.get(k) ?? []) out.add(uri);
    return out;
  }

  /** Checks one file and records what its check depended on. */
  check(uri: string): Diagnostic[] {
    const file = this.ws.files.get(uri);
    if (!file) return [];
    const config = this.config;
    const { diagnostics, deps } = checkFile(this.ws, file, { config, today: this.today ?? localToday(), locale: config.locale });
    this.forgetDeps(uri);
    this.deps.set(uri, deps);
    for (const k of deps) {
      let set = this.dependents.get(k);
      if (!set) this.dependents.set(k, (set = new Set()));
      set.add(uri);
    }
    return diagnostics;
  }

  private forgetDeps(uri: string): void {
    for (const k of this.deps.get(uri) ?? []) this.dependents.get(k)?.delete(uri);
    this.deps.delete(uri);
  }
}
