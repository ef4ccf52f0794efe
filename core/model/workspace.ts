// The workspace index: every file's declarations, indexed by name and by the service they concern.
import { parse } from "../../grammar/parse.js";
import { date } from "./access.js";
import { bindFile } from "./binder.js";
import { editedFile } from "./rebind.js";
import type { Decl, FileModel } from "./bound.js";
import { before, INDEX_ONLY } from "./concerns.js";
import { Dormancy } from "./dormant.js";
import { Memos } from "./memos.js";
import { inSummary, OwnSummary } from "./own-summary.js";
import { DeclIndex, NO_DECLS } from "./index-lists.js";

export class Workspace {
  readonly files = new Map<string, FileModel>();
  private readonly decls = new DeclIndex();
  /** Dependency keys read by the queries since `track` was set: see ARCHITECTURE.md, "incremental checking". */
  track: Set<string> | null = null;
  /** Answers computed once for every file checked until the workspace next changes, with the keys they read; by owner, then key. */
  private readonly memos = new Memos(this);
  /** The own services and the first activity, by file (the own-service rule asks for them for every file). */
  private readonly summary = new OwnSummary();
  private readonly assessmentCache = new Map<string, Decl[]>();
  /** Which files rest (`rest`, `core/model/dormant.ts`). */
  private readonly dormancy = new Dormancy();

  /**
   * Parses, binds and indexes a file, replacing any earlier version; returns the new model. `indexOnly`: the file
   * is parsed and bound no further than the index reads, and rests at once until it wakes (a bounded run's first
   * reading, whose checks come after every file is read: reading it whole then would be done twice).
   */
  setFile(uri: string, text: string, readError?: FileModel["readError"], indexOnly = false): FileModel {
    const file = bindFile(uri, indexOnly ? parse(text, INDEX_ONLY) : parse(text), indexOnly);
    if (readError) file.readError = readError;
    this.putFile(file);
    if (indexOnly) this.rest([uri]);
    return file;
  }

  /**
   * A new text for a file whose model nobody else keeps (an editor's keystroke): only what the edit changed is
   * parsed, bound and indexed again, where it can be (`editedFile`). Returns the declarations whose content or
   * place changed, before and after; undefined when the file must be set anew.
   */
  editFile(uri: string, text: string): Decl[] | undefined {
    const old = this.file(uri);
    const edit = old && !old.readError ? editedFile(old, text) : undefined;
    if (!edit) return undefined;
    this.files.set(uri, edit.file);
    this.changed();
    this.unindex(edit.gone);
    for (const d of edit.came) this.index(d);
    // The file's own services and first activity are the same declarations unless one of those changed.
    if (edit.gone.some(inSummary) || edit.came.some(inSummary)) this.summary.update(edit.file);
    return edit.changed;
  }

  putFile(file: FileModel): void {
    this.removeFile(file.uri);
    this.files.set(file.uri, file);
    this.dormancy.added(file.uri);
    this.changed();
    for (const d of file.decls) this.index(d);
    this.summary.update(file);
  }

  removeFile(uri: string): void {
    const old = this.file(uri);
    if (!old) return;
    this.dormancy.removed(old);
    this.files.delete(uri);
    this.changed();
    this.summary.remove(uri);
    this.unindex(old.decls);
  }

  /** A file's model with its declarations' bodies, read again if the file rested. */
  file(uri: string): FileModel | undefined {
    const file = this.files.get(uri);
    if (file?.resting) this.awake(file);
    return file;
  }

  /** How many files rest (`dormant.ts`). */
  get resting(): number {
    return this.dormancy.restingFiles;
  }

  /** Reads a resting file's bodies again (`dormant.ts`); a file that does not rest is left as it is. */
  awake(file: FileModel): FileModel {
    this.dormancy.wake(file);
    return file;
  }

  /**
   * Lets files' declarations let go of their bodies until something reads them: the language server does
   * this for closed files when it idles. Answers kept about files and declarations may hold bodies that go, so
   * they go too; the workspace's own answers stay, and one that holds declarations whose bodies are read wakes
   * them when asked (`agreementsOf`). Returns how many came to rest.
   */
  rest(uris: Iterable<string>): number {
    let n = 0;
    for (const uri of uris) {
      const file = this.files.get(uri);
      if (file && this.dormancy.rest(file)) n++;
    }
    if (n > 0) this.memos.clearBut(this);
    return n;
  }

  /**
   * Lets every awake file rest but `except`, those `keep` names and those that questions have woken more than
   * once (a register's services, read by the check of every act): a bounded run calls it after reading each file
   * and after checking each, never during a check, which holds the bodies it read. A body let go of so soon
   * dies young, which costs the collector next to nothing.
   */
  restCold(except?: string, keep?: (uri: string) => boolean): void {
    this.rest(this.dormancy.cold(except, keep));
  }

  /** The declarations a query answers with, their files awake: a rule reads the bodies of what it is given. */
  woken<T extends Iterable<Decl>>(decls: T): T {
    return this.dormancy.woken(decls);
  }

  /** Answers kept for the workspace as it was are void. */
  private changed(): void {
    this.summary.changed();
    this.memos.clear();
  }

  private index(d: Decl): void {
    for (const s of this.decls.add(d)) this.assessmentCache.delete(s);
  }

  private unindex(decls: readonly Decl[]): void {
    for (const s of this.decls.remove(decls)) this.assessmentCache.delete(s);
  }

  /**
   * An answer about the whole workspace that every file's check may ask for (how many incidental
   * acts a service has had): computed once until the workspace changes, so that a lint stays
   * linear in the number of acts. The dependency keys the computation read are recorded for every
   * check that asks, as if it had read them itself.
   */
  memo<T>(key: string, compute: () => T): T {
    return this.memos.get(this, key, compute, undefined);
  }

  /**
   * Lets go of the answers kept by `memo` and `memoOn`. An editor calls it when its checks are done: the
   * next change would drop them anyway, and with the keys each one read they are a fifth of what a
   * 12 MB workspace holds beyond its syntax (35 MB of 230).
   */
  forgetMemos(): void {
    this.memos.clear();
  }

  /** Lets go of the answers kept about a file and its declarations (`memoOn`); asked again, they are computed again. */
  forgetMemosOf(file: FileModel): void {
    this.memos.forget([file]);
    this.memos.forget(file.decls);
  }

  /** `memo` for an answer about one object (a declaration's foreign counterparts), forgotten with it. */
  memoOn<O extends object, T>(owner: O, key: string, compute: (owner: O, ws: Workspace) => T): T {
    return this.memos.get(owner, key, compute, this);
  }

  /** All declarations with this name (more than one is a duplicate). */
  lookup(name: string): readonly Decl[] {
    return this.woken(this.headsNamed(name));
  }

  /** `lookup` for what the declarations' first lines say (kind, name, title, place): their files are not woken. */
  headsNamed(name: string): readonly Decl[] {
    this.track?.add("n:" + name);
    return this.decls.names.get(name) ?? NO_DECLS;
  }

  /** All declarations of a kind. */
  ofKind(kind: string): ReadonlySet<Decl> {
    return this.woken(this.headsOfKind(kind));
  }

  /**
   * All declarations of a kind, for what their first line says (kind, name, title, place): their files are not
   * woken (a list of names, such as completion's, would otherwise read every file of the workspace again).
   */
  headsOfKind(kind: string): ReadonlySet<Decl> {
    this.track?.add("k:" + kind);
    return this.decls.byKind.get(kind) ?? new Set();
  }

  /** The assessments, agreements and liaisons that concern a service (not its activities). */
  recordsAbout(name: string): readonly Decl[] {
    this.track?.add("s:" + name);
    return this.woken(this.decls.records.get(name) ?? NO_DECLS);
  }

  /** The agreements that supersede or amend the agreement of this name (its later history). */
  successorsOf(name: string): readonly Decl[] {
    this.track?.add("h:" + name);
    return this.woken(this.decls.successors.get(name) ?? NO_DECLS);
  }

  /** The activities with a service as counterpart. */
  activitiesWith(name: string): readonly Decl[] {
    this.track?.add("a:" + name);
    return this.woken(this.decls.activities.get(name) ?? NO_DECLS);
  }

  /** Own services (`own: yes`) and whether any activity exists: the inputs of the own-service rule. */
  ownServices(): Decl[] {
    this.track?.add("own");
    return this.woken(this.summary.own());
  }

  /** The first activity of the workspace (by file, then position), where own-service reports a missing own service. */
  firstActivity(): Decl | undefined {
    this.track?.add("first-activity");
    const first = this.summary.first();
    if (first) this.awake(first.file);
    return first;
  }

  /** The service declaration for a name, when the name resolves to exactly one service. */
  service(name: string): Decl | undefined {
    const found = this.lookup(name);
    return found.length === 1 && found[0]!.kind === "service" ? found[0] : undefined;
  }

  /** Assessments of a service, oldest first (undated ones are left out). */
  assessmentsOf(name: string): readonly Decl[] {
    const about = this.recordsAbout(name);
    let cached = this.assessmentCache.get(name);
    if (!cached) {
      cached = about
        .filter((d) => d.kind === "assessment" && date(d, "date") !== undefined)
        .sort((a, b) => date(a, "date")! - date(b, "date")! || (before(a, b) ? -1 : 1));
      this.assessmentCache.set(name, cached);
    }
    return cached;
  }
}
