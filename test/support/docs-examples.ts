// The code examples of the rule pages (docs/rules/<id>.md), linted as small workspaces of their own.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../../core/model/diagnostic.js";
import { readFixtureText, runFixture } from "./fixtures.js";
import { codeBlocks, readPage } from "./markdown.js";
import { docsRoot } from "./paths.js";

/** Runs an example as a fixture: in the world of partners.entente unless it says `//- preamble: none`. */
export function lintExample(id: string, code: string, which: string): Diagnostic[] {
  const text = /^\/\/- preamble:/m.test(code) ? code : `//- preamble: partners\n${code}`;
  const fx = readFixtureText(`${id}.md (${which})`, text.replace(/^\/\/- preamble: none\n/m, ""));
  return [...runFixture(fx).diagnostics.values()].flat();
}

/** The Avoid and Prefer examples of a rule's page (none for config-error, whose examples are entente.json files). */
export function ruleExamples(id: string): { which: string; code: string }[] {
  if (id === "config-error") return [];
  const page = readPage(readFileSync(join(docsRoot(), `${id}.md`), "utf8"));
  return ["Avoid", "Prefer"].flatMap((which) => codeBlocks(page.sections.get(which) ?? "").map((b) => ({ which, code: b.code })));
}
