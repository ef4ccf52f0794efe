// `--format github`: GitHub Actions workflow commands, which annotate the lines in a pull request.
import { visible } from "../../grammar/excerpt.js";
import { ordered, type LintResult } from "./result.js";

/** A workflow command's data: its own escapes first, then whatever else could act on the log made visible. */
const data = (s: string) => visible(s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
const property = (s: string) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** One workflow command per finding, as the report reaches it. */
export function* githubLines(result: LintResult): Generator<string> {
  for (const { file, d } of ordered(result)) {
    const command = d.severity === "error" ? "error" : d.severity === "warning" ? "warning" : "notice";
    const props = [
      `file=${property(file.path)}`, `line=${d.range.start.line + 1}`, `col=${d.range.start.character + 1}`,
      `endLine=${d.range.end.line + 1}`, `endColumn=${d.range.end.character + 1}`, `title=${property(`Entente (${d.rule})`)}`,
    ];
    yield `::${command} ${props.join(",")}::${data(d.message)}\n`;
  }
}
