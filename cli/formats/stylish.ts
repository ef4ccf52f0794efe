// The default format: findings grouped per file, aligned, with a summary line; coloured on a terminal only.
import type { Locale } from "../../grammar/messages.js";
import { words } from "../../core/words/index.js";
import { visible } from "../../grammar/excerpt.js";
import type { Style } from "../terminal.js";
import type { LintResult } from "./result.js";
import { triageLines } from "../triage.js";

/** The findings of each file, then the summary, in pieces: an old register's report is never held whole. */
export function* stylishChunks(result: LintResult, s: Style, locale: Locale): Generator<string> {
  const w = words(locale).stylish;
  let wrote = false;
  for (const file of result.files) {
    if (file.diagnostics.length === 0) continue;
    let out = `\n${s.underline(visible(file.path))}\n`;
    const places = file.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}`);
    const width = places.reduce((w, p) => Math.max(w, p.length), 0);
    file.diagnostics.forEach((d, i) => {
      const sev = d.severity === "error" ? s.red("error  ") : d.severity === "warning" ? s.yellow("warning") : s.blue("info   ");
      out += `  ${s.dim(places[i]!.padEnd(width))}  ${sev}  ${d.message}  ${s.dim(d.rule)}\n`;
    });
    wrote = true;
    yield out;
  }
  const total = result.errors + result.warnings + result.infos;
  const configuration = result.configs ? [w.configuration(result.configs.join(", "))] : [];
  const held = [...triageLines(result.triage, words(locale).baseline), ...configuration].map((l) => s.dim(l) + "\n").join("");
  // Nothing read (the paths could not be, as stderr says): "no problems" would read as a clean result.
  if (total === 0) return yield `${wrote ? "\n" : ""}${result.linted === 0 ? w.nothingLinted : w.noProblems(result.linted)}\n${held}`;
  const line = w.problems(total, result.errors, result.warnings, result.infos, result.linted);
  yield `\n${result.errors > 0 ? s.red(s.bold(line)) : s.yellow(s.bold(line))}\n${held}`;
}

export function stylish(result: LintResult, s: Style, locale: Locale): string {
  return [...stylishChunks(result, s, locale)].join("");
}
