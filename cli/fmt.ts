// `entente fmt`: rewrites files in the canonical layout, or with --check lists those that are not in it; never touches a broken file.
import type { Locale } from "../grammar/messages.js";
import { syntaxMessage } from "../grammar/messages.js";
import { parse } from "../grammar/parse.js";
import { format } from "../core/features/format.js";
import { decode } from "../core/model/source.js";
import type { Io } from "./io.js";
import { displayPath, findWorkspaceFiles, readBytes } from "./workspace.js";
import { writeAtomically } from "./write.js";

export interface FmtOptions {
  paths: string[];
  /** Report instead of writing. */
  check: boolean;
  locale: Locale;
}

const say = {
  en: {
    wouldChange: (p: string) => `${p}: not formatted`,
    changed: (n: number) => `Formatted ${n} file${n === 1 ? "" : "s"}.`,
    checked: (bad: number, n: number) => bad === 0 ? `All ${n} file${n === 1 ? " is" : "s are"} formatted.` : `${bad} of ${n} file${n === 1 ? "" : "s"} not formatted; run 'entente fmt' to format ${bad === 1 ? "it" : "them"}.`,
    syntax: (p: string, line: number, col: number, msg: string) => `${p}:${line}:${col}: cannot format a file with syntax errors: ${msg}`,
    encoding: (p: string) => `${p}: cannot format a file that is not valid UTF-8; it is unchanged.`,
    unsafe: (p: string) => `${p}: the formatter would change what this file says, so it is unchanged. Please report this.`,
  },
  nl: {
    wouldChange: (p: string) => `${p}: niet opgemaakt`,
    changed: (n: number) => `${n} bestand${n === 1 ? "" : "en"} opgemaakt.`,
    checked: (bad: number, n: number) => bad === 0 ? `${n === 1 ? "Het bestand is" : `Alle ${n} bestanden zijn`} opgemaakt.` : `${bad} van ${n} bestand${n === 1 ? "" : "en"} niet opgemaakt; 'entente fmt' maakt ze op.`,
    syntax: (p: string, line: number, col: number, msg: string) => `${p}:${line}:${col}: een bestand met syntaxfouten wordt niet opgemaakt: ${msg}`,
    encoding: (p: string) => `${p}: een bestand dat geen geldige UTF-8 is wordt niet opgemaakt; het is ongewijzigd.`,
    unsafe: (p: string) => `${p}: opmaken zou veranderen wat dit bestand zegt, dus het is ongewijzigd. Meld dit alstublieft.`,
  },
};

/** The formatted text of a file, or why it cannot be formatted. */
export function formatText(text: string, locale: Locale, path: string): { text: string } | { problem: string } {
  const tree = parse(text);
  const error = tree.errors[0];
  if (error) {
    const p = tree.lines.positionAt(error.start);
    return { problem: say[locale].syntax(path, p.line + 1, p.character + 1, syntaxMessage(error, locale)) };
  }
  const out = format(tree);
  return out === undefined ? { problem: say[locale].unsafe(path) } : { text: out };
}

/** Formats the files under the paths (or checks them); returns the exit status. */
export function fmt(opts: FmtOptions, io: Io): number {
  const t = say[opts.locale];
  const found = findWorkspaceFiles(opts, io);
  let failed = found.ioError;
  let unformatted = 0;
  let written = 0;
  for (const abs of found.files) {
    const shown = displayPath(abs, io.cwd);
    const bytes = readBytes(abs, io);
    if (!bytes) {
      failed = true;
      continue;
    }
    const decoded = decode(bytes);
    if (decoded.readError) {
      io.stderr(t.encoding(shown) + "\n");
      failed = true;
      continue;
    }
    const result = formatText(decoded.text, opts.locale, shown);
    if ("problem" in result) {
      io.stderr(result.problem + "\n");
      failed = true;
      continue;
    }
    if (result.text === decoded.text) continue;
    unformatted++;
    if (opts.check) {
      io.stdout(t.wouldChange(shown) + "\n");
      continue;
    }
    try {
      writeAtomically(abs, result.text, decoded.bom);
      written++;
    } catch (e) {
      io.stderr(`entente: cannot write ${shown} (${(e as NodeJS.ErrnoException).code ?? String(e)}); it is unchanged.\n`);
      failed = true;
    }
  }
  if (opts.check) io.stderr(t.checked(unformatted, found.files.length) + "\n");
  else if (written > 0) io.stderr(t.changed(written) + "\n");
  if (failed) return 2;
  return opts.check && unformatted > 0 ? 1 : 0;
}

/** `entente fmt --stdin`: formats standard input to standard output, for editors that pipe a buffer through. */
export function fmtStdin(bytes: Uint8Array, locale: Locale, io: Io): number {
  const decoded = decode(bytes);
  if (decoded.readError) {
    io.stderr(say[locale].encoding("<stdin>") + "\n");
    return 2;
  }
  const result = formatText(decoded.text, locale, "<stdin>");
  if ("problem" in result) {
    io.stderr(result.problem + "\n");
    return 2;
  }
  io.stdout((decoded.bom ? "\uFEFF" : "") + result.text);
  return 0;
}
