// Keeps the closed files of the workspace indexed: reads them from disk at start, and again when they change on disk.
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { collectFiles } from "../../core/files.js";
import { decode } from "../../core/model/source.js";
import type { Project } from "../../core/project.js";
import type { Checker } from "./checker.js";

/** Files larger than this are not analysed by the language server (the CLI still lints them). */
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

export class Indexer {
  roots: string[] = [];
  /** Files left out because of their size, by URI, with their size in bytes. */
  readonly tooLarge = new Map<string, number>();

  constructor(
    private readonly project: Project,
    private readonly checker: Checker,
    private readonly isOpen: (uri: string) => boolean,
    private readonly log: (message: string) => void,
  ) {}

  get configPath(): string | undefined {
    const root = this.roots[0];
    return root ? join(root, "entente.json") : undefined;
  }

  /** Reads entente.json into the project; returns its text (undefined when there is none). */
  async readConfig(): Promise<string | undefined> {
    const path = this.configPath;
    let text: string | undefined;
    if (path && existsSync(path)) {
      try {
        text = await readFile(path, "utf8");
      } catch (e) {
        this.log(`cannot read ${path}: ${String(e)}`);
      }
    }
    this.project.setConfigText(text);
    return text;
  }

  /**
   * Reads every .entente file under the roots, yielding now and then so that the editor stays served.
   * Checks wait until it is done: a file checked against half a workspace would show false errors.
   */
  async indexAll(): Promise<void> {
    const t0 = performance.now();
    this.checker.holding = true;
    try {
      await this.readAll();
    } finally {
      this.checker.holding = false;
      this.checker.everything();
    }
    this.log(`indexed the workspace in ${(performance.now() - t0).toFixed(0)} ms`);
  }

  private async readAll(): Promise<void> {
    const root = this.roots[0] ?? "";
    const { files, missing } = collectFiles(this.roots, this.project.config.exclude, root);
    for (const m of missing) this.log(`cannot read ${m.path} (${m.reason})`);
    let n = 0;
    for (const path of files) {
      const uri = pathToFileURL(path).href;
      if (!this.isOpen(uri)) await this.readFromDisk(uri);
      if (++n % 50 === 0) await new Promise((r) => setImmediate(r));
    }
  }

  /** (Re)reads a closed file; returns the keys that changed, or undefined when it could not be read. */
  async readFromDisk(uri: string): Promise<Set<string> | undefined> {
    let path: string;
    try {
      path = fileURLToPath(uri);
      const size = statSync(path).size;
      if (size > MAX_FILE_BYTES) {
        this.tooLarge.set(uri, size);
        this.log(`${path} is ${(size / 1e6).toFixed(0)} MB: too large to analyse in the editor; 'entente lint' checks it`);
        return this.project.removeFile(uri);
      }
      this.tooLarge.delete(uri);
      const { text, readError } = decode(await readFile(path));
      // Opened while it was being read: the editor's text wins over the disk's.
      if (this.isOpen(uri)) return undefined;
      return this.project.setFile(uri, text, readError);
    } catch (e) {
      this.log(`cannot read ${uri}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      return undefined;
    }
  }

  /** A file changed on disk (outside the editor): re-read it unless the editor holds it open. */
  async changedOnDisk(uri: string): Promise<void> {
    if (this.isOpen(uri)) return;
    const keys = await this.readFromDisk(uri);
    if (keys) this.checker.changed(uri, keys);
  }

  /** A file was deleted on disk. An open one stays, with the editor's text, until it is closed. */
  deletedOnDisk(uri: string): void {
    if (this.isOpen(uri)) return;
    this.checker.removed(uri, this.project.removeFile(uri));
  }
}
