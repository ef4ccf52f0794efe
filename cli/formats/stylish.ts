// The default format: findings grouped per file, aligned, with a summary line; coloured on a terminal only.
import type { Style } from "../terminal.js";
import type { LintResult } from "./result.js";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function stylish(result: LintResult, s: Style): string {
  let out = "";
  for (const file of result.files) {
    if (file.diagnostics.length === 0) continue;
    out += `\n${s.underline(file.path)}\n`;
    const places = file.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}`);
    const width = Math.max(...places.map((p) => p.length));
    file.diagnostics.forEach((d, i) => {
      const sev = d.severity === "error" ? s.red("error  ") : d.severity === "warning" ? s.yellow("warning") : s.blue("info   ");
      out += `  ${s.dim(places[i]!.padEnd(width))}  ${sev}  ${d.message}  ${s.dim(d.rule)}\n`;
    });
  }
  const total = result.errors + result.warnings + result.infos;
  const files = plural(result.linted, "file", "files");
  if (total === 0) return `${out}${out ? "\n" : ""}No problems found in ${files}.\n`;
  const counts = `${plural(result.errors, "error", "errors")}, ${plural(result.warnings, "warning", "warnings")}, ${plural(result.infos, "info", "infos")}`;
  const line = `✖ ${plural(total, "problem", "problems")} (${counts}) in ${files}.`;
  return `${out}\n${result.errors > 0 ? s.red(s.bold(line)) : s.yellow(s.bold(line))}\n`;
}
