// What is wrong with a baseline, in words, with its file, line and column: the same sentence on the command line and in the editor.
import type { Words } from "../words/index.js";
import type { BaselineError } from "./baseline-file.js";
import { BASELINE_VERSION } from "./baseline-layout.js";

export function baselineErrorText(e: BaselineError, w: Words["baseline"], display: (path: string) => string): string {
  const p = e.problem;
  const what = p.kind === "read" ? w.read(p.code)
    : p.kind === "syntax" ? w.syntax(p.detail)
    : p.kind === "root" ? w.root
    : p.kind === "unknown-key" ? w.unknownKey(p.key, p.allowed)
    : p.kind === "version" ? w.version(p.value, BASELINE_VERSION)
    : p.kind === "missing" ? w.missing(p.key)
    : w.type(p.key, p.expected);
  return w.at(display(e.path), e.line, e.column, what);
}
