// Markdown is data: text from a file reaches hover, completion and the Markdown register as inert text.
import assert from "node:assert/strict";
import { test } from "node:test";
import { markdownText } from "../core/features/markdown-text.js";
import { hover } from "../core/features/hover.js";
import { complete } from "../core/features/completion.js";
import { Analysis } from "../core/analysis/analysis.js";

const HOSTILE = [
  "[click](command:workbench.action.quit)", "![img](https://evil.example/x.png)", "<img src=x onerror=alert(1)>",
  "see https://evil.example", "www.evil.example", "mail a@evil.example", "`code` *bold* _em_ # heading | cell ~strike~",
  "line\nbreak\u001b[31m", "&lt;script&gt;",
];

/** What a Markdown renderer could turn into a link, image, HTML or command: an unescaped bracket, angle bracket or bare link. */
function active(md: string): string | undefined {
  const unescaped = (re: RegExp) => [...md.matchAll(re)].some((m) => m.index === 0 || md[m.index! - 1] !== "\\");
  if (unescaped(/[[\]<>!&@`*_|~]/g)) return "markup";
  if (/https?:\/\/|www\.|command:|mailto:/i.test(md)) return "a link";
  if (/[\u0000-\u0009\u000b-\u001f]/.test(md)) return "a control character";
  return undefined;
}

test("every hostile text is inert once escaped", () => {
  for (const t of HOSTILE) assert.equal(active(markdownText(t)), undefined, `${t} → ${markdownText(t)}`);
});

test("a hostile title shows in hover and completion as text, never as a link, image or HTML", () => {
  for (const title of HOSTILE) {
    const analysis = new Analysis({ roots: [], today: 20605, pathOf: () => undefined });
    const text = `service MIVD { country: NL type: military-intelligence own: yes }\nservice ECHO ${JSON.stringify(title)} { country: XE type: intelligence }\ndisclosure D-1 { to: ECHO date: 2026-01-01 }\n`;
    analysis.setFile("a.entente", text);
    const file = analysis.ws.files.get("a.entente")!;
    const h = hover(analysis.ws, file, text.lastIndexOf("ECHO"), [], 20605, () => analysis.config.of("a.entente"), "en");
    assert.ok(h, "a hover on the reference");
    // The only links a hover carries are Entente's own documentation.
    const withoutOwnLinks = h.markdown.replace(/\[[^\]]*\]\(file:[^)]*\)/g, "");
    assert.equal(active(withoutOwnLinks.replace(/\*\*/g, "")), undefined, `${title}: ${h.markdown}`);
    const c = complete(analysis.ws, file, text.lastIndexOf("ECHO") + 2, 20605, "en");
    for (const item of c.items) if (item.documentation) assert.equal(active(item.documentation), undefined, `${title}: ${item.documentation}`);
  }
});
