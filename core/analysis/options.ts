// What an analysis is opened with: its roots, and where its files, configuration and baseline come from.
import type { Locale } from "../../grammar/messages.js";
import type { Settings } from "./configuration.js";
import type { FileSource } from "./file-source.js";

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
