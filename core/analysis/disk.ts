// Finds and reads the files of a workspace on disk: the .entente files under the given paths, minus the excluded ones.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { decode, type Decoded } from "../model/source.js";

export interface FileList {
  files: string[];
  /** Paths that do not exist or cannot be read, with the reason. */
  missing: { path: string; reason: string }[];
}

/** Folders never searched: version control, dependencies. */
const SKIPPED = new Set([".git", ".hg", ".svn", "node_modules"]);

/**
 * Absolute paths of the `.entente` files under `paths` (a file named explicitly is taken whatever
 * its extension), without those `excluded` says to leave out (folders too), sorted.
 */
export function collectFiles(paths: readonly string[], excluded: (abs: string) => boolean): FileList {
  const found = new Set<string>();
  const missing: FileList["missing"] = [];
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
      } else if (entry.name.endsWith(".entente") && (entry.isFile() || entry.isSymbolicLink()) && !excluded(abs)) {
        found.add(abs);
      }
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
    else found.add(abs);
  }
  return { files: [...found].sort(), missing };
}

/** A file's text (see `decode`), or why it could not be read. */
export function readSource(path: string): Decoded | { error: string } {
  try {
    return decode(readFileSync(path));
  } catch (e) {
    return { error: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
}
