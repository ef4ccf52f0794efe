// Keeps the closed files of the workspace analysed: reads them from disk at start, and again when they change on disk.
import { statSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Analysis } from "../../core/analysis/analysis.js";
import { holdYoungGeneration } from "../../core/v8-tuning.js";
import type { Checker } from "./checker.js";
import { restMode } from "./rest.js";

/** Files larger than this many bytes are not analysed by the language server (the CLI still lints them). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** A file: URI in one canonical spelling, so that the client's and the disk's URIs of a file agree. */
export function canonical(uri: string): string {
  if (!uri.startsWith("file:")) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

/** The path of a file: URI; undefined for documents that are not on disk (untitled:, and so on). */
export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class Indexer {
  /** Files left out because of their size, by URI, with their size in bytes. */
  readonly tooLarge = new Map<string, number>();
  /** Whether the workspace has been read once. */
  private read = false;

  constructor(
    private readonly analysis: Analysis,
    private readonly checker: Checker,
    private readonly isOpen: (uri: string) => boolean,
    private readonly log: (message: string) => void,
  ) {}

  /**
   * Reads every .entente file under the roots, yielding now and then so that the editor stays served.
   * Checks wait until it is done, and until `ready` (the settings) has settled: a file checked against
   * half a workspace would show false errors.
   */
  async indexAll(ready?: Promise<unknown>): Promise<void> {
    const t0 = performance.now();
    this.checker.holding = true;
    // Reading and the first check of every file make what the server keeps; only the edits after them need a young generation that grows.
    holdYoungGeneration(true);
    // Each closed file rests as soon as it is read, and again once its first check is done: its body then dies
    // young, where kept to the end of the first checks it would be copied by every minor collection until then.
    // The files the drafter has open stay awake and are checked first, so their findings come sooner.
    this.analysis.keepAwake = this.isOpen;
    this.analysis.bounded = restMode() !== "never";
    try {
      await this.readAll();
    } finally {
      this.read = true;
      await ready?.catch(() => undefined);
      this.checker.holding = false;
      this.checker.everything();
      this.checker.whenDrained(() => {
        holdYoungGeneration(false);
        this.analysis.bounded = false;
      });
    }
    this.log(`indexed the workspace in ${(performance.now() - t0).toFixed(0)} ms; ${this.analysis.ws.resting} of its ${this.analysis.ws.files.size} files resting until a check reads them`);
  }

  private async readAll(): Promise<void> {
    const { files, missing, skipped } = this.analysis.discover();
    for (const m of missing) this.log(`cannot read ${m.path} (${m.reason})`);
    for (const s of skipped) this.log(`left out ${s.path}: ${s.reason === "not-regular" ? "not a regular file" : "a link to a file outside the workspace folders"}`);
    let n = 0;
    for (const path of files) {
      const uri = this.analysis.idOf(path);
      // No dependency keys: everything is checked once the reading is done.
      if (!this.isOpen(uri)) this.readFromDisk(uri, false);
      if (++n % 50 === 0) await new Promise((r) => setImmediate(r));
    }
  }

  /** (Re)reads a closed file; returns the keys that changed, or undefined when it could not be read. */
  readFromDisk(uri: string, keys = true): Set<string> | undefined {
    const path = pathOf(uri);
    if (path === undefined) return undefined;
    try {
      const size = statSync(path).size;
      if (size > MAX_FILE_BYTES) {
        this.tooLarge.set(uri, size);
        this.log(`${path} is ${(size / 1e6).toFixed(0)} MB: too large to analyse in the editor; 'entente lint' checks it`);
        return this.analysis.removeFile(uri);
      }
    } catch (e) {
      this.log(`cannot read ${uri}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      return undefined;
    }
    this.tooLarge.delete(uri);
    const read = this.analysis.readFromDisk(path, keys);
    if ("error" in read) {
      this.log(`cannot read ${uri}: ${read.error}`);
      return undefined;
    }
    return read;
  }

  /**
   * A file changed on disk (outside the editor): re-read it unless the editor holds it open. Events
   * for files that are not part of the workspace (outside its folders, another extension, excluded,
   * not a regular file, a link leading outside) are ignored; such a file that was part of it leaves.
   */
  async changedOnDisk(uri: string): Promise<void> {
    if (this.isOpen(uri)) return;
    const path = pathOf(uri);
    if (path === undefined || !this.analysis.belongs(path)) {
      if (this.analysis.ws.files.has(uri)) this.checker.removed(uri, this.analysis.removeFile(uri));
      return;
    }
    const keys = this.readFromDisk(uri);
    if (keys) this.checker.changed(uri, keys);
  }

  /**
   * A file appeared in a folder that held no other file of the workspace. A watcher learns of a new folder
   * only when it sees it created, and may miss the files written into it at once (the editor tests saw
   * this: a partner file written with the acts that name it, and only the acts reported). So the
   * workspace is searched again, and the files it does not hold yet are read.
   */
  appeared(uri: string): void {
    // While the workspace is first read, that reading finds the file's neighbours itself.
    if (pathOf(uri) === undefined || !this.read) return;
    // URIs are canonical here, so the folder is the text up to the last '/': no path to work out per file.
    const folder = uri.slice(0, uri.lastIndexOf("/") + 1);
    for (const id of this.analysis.ws.files.keys()) if (id !== uri && id.startsWith(folder) && !id.includes("/", folder.length)) return;
    const missed = this.analysis.discover().files.map((p) => this.analysis.idOf(p)).filter((id) => !this.analysis.ws.files.has(id) && !this.isOpen(id) && !this.tooLarge.has(id));
    if (missed.length > 0) this.log(`a new folder ${pathOf(folder) ?? folder}: read ${missed.length} file(s) the file watcher did not report`);
    for (const id of missed) {
      const keys = this.readFromDisk(id);
      if (keys) this.checker.changed(id, keys);
    }
  }

  /** A file was deleted on disk. An open one stays, with the editor's text, until it is closed. */
  deletedOnDisk(uri: string): void {
    if (this.isOpen(uri)) return;
    this.checker.removed(uri, this.analysis.removeFile(uri));
  }
}
