// Finds the files of a workspace on disk: the .entente files under the given paths, minus the configured exclusions.
import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";

export interface FileList {
  files: string[];
  /** Paths that do not exist or cannot be read, with the reason. */
  missing: { path: string; reason: string }[];
}

/** Folders never searched: version control, dependencies. */
const SKIPPED = new Set([".git", ".hg", ".svn", "node_modules"]);

/**
 * Absolute paths of the `.entente` files under `paths` (a file named explicitly is taken whatever
 * its extension), without those matching `exclude` (globs relative to `base`), sorted.
 */
export function collectFiles(paths: string[], exclude: string[], base: string): FileList {
  const isExcluded = exclude.length > 0 ? picomatch(exclude, { dot: true }) : () => false;
  const excluded = (abs: string) => isExcluded(relative(base, abs).split(sep).join("/"));
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
