// Finds and reads the files of a workspace on disk: regular .entente files under the given paths, and nothing else.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync, type Dirent } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { decode, decodedText, type Decoded } from "../model/source.js";

export interface FileList {
  files: string[];
  /** Paths that do not exist or cannot be read, with the reason. */
  missing: { path: string; reason: string }[];
  /** Paths left out on purpose, with why: not a regular file, or a link that leads outside the folders linted. */
  skipped: { path: string; reason: SkipReason }[];
}

export type SkipReason = "not-regular" | "link-outside";

/** Folders never searched: version control, dependencies (on disk and in a git revision alike). */
export const SKIPPED = new Set([".git", ".hg", ".svn", "node_modules"]);

/** The largest file read, in bytes: a file of this size is far beyond any register, and past it lies exhausted memory. */
const MAX_READ_BYTES = 256 * 1024 * 1024;

/** Whether a path is the folder or lies below it. */
export const isInside = (root: string, path: string) => {
  const r = relative(root, path);
  return r === "" || (!r.startsWith("..") && !isAbsolute(r));
};

function realpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Absolute paths of the `.entente` files under `paths` (a file named explicitly is taken whatever
 * its extension), without those `excluded` says to leave out (folders too), sorted. Only regular
 * files are taken: a FIFO, device or socket is never opened, and a symbolic link only when it leads
 * to a regular file inside the paths (a link to a file outside would put that file's text into
 * messages and CI logs). Links to folders are not followed.
 */
export function collectFiles(paths: readonly string[], excluded: (abs: string) => boolean): FileList {
  const found = new Set<string>();
  const missing: FileList["missing"] = [];
  const skipped: FileList["skipped"] = [];
  // A file named on its own counts as its folder: a link named there still may not lead outside it.
  const roots = realRoots(paths);
  const take = (abs: string, entry: Dirent | undefined) => {
    const verdict = admit(abs, roots, entry);
    if (verdict === "ok") found.add(abs);
    else if (verdict === "missing") missing.push({ path: abs, reason: "ENOENT" });
    else skipped.push({ path: abs, reason: verdict });
  };
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      missing.push({ path: dir, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
      return;
    }
    for (const entry of entries) {
      const abs = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name) && !excluded(abs)) walk(abs);
      } else if (entry.name.endsWith(".entente") && !excluded(abs)) take(abs, entry);
    }
  };
  for (const p of paths) {
    const abs = resolve(p);
    let st;
    try {
      st = statSync(abs);
    } catch (e) {
      missing.push({ path: p, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
      continue;
    }
    if (st.isDirectory()) walk(abs);
    else take(abs, undefined);
  }
  return { files: [...found].sort(), missing, skipped };
}

/**
 * Whether a file may be read as part of a workspace whose folders (real paths) are `roots`: a
 * regular file, or a link to a regular file inside them. `entry` saves a system call when known.
 */
export function admit(abs: string, roots: readonly string[], entry?: Dirent): "ok" | "missing" | SkipReason {
  if (entry ? entry.isSymbolicLink() : isLink(abs)) {
    const target = realpath(abs);
    if (target === undefined) return "missing";
    if (!roots.some((r) => isInside(r, target))) return "link-outside";
    return isRegular(target) ? "ok" : "not-regular";
  }
  return (entry ? entry.isFile() : isRegular(abs)) ? "ok" : "not-regular";
}

/** The real paths of the folders that paths name (a file counts as its folder), for `admit`. */
export function realRoots(paths: readonly string[]): string[] {
  return paths.map((p) => realpath(isDirectory(resolve(p)) ? resolve(p) : dirname(resolve(p)))).filter((p): p is string => p !== undefined);
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isRegular(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * A file's text (see `decode`), or why it could not be read. The file is opened without blocking
 * (a FIFO that slipped in would otherwise wait for a writer forever), checked to be a regular file
 * and measured before a byte is read.
 */
export function readSource(path: string): Decoded | { error: string } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { error: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { error: "not a regular file" };
    if (st.size > MAX_READ_BYTES) return { error: `${Math.round(st.size / 1048576)} MB: too large` };
    // Read and decoded in one call, without a buffer per file (about 4 % of reading 12 MB); read again as bytes
    // only when the text may hide invalid UTF-8 (`decodedText`).
    return decodedText(readFileSync(fd, "utf8")) ?? readBytes(fd, st.size);
  } catch (e) {
    return { error: (e as NodeJS.ErrnoException).code ?? String(e) };
  } finally {
    closeSync(fd);
  }
}

/** The file's bytes from its start, decoded (see `decode`). */
function readBytes(fd: number, size: number): Decoded {
  const bytes = Buffer.allocUnsafe(size);
  let at = 0;
  while (at < size) {
    const n = readSync(fd, bytes, at, size - at, at);
    if (n === 0) break; // the file shrank while it was read: what is there is what is read
    at += n;
  }
  return decode(bytes.subarray(0, at));
}

/** The deepest folder that holds all the paths (a file counts as its folder). */
export function commonRoot(paths: readonly string[]): string | undefined {
  const dirs = paths.map((p) => (isDirectory(p) ? p : dirname(p)));
  let root = dirs[0];
  if (root === undefined) return undefined;
  for (const d of dirs.slice(1)) {
    while (!isInside(root, d) && dirname(root) !== root) root = dirname(root);
  }
  return root;
}
