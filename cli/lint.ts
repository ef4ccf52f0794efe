// `entente lint`: reads the workspace, runs the catalogue, prints in the chosen format and decides the exit status.
import type { Locale } from "../grammar/messages.js";
import { checkFile, type Diagnostic } from "../core/rules/run.js";
import { configFileDiagnostics } from "./config-file.js";
import { fixWorkspace } from "./fix.js";
import { displayPath, readWorkspace } from "./workspace.js";
import { github } from "./formats/github.js";
import { json } from "./formats/json.js";
import { junit } from "./formats/junit.js";
import type { FileResult, LintResult } from "./formats/result.js";
import { sarif } from "./formats/sarif.js";
import { stylish } from "./formats/stylish.js";
import { style, useColour } from "./terminal.js";
import type { Io } from "./io.js";

export const FORMATS = ["stylish", "json", "sarif", "junit", "github"] as const;
export type Format = (typeof FORMATS)[number];

export interface LintOptions {
  paths: string[];
  format: Format;
  today?: string;
  locale?: Locale;
  maxWarnings?: number;
  config?: string;
  /** Apply the safe fixes and write the files (the only way lint writes). */
  fix?: boolean;
}

/** Reads, checks and reports a workspace; returns the exit status (LANGUAGE.md §7). */
export function lint(opts: LintOptions, io: Io): number {
  const read = readWorkspace(opts, io);
  const { ws, loaded, today, locale, boms } = read;
  let ioError = read.ioError;
  const options = { config: loaded.config, today, locale };
  if (opts.fix) {
    const outcome = fixWorkspace(ws, options, boms);
    for (const f of outcome.failed) {
      io.stderr(`entente: cannot write ${displayPath(f.path, io.cwd)} (${f.reason}); it is unchanged.\n`);
      ioError = true;
    }
    const total = [...outcome.applied.values()].reduce((a, b) => a + b, 0);
    if (total > 0) io.stderr(`Applied ${total} fix${total === 1 ? "" : "es"} in ${outcome.applied.size} file${outcome.applied.size === 1 ? "" : "s"}.\n`);
  }
  const files: FileResult[] = [];
  const paths_ = new Map<string, string>();
  for (const file of ws.files.values()) paths_.set(file.uri, displayPath(file.uri, io.cwd));
  const configDiags = configFileDiagnostics(loaded, locale);
  if (loaded.path && configDiags.length > 0) {
    paths_.set(loaded.path, displayPath(loaded.path, io.cwd));
    files.push({ path: paths_.get(loaded.path)!, diagnostics: configDiags });
  }
  for (const file of ws.files.values()) {
    files.push({ path: paths_.get(file.uri)!, diagnostics: checkFile(ws, file, options).diagnostics });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const result = summarise(files, paths_, ws.files.size);
  io.stdout(formatResult(result, opts.format, locale, io));
  if (configDiags.length > 0 || ioError) return 2;
  const overWarnings = opts.maxWarnings !== undefined && result.warnings > opts.maxWarnings;
  return result.errors > 0 || overWarnings ? 1 : 0;
}

function summarise(files: FileResult[], paths: Map<string, string>, linted: number): LintResult {
  const count = (s: Diagnostic["severity"]) => files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === s).length, 0);
  return { files, linted, errors: count("error"), warnings: count("warning"), infos: count("info"), paths };
}

function formatResult(result: LintResult, format: Format, locale: Locale, io: Io): string {
  switch (format) {
    case "json": return json(result);
    case "sarif": return sarif(result, locale);
    case "junit": return junit(result);
    case "github": return github(result);
    case "stylish": return stylish(result, style(useColour(io.stdoutStream, io.env)));
  }
}
