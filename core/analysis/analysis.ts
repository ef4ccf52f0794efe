// The one entry point of the core for every front end: files, configuration, today, locale, checks, fixes and the register.
import { dirname } from "node:path";
import type { FileModel } from "../model/bound.js";
import { localToday } from "../model/dates.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { changedDecls } from "../model/changed-decls.js";
import { provides } from "../model/concerns.js";
import { Workspace } from "../model/workspace.js";
import { buildReport } from "../features/report/build.js";
import type { HtmlOptions } from "../features/report/html.js";
import { renderReport, type ReportFormat } from "../features/report/render.js";
import { renderByName, type RenderOptions, type RenderOutcome } from "../features/render/outcome.js";
import { declarationAt } from "../features/render/select.js";
import { checkFile } from "../rules/run.js";
import { Configs } from "./configs.js";
import { Configuration, DEFAULT_SETTINGS } from "./configuration.js";
import { Dependencies } from "./dependencies.js";
import { admit, commonRoot, isDirectory, isInside, realRoots, type FileList } from "./disk.js";
import { diskSource, type FileSource } from "./file-source.js";
import type { AnalysisOptions } from "./options.js";
import { fixAll, type Applied } from "./fix.js";
import { Baselines } from "./baseline.js";
import { WorkspaceBaseline } from "./baseline-workspace.js";
import { compareWithRevision, fingerprinter, type Comparison } from "./new-since.js";
import { writeAtomically } from "./write.js";

export type { AnalysisOptions } from "./options.js";

/** A workspace under analysis: its files and what they say, each file's configuration and baseline (`config`, `baseline`), its findings. */
export class Analysis {
  readonly ws = new Workspace();
  /** Files that began with a byte-order mark, which writing keeps. */
  private readonly boms = new Set<string>();
  private readonly dependencies = new Dependencies();
  readonly config: Configuration;
  readonly source: FileSource;
  readonly baseline: WorkspaceBaseline;
  private rootDirs = new Set<string>();

  /**
   * Files rest as soon as they have been read, and again once checked (`core/model/dormant.ts`), but those
   * that other files' checks read again and again and those `keepAwake` names: set by a lint of many files (a
   * body let go of at once dies young, which costs less than reading it twice), and by the language server while
   * it reads and first checks a workspace.
   */
  bounded = false;
  /** The files a bounded run never lets rest: the editor's open documents, whose keystrokes re-read them declaration by declaration. */
  keepAwake: ((id: string) => boolean) | undefined;

  constructor(private readonly options: AnalysisOptions) {
    const source = (this.source = options.source ?? diskSource);
    const isBoundary = (dir: string) => source.isRepositoryRoot(dir) || (options.stopAtRoots === true && this.rootDirs.has(dir));
    const configs = new Configs({
      ...(options.configFile !== undefined ? { fixed: options.configFile } : {}),
      isBoundary, exists: source.exists, read: source.readText,
    });
    const host = { ...(options.locale !== undefined ? { locale: options.locale } : {}), idOf: (p: string) => this.idOf(p), pathOf: (id: string) => this.pathOf(id), ids: () => this.ws.files.keys() };
    this.config = new Configuration(configs, options.settings ?? DEFAULT_SETTINGS, host);
    this.baseline = new WorkspaceBaseline(this, new Baselines({
      ...(options.baseline?.file !== undefined ? { fixed: options.baseline.file } : {}),
      off: options.baseline?.off === true, isBoundary, exists: source.exists, read: source.readText,
    }));
    this.setRoots(options.roots);
  }

  /** The folders that form the workspace (an editor learns them when it starts); files already read stay. */
  setRoots(roots: string[]): void {
    this.options.roots = roots;
    this.config.root = commonRoot(roots);
    this.rootDirs = new Set(roots.map((r) => (isDirectory(r) ? r : dirname(r))));
    this.config.changed();
  }

  get roots(): readonly string[] {
    return this.options.roots;
  }

  /** The --config file, if one was given. */
  get configFile(): string | undefined {
    return this.options.configFile;
  }

  /** "Today" for the date rules. */
  get today(): number {
    return this.options.today ?? localToday();
  }

  /** Pins "today" (an editor setting changed); undefined goes back to the local date. */
  setToday(day: number | undefined): void {
    this.options.today = day;
  }

  idOf(path: string): string {
    return this.options.idOf ? this.options.idOf(path) : path;
  }

  /** Whether a file began with a byte-order mark when it was read. */
  hasBom(id: string): boolean {
    return this.boms.has(id);
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
    return this.source.discover(this.options.roots, (abs) => this.config.excludes(abs));
  }

  /**
   * Whether a file on disk belongs to the workspace: an `.entente` file under the roots, not
   * excluded, and a regular file or a link to one inside the roots. For the editor's file events.
   */
  belongs(path: string): boolean {
    return path.endsWith(".entente") && this.contains(path) && !this.config.excludes(path) && admit(path, realRoots(this.roots)) === "ok";
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
    const changed = this.setFile(id, source.text, source.readError, keys);
    if (this.bounded) this.ws.restCold(undefined, this.keepAwake);
    return changed;
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

  /**
   * Replaces a file's text; returns the dependency keys whose answers may have changed. In a first reading of a
   * bounded run (no keys), a file not kept awake rests at once, bound no further than the index reads.
   */
  setFile(id: string, text: string, readError?: FileModel["readError"], keys = true): Set<string> {
    return this.replaceFile(id, text, readError, keys ? "places" : "none");
  }

  /**
   * A git revision's text for a file, for a comparison of findings by key (`--new-since`): the keys of the
   * declarations whose text changed, wherever in the file they now stand, since a key holds no place.
   */
  swapFile(id: string, text: string, readError?: FileModel["readError"]): Set<string> {
    return this.replaceFile(id, text, readError, "text");
  }

  /**
   * Replaces a file; the dependency keys of the declarations that changed: none asked for (a first reading), those
   * whose text changed, or those whose text or place changed (findings elsewhere point into them).
   */
  private replaceFile(id: string, text: string, readError: FileModel["readError"], keys: "none" | "text" | "places"): Set<string> {
    // Woken, as the keys of a declaration that changed may read its body (a flag, the services it concerns).
    const old = keys !== "none" ? this.ws.file(id) : undefined;
    const file = this.ws.setFile(id, text, readError, keys === "none" && this.bounded && !this.keepAwake?.(id));
    if (keys === "none") return new Set();
    return provides(old ? changedDecls(old, file, keys === "places") : file.decls);
  }

  /**
   * Lets the given files let go of their declarations' bodies until a check or a question reads them again
   * (`core/model/dormant.ts`): the language server's closed files while it idles. Returns how many came to rest.
   */
  rest(ids: Iterable<string>): number {
    return this.ws.rest(ids);
  }

  removeFile(id: string): Set<string> {
    const old = this.ws.file(id);
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
    const file = this.ws.file(id);
    if (!file) return [];
    const config = this.config.of(id);
    const track = this.options.incremental !== false;
    const { diagnostics, deps } = checkFile(this.ws, file, { config, configOf: (other) => this.config.of(other), today: this.today, locale: config.locale, track, detail });
    if (track) this.dependencies.record(id, deps);
    this.ws.forgetMemosOf(file);
    // The file just checked rests after the next: what made its findings often reads its tree (a baseline, fingerprints).
    if (this.bounded) this.ws.restCold(id, this.keepAwake);
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
    const file = this.ws.file(id);
    if (path === undefined || !file) throw new Error(`${id} is not a file of the workspace on disk`);
    writeAtomically(path, file.tree.text, this.boms.has(id));
  }

  /** The partner register; `diagnostics` are the findings it counts (every file checked when not given). */
  report(format: ReportFormat, displayPath: (id: string) => string, diagnostics?: ReadonlyMap<string, readonly Diagnostic[]>, page?: HtmlOptions): string {
    const data = buildReport(this.ws, diagnostics ?? this.checkAll(), this.today, (id) => this.config.of(id), displayPath);
    return renderReport(data, format, this.config.locale, page);
  }

  /**
   * An agreement or weighing note as a document (`entente render`, the preview). `diagnostics` are
   * the findings of the files already known (the editor's); others are checked.
   */
  render(name: string, options: RenderOptions, diagnostics?: ReadonlyMap<string, readonly Diagnostic[]>): Promise<RenderOutcome> {
    return renderByName({
      ws: this.ws,
      diagnostics: (decl) => diagnostics?.get(decl.file.uri) ?? this.check(decl.file.uri),
      configOf: (id) => this.config.of(id),
      localeOf: (decl) => this.config.of(decl.file.uri).locale,
    }, name, options, this.config.locale);
  }

  /** The name of the agreement or weighing note at an offset of a file (the preview follows the cursor), or without one the file's first. */
  renderableAt(id: string, offset?: number): string | undefined {
    const file = this.ws.file(id);
    return file ? declarationAt(file, offset)?.name : undefined;
  }
}
