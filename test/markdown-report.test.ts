// The Markdown register made from hostile file names and titles, rendered by a real CommonMark renderer (markdown-it): no link, image or HTML but Entente's own anchors.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { markdownCode } from "../core/features/markdown-text.js";
import { folders, runBounded } from "./support/hostile-files.js";

// markdown-it has no types of its own; the two calls used here are typed by hand.
const MarkdownIt = createRequire(import.meta.url)("markdown-it") as new (preset: string, options: object) => { render(md: string): string };
/** GitHub-like: tables, raw HTML allowed (so that escaping, not the renderer, is what keeps it out), bare addresses linked. */
const renderer = new MarkdownIt("default", { html: true, linkify: true });

/** Every link, image or HTML element of the rendered page but the renderer's own and the page's anchors. */
function injected(html: string): string[] {
  const own = /^<\/?(h[1-6]|p|em|strong|code|table|thead|tbody|tr|th|td|ul|ol|li|hr|br|pre|blockquote)( style="text-align:(left|right|center)")?\s*\/?>$/;
  return (html.match(/<[^>]*>/g) ?? []).filter((tag) => !own.test(tag) && !/^<a href="#[a-z0-9-]*">$|^<\/a>$/.test(tag));
}

const NAMES = ["a`[x](command:evil)`b", "``[y](command:x)`` www.evil.example", "pipe|[z](command:x)|cell", "line\n[w](command:x)", "`", "` ", "<img src=x onerror=alert(1)>"];

test("file names and titles with backticks, pipes, brackets and HTML stay text in the rendered register", () => {
  const { ws } = folders();
  NAMES.forEach((name, i) => writeFileSync(join(ws, `${name}.entente`), `service S${i} ${JSON.stringify(`![t](https://evil.example/${i}.png) <b>${name}</b>`)} { country: XA type: intelligence }\n`));
  const r = runBounded(["report", "--format", "md"], ws);
  assert.equal(r.status, 0, r.stderr);
  const html = renderer.render(r.stdout);
  assert.deepEqual(injected(html), [], html);
  for (let i = 0; i < NAMES.length; i++) assert.match(r.stdout, new RegExp(`S${i}`), `service S${i} is in the register`);
});

test("a code span holds any text exactly, and the check can fail", () => {
  for (const name of NAMES) {
    const shown = renderer.render(markdownCode(`${name}.entente:2`)).trim();
    assert.match(shown, /^<p><code>[^<]*<\/code><\/p>$/, shown);
    assert.equal(renderer.render(markdownCode(`${name}.entente:2`, true)).includes("<a"), false);
  }
  // What the register printed before: a backtick in the name ends the span and the link after it is live.
  assert.notDeepEqual(injected(renderer.render("declared in `a`[x](command:evil)`b.entente:2`")), []);
});
