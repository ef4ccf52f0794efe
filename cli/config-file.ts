// Finds and reads entente.json for the CLI: --config, or the nearest one above the linted paths.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, parse as parsePath, relative, resolve } from "node:path";
import { LineIndex } from "../grammar/line-index.js";
import { DEFAULT_CONFIG, parseConfig, type Config } from "../core/model/config.js";
import { RULE_IDS } from "../core/rules/catalogue.js";
import { configDiagnostics, type Diagnostic } from "../core/rules/run.js";
import type { Locale } from "../grammar/messages.js";

export interface LoadedConfig {
  config: Config;
  /** The file read, if any; exclusions are relative to its folder. */
  path?: string;
  base: string;
  text?: string;
  problems: ReturnType<typeof parseConfig>["problems"];
}

/** The deepest folder that contains all the paths (a file counts as its folder). */
export function commonRoot(paths: string[]): string {
  const dirs = paths.map((p) => {
    const abs = resolve(p);
    return isDirectory(abs) ? abs : dirname(abs);
  });
  const inside = (root: string, d: string) => {
    const r = relative(root, d);
    return r === "" || (!r.startsWith("..") && !isAbsolute(r));
  };
  let root = dirs[0] ?? process.cwd();
  for (const d of dirs.slice(1)) {
    while (!inside(root, d) && dirname(root) !== root) root = dirname(root);
  }
  return root;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Walks up from `start` to the first folder with entente.json, stopping at a repository root. */
export function findConfig(start: string): string | undefined {
  let dir = start;
  for (;;) {
    const candidate = join(dir, "entente.json");
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, ".git")) || dir === parsePath(dir).root) return undefined;
    dir = dirname(dir);
  }
}

export function loadConfig(path: string | undefined, base: string): LoadedConfig {
  if (!path) return { config: { ...DEFAULT_CONFIG, exclude: [], rules: {} }, base, problems: [] };
  const text = readFileSync(path, "utf8");
  const { config, problems } = parseConfig(text, RULE_IDS);
  return { config, path, base: dirname(path), text, problems };
}

export function configFileDiagnostics(loaded: LoadedConfig, locale: Locale): Diagnostic[] {
  if (!loaded.path || loaded.problems.length === 0) return [];
  return configDiagnostics(loaded.path, new LineIndex(loaded.text ?? ""), loaded.problems, locale);
}
