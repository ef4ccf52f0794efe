// Fix fixtures: one file as it is before and after the fixes of one rule, written in the language itself.
//
// test/fixtures/fixes/<rule-id>.entente — the file name is the rule whose fixes are applied:
//
//   // reliability-missing: adds a source reference for the drafter to fill in.
//   //- preamble: partners
//   disclosure D-1 {
//     to: ALPHA
//   }
//   //- after
//   disclosure D-1 {
//     to: ALPHA
//     source-ref: "TODO: document or source the data derives from"
//   }
//
// The file "before" is all the text above the line `//- after`, checked as a rule fixture is (fixtures.ts).
// It opens with a header, the comment lines before its first other line: first one line saying what the
// fix does, then any directives (`//- preamble:`, `//- today:`, `//- config:`). The header belongs to both
// sides and is not written twice: the file "after" is the header followed by all the text below `//- after`.
// One file only (no `//- file:`), beside the preamble it names.
//
// Every finding of the rule that carries a fix, safe or not, has its edits applied to the file in one pass
// (`applyEdits`, as in a pass of `lint --fix`), and the result must equal the file "after" to the character:
// line ends included, so a fixture written with CRLF checks that fixes keep CRLF. There must be such a
// finding, and checking the file "after" must not report any of them again (same rule, same message).
// UPDATE=1 rewrites the text below `//- after` and leaves the rest as it is.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Locale } from "../../grammar/messages.js";
import type { Diagnostic } from "../../core/model/diagnostic.js";
import { applyEdits } from "../../core/rules/edits.js";
import { readFixtureText, runFixture } from "./fixtures.js";
import { fixtureRoot } from "./paths.js";

export interface FixFixture {
  path: string;
  /** The rule whose fixes are applied: the file's name. */
  rule: string;
  /** The leading comment lines: the description and the directives, shared by both sides. */
  header: string;
  /** The file before the fixes: everything above `//- after`, header included. */
  before: string;
  /** The fixture's text up to and including the `//- after` line: what UPDATE=1 keeps. */
  above: string;
  /** The expected file after the fixes, without the header. */
  after: string;
}

const AFTER_LINE = /^\/\/- after\r?(?:\n|$)/m;
// Comment lines from the start of the file, each with its line end ("\r\n" in a CRLF file; `.` would stop at "\r").
const HEADER = /^(?:\/\/[^\n]*(?:\n|$))*/;

/** Every fix fixture (test/fixtures/fixes/*.entente), sorted. */
export function fixFixtureFiles(): string[] {
  const dir = join(fixtureRoot(), "fixes");
  return readdirSync(dir).filter((f) => f.endsWith(".entente")).sort().map((f) => join(dir, f));
}

export function readFixFixture(path: string): FixFixture {
  return parseFixFixture(path, readFileSync(path, "utf8"));
}

export function parseFixFixture(path: string, text: string): FixFixture {
  const m = AFTER_LINE.exec(text);
  if (!m) throw new Error(`${path}: no line '//- after'`);
  const above = text.slice(0, m.index + m[0].length);
  const after = text.slice(above.length);
  if (AFTER_LINE.test(after)) throw new Error(`${path}: more than one line '//- after'`);
  const before = text.slice(0, m.index);
  if (/^\/\/- file:/m.test(before)) throw new Error(`${path}: a fix fixture is one file; '//- file:' is not allowed`);
  const header = HEADER.exec(before)![0];
  // The description comes first, so that a reader knows what the fixture is about before any directive.
  if (!/^\/\/ \S/.test(header)) throw new Error(`${path}: the first line must be a comment saying what the fix does`);
  return { path, rule: basename(path, ".entente"), header, before, above, after };
}

/** The findings of the fixture's rule, in the file before, that carry a fix. */
export function fixableFindings(ff: FixFixture, locale: Locale = "en"): Diagnostic[] {
  const fx = readFixtureText(ff.path, ff.before);
  const file = fx.parts[0]!;
  return (runFixture(fx, locale).diagnostics.get(file.name) ?? []).filter((d) => d.rule === ff.rule && d.fix !== undefined);
}

export interface FixRun {
  /** The findings whose fixes were applied. */
  fixed: Diagnostic[];
  /** The file after the fixes, without the header (comparable with `after`). */
  after: string;
}

/** Applies the edits of every fixable finding of the rule to the file before, in one pass. */
export function applyFixes(ff: FixFixture): FixRun {
  const fixed = fixableFindings(ff);
  const { text } = applyEdits(ff.before, fixed.flatMap((d) => d.fix!.edits));
  if (!text.startsWith(ff.header)) throw new Error(`${ff.path}: a fix changed the header of the fixture`);
  return { fixed, after: text.slice(ff.header.length) };
}

/** The findings of the rule in the file after (header + `after`) that say again what a fixed finding said. */
export function remainingFindings(ff: FixFixture, after: string, fixed: readonly Diagnostic[]): Diagnostic[] {
  const messages = new Set(fixed.map((d) => d.message));
  const fx = readFixtureText(ff.path, ff.header + after);
  const file = fx.parts[0]!;
  return (runFixture(fx).diagnostics.get(file.name) ?? []).filter((d) => d.rule === ff.rule && messages.has(d.message));
}
