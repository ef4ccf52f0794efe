// `entente explain [RULE-ID]`: a rule's documentation page in the terminal, or the list of rules.
import { existsSync, readFileSync } from "node:fs";
import type { Locale } from "../grammar/messages.js";
import { nearest } from "../core/model/suggest.js";
import { RULE_IDS, RULES, ruleById } from "../core/rules/catalogue.js";
import { ruleDocPath } from "../core/rules/docs.js";
import { words } from "../core/words/index.js";
import { UsageError, type Io } from "./io.js";
import { style, useColour, type Style } from "./terminal.js";

/** Markdown for a terminal: headings in bold, fenced code dimmed and indented; the text itself unchanged. */
function render(markdown: string, s: Style): string {
  let inCode = false;
  return markdown.split("\n").map((line) => {
    if (line.startsWith("```")) {
      inCode = !inCode;
      return "";
    }
    if (inCode) return s.dim("    " + line);
    if (/^#{1,3} /.test(line)) return s.bold(line.replace(/^#+ /, ""));
    return line;
  }).join("\n");
}

export function explain(id: string | undefined, locale: Locale, io: Io): number {
  const s = style(useColour(io.stdoutIsTerminal, io.env));
  if (id === undefined) {
    const width = Math.max(...RULES.map((r) => r.id.length));
    for (const r of RULES) io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.summary[locale]}\n`);
    io.stdout(`\n${words(locale).cli.explainHint}\n`);
    return 0;
  }
  const rule = ruleById(id);
  if (!rule) {
    const suggestion = nearest(id, RULE_IDS) ?? "";
    throw new UsageError((w) => w.notARule(id, suggestion));
  }
  const path = ruleDocPath(rule.id);
  if (!existsSync(path)) {
    io.stdout(`${rule.id} (${rule.severity})\n\n${rule.summary[locale]}\n`);
    return 0;
  }
  io.stdout(render(readFileSync(path, "utf8"), s));
  return 0;
}
