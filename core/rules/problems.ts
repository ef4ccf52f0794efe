// Reports the binder's structural problems for one rule, with a replacement fix where the binder suggests one; and the words the structural rules' messages share.
import type { Locale } from "../../grammar/messages.js";
import { kindSpec, kindWord } from "../model/schema/index.js";
import { joinAnd, joinOr, words } from "../words/index.js";
import type { Finding, RuleContext } from "./rule.js";

/** A check that reports every binder problem recorded for `rule`. */
export function reportProblems(rule: string): (ctx: RuleContext) => void {
  return (ctx) => {
    for (const p of ctx.file.problems) {
      if (p.rule !== rule) continue;
      const finding: Finding = { message: p.variant, args: p.args, start: p.start, end: p.end };
      if (p.related) {
        finding.related = p.related.map((r) => ({ file: ctx.file, start: r.start, end: r.end, message: r.variant, args: r.args }));
      }
      if (p.replacement !== undefined) {
        finding.fix = { title: "fix-replace", args: { replacement: p.replacement }, safe: false, edits: [{ start: p.start, end: p.end, newText: p.replacement }] };
      }
      ctx.report(finding);
    }
  };
}

/** The title of a replacement fix, shared by the rules that use `reportProblems`. */
export const replaceFix = {
  en: (a: Record<string, string>) => `Change to '${a.replacement}'`,
  nl: (a: Record<string, string>) => `Wijzig in '${a.replacement}'`,
};

/** " Did you mean 'x'?" when there is a suggestion. */
export function didYouMean(suggestion: string | undefined, locale: Locale): string {
  return suggestion ? words(locale).didYouMean(suggestion) : "";
}

/** Codes the drafter types, quoted and joined: "'met', 'doubtful' or 'not-met'". */
export function quotedList(csv: string, locale: Locale, join: "and" | "or"): string {
  const items = csv.split(",").map((s) => s.trim()).filter((s) => s !== "").map((s) => `'${s}'`);
  return join === "or" ? joinOr(items, locale) : joinAnd(items, locale);
}

/** What the drafter wrote, quoted once: strings arrive in double quotes already. */
export function shown(found: string | undefined): string {
  return /^["']/.test(found ?? "") ? found! : `'${found ?? ""}'`;
}

/**
 * Kinds of declaration in words, with an article: "a weighing", "a disclosure or receipt", "een dienst".
 * `kinds` is the binder's "service" or "disclosure or receipt"; a kind the schema does not know stays quoted.
 */
export function kindsInWords(kinds: string, locale: Locale): string {
  const list = kinds.split(" or ").map((k) => (kindSpec(k) ? kindWord(k, locale) : `'${k}'`));
  const first = list[0] ?? "";
  const article = words(locale).article(first);
  return `${article} ${joinOr(list, locale)}`;
}
