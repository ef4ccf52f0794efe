// Reports the binder's structural problems for one rule, with a replacement fix where the binder suggests one.
import type { Locale } from "../../grammar/messages.js";
import { words } from "../words/index.js";
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
