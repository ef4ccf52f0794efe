// Checks on the HTML pages Entente writes (the register, rendered documents): well-formed, escaped, and the text a reader sees.
import assert from "node:assert/strict";

/** Checks that every element is closed in order (the pages are written as well-formed XHTML-style markup) and every '&' is an entity. */
export function assertWellFormed(html: string): void {
  const body = html.replace(/^<!DOCTYPE html>\n/, "").replace(/<style>[\s\S]*?<\/style>/, "<style></style>").replace(/<script\b[\s\S]*?<\/script>/g, "");
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z][a-zA-Z0-9:-]*="[^"]*")*)\s*(\/?)>|<|>/g)) {
    if (m[0] === "<" || m[0] === ">") assert.fail(`a bare '${m[0]}' at ${m.index}: ${body.slice(Math.max(0, m.index! - 40), m.index! + 40)}`);
    const [, closing, name, , selfClosing] = m;
    if (selfClosing) continue;
    if (closing) assert.equal(stack.pop(), name, `</${name}> at ${m.index} closes something else`);
    else stack.push(name!);
  }
  assert.deepEqual(stack, [], "elements left open");
  for (const entity of body.matchAll(/&[^;\s]*;?/g)) assert.match(entity[0], /^&(amp|lt|gt|quot|#39);$/, `an unescaped '&' near ${entity.index}`);
}

/** The text of a page as a reader sees it: tags dropped, entities decoded, blanks collapsed. */
export function visibleText(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>|<script\b[\s\S]*?<\/script>|<title>[\s\S]*?<\/title>/g, " ").replace(/<[^>]+>/g, " ")
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[e]!).replace(/\s+/g, " ");
}
