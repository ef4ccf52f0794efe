// `entente fmt`: rewrites files in the canonical layout, or with --check lists those that are not in it; never touches a broken file.
import type { Locale } from "../grammar/messages.js";
import { syntaxMessage } from "../grammar/messages.js";
import { parse } from "../grammar/parse.js";
import { readSource } from "../core/analysis/disk.js";
import { writeAtomically } from "../core/analysis/write.js";
import { format } from "../core/features/format.js";
import { decode } from "../core/model/source.js";
import { words } from "../core/words/index.js";
import { reason, type Io } from "./io.js";
import { openWorkspace, shownPath } from "./workspace.js";

export interface FmtOptions {
  paths: string[];
  /** Report instead of writing. */
  check: boolean;
  locale: Locale;
}

/** The formatted text of a file, or why it cannot be formatted. */
function formatText(text: string, locale: Locale, path: string): { text: string } | { problem: string } {
  const tree = parse(text);
  const error = tree.errors[0];
  const w = words(locale).cli;
  if (error) {
    const p = tree.lines.positionAt(error.start);
    return { problem: w.syntax(path, p.line + 1, p.character + 1, syntaxMessage(error, locale)) };
  }
  const out = format(tree);
  return out === undefined ? { problem: w.unsafe(path) } : { text: out };
}

/** Formats the files under the paths (or checks them); returns the exit status. */
export function fmt(opts: FmtOptions, io: Io): number {
  const w = words(opts.locale).cli;
  const found = openWorkspace({ paths: opts.paths, locale: opts.locale }, io);
  let failed = found.ioError;
  let unformatted = 0;
  let written = 0;
  for (const abs of found.files) {
    const shown = shownPath(abs, io.cwd);
    const decoded = readSource(abs);
    if ("error" in decoded) {
      io.stderr(`entente: ${w.cannotRead(shown, decoded.error)}\n`);
      failed = true;
      continue;
    }
    if (decoded.readError) {
      io.stderr(w.encoding(shown) + "\n");
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
      io.stdout(w.notFormatted(shown) + "\n");
      continue;
    }
    try {
      writeAtomically(abs, result.text, decoded.bom);
      written++;
    } catch (e) {
      io.stderr(`entente: ${w.cannotWrite(shown, reason(e, w))}\n`);
      failed = true;
    }
  }
  if (opts.check) io.stderr(w.checked(unformatted, found.files.length) + "\n");
  else if (written > 0) io.stderr(w.formatted(written) + "\n");
  if (failed) return 2;
  return opts.check && unformatted > 0 ? 1 : 0;
}

/** `entente fmt --stdin`: formats standard input to standard output, for editors that pipe a buffer through. */
export function fmtStdin(bytes: Uint8Array, locale: Locale, io: Io): number {
  const decoded = decode(bytes);
  if (decoded.readError) {
    io.stderr(words(locale).cli.encoding("<stdin>") + "\n");
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
