// What a rule is: its id, default severity, summary and bilingual messages, and a pure check over the model.
import type { Locale } from "../../grammar/messages.js";
import type { Decl, FileModel, Node } from "../model/bound.js";
import { nameSpan } from "../model/access.js";
import type { TextEdit } from "../model/diagnostic.js";
import type { Config, ConfigOf, Severity } from "../model/config.js";
import type { Workspace } from "../model/workspace.js";

export type { Locale, Severity };

type Args = Record<string, string>;
/** A message in both languages; `args` carries the names from the document. */
export interface Message {
  en: (a: Args) => string;
  nl: (a: Args) => string;
}

/**
 * A fix for a finding. `safe` fixes are applied by `entente lint --fix`; the others are only
 * offered as quick fixes. A fix that needs a fact the tool cannot know inserts a marked placeholder.
 */
export interface Fix {
  /** Key into the rule's `messages` for the fix's title. */
  title: string;
  args?: Args;
  safe: boolean;
  /**
   * The edits, or what makes them when they take work to work out (the fixes that add lines): a check whose
   * output shows no fixes never asks, which spares an old register of 68,000 findings about 2 % of its lint.
   */
  edits: TextEdit[] | (() => TextEdit[]);
}

export interface Related {
  file: FileModel;
  start: number;
  end: number;
  /** Key into the rule's `messages`. */
  message: string;
  args?: Args;
}

/** What a finding is about, when it is about cooperation: an act and one counterpart service. */
export interface Subject {
  act: Decl;
  service: string;
}

export interface Finding {
  /** Key into the rule's `messages`; defaults to `default`. */
  message?: string;
  /**
   * The act and counterpart the finding concerns: a rule that `outranks` this one silences it for them. A
   * finding about the act as a whole (a missing approval) names each of its counterparts: it outranks for
   * all of them, and is silenced only when each of them is.
   */
  subject?: Subject | readonly Subject[];
  args?: Args;
  start: number;
  end: number;
  related?: Related[];
  fix?: Fix;
}

export interface RuleContext {
  file: FileModel;
  ws: Workspace;
  /** The configuration of the file checked. */
  config: Config;
  /** The configuration of any file of the workspace (its review interval, for an assessment in another file). */
  configOf: ConfigOf;
  /** "Today" for date rules (a day number): `--today`, or the current date. */
  today: number;
  report(finding: Finding): void;
}

export type Section = "A" | "B" | "C" | "D" | "E" | "F" | "G";

export interface Rule {
  id: string;
  section: Section;
  severity: Severity;
  /** One line: what the rule checks. */
  summary: { en: string; nl: string };
  messages: Record<string, Message>;
  /**
   * What a finding of this rule says the declaration still needs, in a word or two, for the
   * editor's inlay hint ("requires: director, recorded"); rendered with the finding's arguments.
   */
  requires?: Message;
  /**
   * One mistake, one finding: the rules whose findings about the same act and counterpart this rule's
   * finding makes redundant (a law-enforcement recipient needs no weighing: the disclosure is unlawful
   * whatever is weighed). The runner drops them, and what they outrank in turn.
   */
  outranks?: readonly string[];
  /** No comment can silence its findings (docs/language.md, "Suppression comments"): syntax and reference errors, and the suppression rules themselves. */
  unsuppressible?: true;
  /** `entente.json` cannot switch it off. */
  alwaysOn?: true;
  /** `entente.json` cannot change its severity at all. */
  fixedSeverity?: true;
  /**
   * Arguments of its messages that describe what surrounds the finding rather than the finding itself (how
   * many copies of a name there are, which other services also say they are the own one): a change in
   * another file moves them, so a baseline's key leaves them out.
   */
  contextArgs?: readonly string[];
  check(ctx: RuleContext): void;
}

const byKind = new WeakMap<FileModel, Map<string, Decl[]>>();

/** Every declaration of a kind in the file being checked (grouped once per file). */
export function declsOf(ctx: RuleContext, kind: string): readonly Decl[] {
  let m = byKind.get(ctx.file);
  if (!m) {
    m = new Map();
    for (const d of ctx.file.decls) {
      if (d.spec === undefined) continue;
      const list = m.get(d.kind);
      if (list) list.push(d);
      else m.set(d.kind, [d]);
    }
    byKind.set(ctx.file, m);
  }
  return m.get(kind) ?? [];
}

/** Where to point at a declaration: its name. */
export const nameOf = nameSpan;

/** Where to point at a nested block: its keyword. */
export function keywordOf(n: Node): { start: number; end: number } {
  return { start: n.syntax.keyword.start, end: n.syntax.keyword.end };
}

/**
 * The most related places one finding carries: a rule that points at every agreement with a service
 * would otherwise make a register pasted together many times cost acts × agreements; every cost stays linear.
 */
export const MAX_RELATED = 20;

/**
 * The first `n` of `all` other than `d`, in the list's order: the same few for every copy, so that each of
 * many copies of one mistake costs the same whatever their number.
 */
export function firstOthers<T>(all: readonly T[], d: T, n: number): T[] {
  return all.slice(0, n + 1).filter((o) => o !== d).slice(0, n);
}
