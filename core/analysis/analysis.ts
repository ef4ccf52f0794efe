// The one entry point of the core for every front end: files, configuration, today, locale, checks, fixes and the register.
import { dirname } from "node:path";
import { LineIndex } from "../../grammar/line-index.js";
import type { Locale } from "../../grammar/messages.js";
import type { FileModel } from "../model/bound.js";
import { DEFAULT_CONFIG, type Config } from "../model/config.js";
import { localToday } from "../model/dates.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { provides } from "../model/concerns.js";
import { Workspace } from "../model/workspace.js";
import { buildReport } from "../features/report/build.js";
import type { HtmlOptions } from "../features/report/html.js";
import { renderReport, type ReportFormat } from "../features/report/render.js";
import { renderByName, type RenderOptions, type RenderOutcome } from "../features/render/outcome.js";
import { declarationAt } from "../features/render/select.js";
import { checkFile, configDiagnostics } from "../rules/run.js";
import { Configs, type ConfigFile } from "./configs.js";
import { Dependencies } from "./dependencies.js";
import { admit, isDirectory, isInside, realRoots, type FileList } from "./disk.js";
import { diskSource, type FileSource } from "./file-source.js";
import { fixAll, type Applied } from "./fix.js";
import { Baselines, markFile, type LoadedBaseline } from "./baseline.js";
import type { BaselineError } from "./baseline-file.js";
import { applyBaseline, baselineTally, defaultTarget, writeBaseline, type BaselineOutcome, type BaselineTally, type Written } from "./baseline-workspace.js";
import { compareWithRevision, fingerprinter, type Comparison } from "./new-since.js";
import { writeAtomically } from "./write.js";

/** What an editor's settings say; entente.json wins where it says something. */
export interface Settings {
  locale: Locale;
  rules: Config["rules"];
  reviewIntervalMonths?: number;
}

export interface AnalysisOptions {
  /** The folders (or files) that form the workspace: the CLI's paths, the editor's workspace folders; absolute. */
  roots: string[];
  /** One entente.json for every file (`--config`), instead of the nearest one above each file. */
  configFile?: string;
  /**
   * Where the search for entente.json stops going up: at the repository root (the CLI), or also at the
   * roots themselves (an editor, whose workspace folders are the workspace).
   */
  stopAtRoots?: boolean;
  /** "Today" for the date rules, as a day number: `--today` or a setting; the local date otherwise. */
  today?: number;
  /** A locale that wins over entente.json (`--locale`). */
  locale?: Locale;
  /** Editor settings, under entente.json. */
  settings?: Settings;
  /** A file's identity in the workspace from its path (the language server uses file: URIs); the path itself by default. */
  idOf?: (path: string) => string;
  /** A file's path from its identity; undefined for documents that are not on disk. */
  pathOf?: (id: string) => string | undefined;
  /** Where the files and the configuration come from: the disk, or a git revision (`--new-since`). */
  source?: FileSource;
  /** One baseline for every file (`--baseline FILE`), or none at all (`--no-baseline`); by default each file follows the nearest entente-baseline.json. */
  baseline?: { file?: string; off?: boolean };
  /**
   * Whether files will be checked again as others change (an editor, `--new-since`): then every check
   * notes what it depended on. A one-off lint saves that work.
   */
  incremental?: boolean;
}

const DEFAULT_SETTINGS: Settings = { locale: "en", rules: {} };

export class Analysis {
  readonly ws = new Workspace();
  /** Files that began with a byte-order mark, which writing keeps. */
  private readonly boms = new Set<string>();
  private readonly dependencies = new Dependencies();
  private readonly configs: Configs;
  readonly source: FileSource;
  readonly baselines: Baselines;
  /** The configuration in force per configuration file, editor settings merged in. */
  private readonly merged = new Map<ConfigFile, Config>();
  private settings: Settings;

  /** The folder that holds every root: where the configuration of the workspace as a whole is looked up. */
  private rootDir: string | undefined;
  private rootDirs = new Set<string>();

  constructor(private readonly options: AnalysisOptions) {
    this.settings = options.settings ?? DEFAULT_SETTINGS;
    const source = (this.source = options.source ?? diskSource);
    const isBoundary = (dir: string) => source.isRepositoryRoot(dir) || (options.stopAtRoots === true && this.rootDirs.has(dir));
    this.configs = new Configs({
      ...(options.configFile !== undefined ? { fixed: options.configFile } : {}),
      isBoundary, exists: source.exists, read: source.readText,
    });
    this.baselines = new Baselines({
      ...(options.baseline?.file !== undefined ? { fixed: options.baseline.file } : {}),
      off: options.baseline?.off === true, isBoundary, exists: source.exists, read: source.readText,
    });
    this.setRoots(options.roots);
  }

  /** The folders that form the workspace (an editor learns them when it starts); files already read stay. */
  setRoots(roots: string[]): void {
    this.options.roots = roots;
    this.rootDir = commonRoot(roots);
    this.rootDirs = new Set(roots.map((r) => (isDirectory(r) ? r : dirname(r))));
    this.configChanged();
  }

  get roots(): readonly string[] {
    return this.options.roots;
  }

  /** The deepest folder that holds every root. */
  get commonRoot(): string | undefined {
    return this.rootDir;
  }

  /** The --config file, if one was given. */
  get configFile(): string | undefined {
    return this.options.configFile;
  }

  /** The entente.json that governs a file or folder (by path), or the whole workspace; undefined where none does. */
  configPathFor(path: string | undefined, isDir = false): string | undefined {
    const dir = path === undefined ? this.rootDir : isDir ? path : dirname(path);
    return dir === undefined ? undefined : this.configs.forDir(dir).path;
  }

  /** "Today" for the date rules. */
  get today(): number {
    return this.options.today ?? localToday();
  }

  /** Pins "today" (an editor setting changed); undefined goes back to the local date. */
  setToday(day: number | undefined): void {
    this.options.today = day;
  }

  setSettings(settings: Settings): void {
    this.settings = settings;
    this.merged.clear();
  }

  /** The locale of what is not about one file (a summary, the register): `--locale`, the configuration of the roots, the settings. */
  get locale(): Locale {
    return this.configFor(undefined).locale;
  }

  /** The configuration in force for a file (by path), or with none for the roots as a whole (also a document not on disk). */
  configFor(path: string | undefined): Config {
    const dir = path !== undefined ? dirname(path) : this.rootDir;
    const file = dir !== undefined ? this.configs.forDir(dir) : undefined;
    if (!file) return this.merge(undefined);
    let config = this.merged.get(file);
    if (!config) this.merged.set(file, (config = this.merge(file)));
    return config;
  }

  /** The configuration of a file of the workspace, by its identity. */
  configOf(id: string): Config {
    return this.configFor(this.pathOf(id));
  }

  private merge(file: ConfigFile | undefined): Config {
    const f = file?.parsed;
    const from = <K extends keyof Config>(key: K, fallback: Config[K]): Config[K] => (f?.given.has(key) ? f.config[key] : fallback);
    return {
      reviewIntervalMonths: from("reviewIntervalMonths", this.settings.reviewIntervalMonths ?? DEFAULT_CONFIG.reviewIntervalMonths),
      locale: this.options.locale ?? from("locale", this.settings.locale),
      exclude: from("exclude", []),
      rules: { ...this.settings.rules, ...(f?.config.rules ?? {}) },
    };
  }

  /** The configuration files read so far, each with its findings (config-error) and whether it could be read. */
  configFiles(): { path: string; diagnostics: Diagnostic[]; readError?: string }[] {
    return this.configs.files().map((c) => ({
      path: c.path!,
      diagnostics: c.readError ? [] : configDiagnostics(this.idOf(c.path!), new LineIndex(c.text), c.parsed.problems, this.configFor(c.path!).locale),
      ...(c.readError ? { readError: c.readError } : {}),
    }));
  }

  /** The entente.json files that govern the files of the workspace (none: the defaults apply), sorted. */
  configsInUse(): string[] {
    const used = new Set<string>();
    for (const id of this.ws.files.keys()) {
      const path = this.pathOf(id);
      const c = this.configs.forDir(path !== undefined ? dirname(path) : this.rootDir ?? ".");
      if (c.path !== undefined) used.add(c.path);
    }
    return [...used].sort();
  }

  /** An entente.json changed on disk: every file's configuration, and so its findings, may change. */
  configChanged(): void {
    this.configs.forget();
    this.merged.clear();
  }

  idOf(path: string): string {
    return this.options.idOf ? this.options.idOf(path) : path;
  }

  pathOf(id: string): string | undefined {
    return this.options.pathOf ? this.options.pathOf(id) : id;
  }

  /** Whether a path lies under one of the roots. */
  contains(path: string): boolean {
    return this.options.roots.some((r) => isInside(r, path));
  }

  /** The .entente files under the roots, without those their configuration excludes. */
  discover(): FileList {
    return this.source.discover(this.options.roots, (abs) => this.configs.forFile(abs).excludes(abs));
  }

  /**
   * Whether a file on disk belongs to the workspace: an `.entente` file under the roots, not
   * excluded, and a regular file or a link to one inside the roots. For the editor's file events.
   */
  belongs(path: string): boolean {
    return path.endsWith(".entente") && this.contains(path) && !this.configs.forFile(path).excludes(path) && admit(path, realRoots(this.roots)) === "ok";
  }

  /**
   * Reads a file from disk into the workspace; returns the dependency keys that changed, or why it could not be read.
   * `keys: false` when nothing has been checked yet (a first reading), so that no keys are worked out for nobody.
   */
  readFromDisk(path: string, keys = true): Set<string> | { error: string } {
    const source = this.source.readSource(path);
    if ("error" in source) return source;
    const id = this.idOf(path);
    if (source.bom) this.boms.add(id);
    else this.boms.delete(id);
    return this.setFile(id, source.text, source.readError, keys);
  }

  /** Finds and reads every file of the workspace (the command line's way); returns what could not be read. */
  loadAll(): FileList["missing"] {
    const { files, missing } = this.discover();
    for (const path of files) {
      const read = this.readFromDisk(path, false);
      if ("error" in read) missing.push({ path, reason: read.error });
    }
    return missing;
  }

  /**
   * An editor's new text for a file it holds, whose model from before nothing else keeps: a keystroke
   * re-reads only the declarations it changed (`Workspace.editFile`). Returns the dependency keys whose
   * answers may have changed.
   */
  editFile(id: string, text: string): Set<string> {
    const edited = this.ws.editFile(id, text);
    return edited ? provides(edited) : this.setFile(id, text);
  }

  /** Replaces a file's text; returns the dependency keys whose answers may have changed. */
  setFile(id: string, text: string, readError?: FileModel["readError"], keys = true): Set<string> {
    const old = keys ? this.ws.files.get(id) : undefined;
    const changed = old ? provides(old.decls) : new Set<string>();
    const file = this.ws.setFile(id, text, readError);
    if (keys) for (const k of provides(file.decls)) changed.add(k);
    return changed;
  }

  removeFile(id: string): Set<string> {
    const old = this.ws.files.get(id);
    if (!old) return new Set();
    const keys = provides(old.decls);
    this.ws.removeFile(id);
    this.dependencies.forget(id);
    return keys;
  }

  /** The files whose findings can change when these keys change (the changed file among them when its last check read one). */
  affected(keys: Iterable<string>): Set<string> {
    return this.dependencies.affected(keys);
  }

  /**
   * Checks one file and records what its check depended on; `detail: false` leaves out related places, fixes
   * and inlay texts. The answers kept about the file and its declarations are let go once it is checked: few
   * are asked for again, and let go at once they die young instead of being copied into the old generation.
   * Tracked (the editor, `--new-since`), each also holds the keys it read, which the file's record holds by
   * then: kept until the checks were done, a 12 MB workspace's took about 40 MB. An answer asked for again is
   * worked out again, its keys with it.
   */
  check(id: string, detail = true): Diagnostic[] {
    const file = this.ws.files.get(id);
    if (!file) return [];
    const config = this.configOf(id);
    const track = this.options.incremental !== false;
    const { diagnostics, deps } = checkFile(this.ws, file, { config, configOf: (other) => this.configOf(other), today: this.today, locale: config.locale, track, detail });
    if (track) this.dependencies.record(id, deps);
    this.ws.forgetMemosOf(file);
    return diagnostics;
  }

  /** Every file's findings. */
  checkAll(detail = true): Map<string, Diagnostic[]> {
    return new Map(this.checkEach(this.ws.files.keys(), detail));
  }

  /** The findings of the given files, checked one at a time as they are asked for (a lint that prints each file's findings before it checks the next). */
  *checkEach(ids: Iterable<string>, detail = true): Generator<[string, Diagnostic[]]> {
    for (const id of ids) if (this.ws.files.has(id)) yield [id, this.check(id, detail)];
  }

  /** The baseline that governs a file of the workspace (by identity), as read; undefined where there is none. */
  baselineOf(id: string): LoadedBaseline | BaselineError | undefined {
    const path = this.pathOf(id);
    const file = path === undefined ? undefined : this.baselines.forDir(dirname(path));
    return file === undefined ? undefined : this.baselines.load(file);
  }

  /** Marks the findings of one file that its baseline accepts (`baseline` on each); returns what is wrong with the baseline, if anything. */
  markBaselined(id: string, diagnostics: readonly Diagnostic[]): BaselineError | undefined {
    const b = this.baselineOf(id);
    if (b === undefined || "problem" in b) return b;
    const file = this.ws.files.get(id);
    if (file) markFile(b, this.pathOf(id)!, file.tree, diagnostics);
    return undefined;
  }

  /** Marks the findings every baseline accepts, and finds the entries that no longer occur. */
  applyBaseline(checked: ReadonlyMap<string, readonly Diagnostic[]>): BaselineOutcome {
    return applyBaseline(this, checked);
  }

  /** `applyBaseline` file by file, for findings reported as each file is checked. */
  baselineTally(): BaselineTally {
    return baselineTally(this);
  }

  /** Records the findings in a baseline (`target`, or where the workspace's baseline belongs), keeping the reasons written in it. */
  writeBaseline(checked: Iterable<readonly [string, readonly Diagnostic[]]>, target?: string): Written | BaselineError {
    return writeBaseline(this, checked, target);
  }

  /** Where `writeBaseline` writes by default: the baseline in force for the workspace's common folder, else beside its entente.json, else in that folder. */
  baselineTarget(): string {
    return defaultTarget(this);
  }

  /** A baseline file appeared, changed or went. */
  baselineChanged(): void {
    this.baselines.forget();
  }

  /**
   * Which findings also occurred at a git revision (`--new-since`): the revision's files, read from git, are
   * analysed as the workspace's are (only those that differ, and what depends on them, unless `full`). Throws GitError.
   */
  compareWith(rev: string, checked: ReadonlyMap<string, readonly Diagnostic[]>, full = false): Comparison {
    return compareWithRevision(this, rev, checked, full);
  }

  /**
   * Each finding's key as a fingerprint, for SARIF: stable across commits and runs from any folder of the
   * repository. The function given is asked for the findings of all files at once, or of one at a time.
   */
  fingerprinter(): (checked: Iterable<readonly [string, readonly Diagnostic[]]>) => Map<Diagnostic, string> {
    return fingerprinter(this);
  }

  /** A new analysis of the same roots with the same options, its files and configuration from another source (a git revision), without a baseline. */
  withSource(source: FileSource): Analysis {
    // Checked once at most, never re-checked: no dependencies to track.
    return new Analysis({ ...this.options, roots: [...this.options.roots], source, baseline: { off: true }, incremental: false });
  }

  /** Applies the safe fixes of every file in memory; `write` then saves what changed. */
  fix(): Applied {
    return fixAll(this);
  }

  /** Writes a file's current text to disk, atomically, keeping its byte-order mark and permissions. */
  write(id: string): void {
    const path = this.pathOf(id);
    const file = this.ws.files.get(id);
    if (path === undefined || !file) throw new Error(`${id} is not a file of the workspace on disk`);
    writeAtomically(path, file.tree.text, this.boms.has(id));
  }

  /** The partner register; `diagnostics` are the findings it counts (every file checked when not given). */
  report(format: ReportFormat, displayPath: (id: string) => string, diagnostics?: ReadonlyMap<string, readonly Diagnostic[]>, page?: HtmlOptions): string {
    const data = buildReport(this.ws, diagnostics ?? this.checkAll(), this.today, (id) => this.configOf(id), displayPath);
    return renderReport(data, format, this.locale, page);
  }

  /**
   * An agreement or weighing note as a document (`entente render`, the preview). `diagnostics` are
   * the findings of the files already known (the editor's); others are checked.
   */
  render(name: string, options: RenderOptions, diagnostics?: ReadonlyMap<string, readonly Diagnostic[]>): Promise<RenderOutcome> {
    return renderByName({
      ws: this.ws,
      diagnostics: (decl) => diagnostics?.get(decl.file.uri) ?? this.check(decl.file.uri),
      configOf: (id) => this.configOf(id),
      localeOf: (decl) => this.configOf(decl.file.uri).locale,
    }, name, options, this.locale);
  }

  /** The name of the agreement or weighing note at an offset of a file (the preview follows the cursor), or without one the file's first. */
  renderableAt(id: string, offset?: number): string | undefined {
    const file = this.ws.files.get(id);
    return file ? declarationAt(file, offset)?.name : undefined;
  }
}

/** The deepest folder that holds all the paths (a file counts as its folder). */
function commonRoot(paths: readonly string[]): string | undefined {
  const dirs = paths.map((p) => (isDirectory(p) ? p : dirname(p)));
  let root = dirs[0];
  if (root === undefined) return undefined;
  for (const d of dirs.slice(1)) {
    while (!isInside(root, d) && dirname(root) !== root) root = dirname(root);
  }
  return root;
}
