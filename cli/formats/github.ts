// `--format github`: GitHub Actions workflow commands, which annotate the lines in a pull request.
import { visible } from "../../grammar/excerpt.js";
import { ascii, ByteBatches, madeOnce, writeRange, type RangeLabels } from "./bytes.js";
import type { LintResult } from "./result.js";

/** What a workflow command's data must escape: the percent sign of its escapes, and line breaks. */
const ESCAPED = /[%\r\n]/;

/** A workflow command's data: its own escapes first, then whatever else could act on the log made visible. */
const data = (s: string) => visible(ESCAPED.test(s) ? s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A") : s);
const property = (s: string) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

const COMMAND = { error: ascii("::error file="), warning: ascii("::warning file="), info: ascii("::notice file=") } as const;
const RANGE: RangeLabels = [ascii(",line="), ascii(",col="), ascii(",endLine="), ascii(",endColumn=")];
const NEWLINE = ascii("\n");

/** One workflow command per finding, as the report reaches it, written as bytes (`ByteBatches`). */
export function* githubLines(result: LintResult): Generator<string | Uint8Array> {
  const out = new ByteBatches();
  // The title and the separator before the message, for each rule.
  const title = madeOnce((rule) => `,title=${property(`Entente (${rule})`)}::`);
  for (const file of result.files) {
    if (file.diagnostics.length === 0) continue;
    const path = Buffer.from(property(file.path), "utf8");
    for (const d of file.diagnostics) {
      out.bytes(COMMAND[d.severity]);
      out.bytes(path);
      writeRange(out, d.range, RANGE);
      out.bytes(title(d.rule));
      out.text(data(d.message));
      out.bytes(NEWLINE);
    }
    yield* out.full();
  }
  yield* out.all();
}
