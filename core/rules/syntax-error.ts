// syntax-error: the lexer's and parser's errors, and files that could not be decoded.
import { syntaxMessage } from "../../grammar/messages.js";
import type { Rule } from "./rule.js";

export const rule: Rule = {
  id: "syntax-error",
  section: "A",
  severity: "error",
  unsuppressible: true, alwaysOn: true,
  summary: { en: "The text does not follow the syntax of the language.", nl: "De tekst volgt de syntaxis van de taal niet." },
  messages: {
    default: { en: (a) => syntaxMessage({ id: a.id!, args: a }, "en"), nl: (a) => syntaxMessage({ id: a.id!, args: a }, "nl") },
  },
  check(ctx) {
    const e = ctx.file.readError;
    if (e) ctx.report({ args: { ...e.args, id: e.id }, start: e.start, end: e.end });
    for (const err of ctx.file.tree.errors) ctx.report({ args: { ...err.args, id: err.id }, start: err.start, end: err.end });
  },
};
