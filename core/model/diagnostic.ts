// What the core hands to every front end: a finding located in a file, and a text edit.
import type { Position } from "../../grammar/line-index.js";
import type { Severity } from "./config.js";

/** A replacement of the text in [start, end) (UTF-16 offsets). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Diagnostic {
  /** The file's identity in the workspace (a path for the CLI, a URI in the language server). */
  uri: string;
  start: number;
  end: number;
  range: Range;
  rule: string;
  severity: Severity;
  message: string;
  related: { uri: string; range: Range; message: string }[];
  fix?: { title: string; safe: boolean; edits: TextEdit[] };
  /** What the declaration still needs, in a word or two (the rule's `requires`), for inlay hints. */
  requires?: string;
  /**
   * The arguments the message was rendered with, as the rule gave them: with the rule, the declaration and
   * the field that holds the finding they identify it across edits elsewhere (the baseline's key).
   */
  args?: Readonly<Record<string, string>>;
  /** Set when the finding is recorded in the baseline (entente-baseline.json): it is accepted, with the reason written there. */
  baseline?: { reason: string | null };
}

/** The order findings are shown in: by position, then by rule. */
export const compareDiagnostics = (a: Diagnostic, b: Diagnostic): number =>
  a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
