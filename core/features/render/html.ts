// A document as one self-contained HTML page: no scripts, no addresses, print CSS with page numbers and the draft mark on every page.
import { escapeXml as x } from "../report/svg.js";
import type { Block, ListBlock, RenderDocument, SignatureBlock, TextBlock } from "./document.js";

const STYLE = `
:root { color-scheme: light; }
body { margin: 0; background: #e8e8e8; color: #111; font: 11pt/1.45 "Cambria", "DejaVu Serif", "Georgia", serif; }
main.document { background: #fff; max-width: 44rem; margin: 1.5rem auto; padding: 3rem 3.5rem 4rem; box-shadow: 0 1px 4px rgba(0,0,0,.25); overflow-wrap: anywhere; }
h1 { font-size: 1.7em; margin: 0 0 .2em; line-height: 1.2; } .subtitle { font-size: 1.15em; color: #444; margin: 0 0 1.2em; }
h2 { font-size: 1.2em; margin: 1.6em 0 .5em; break-after: avoid-page; } h3 { font-size: 1.05em; margin: 1.2em 0 .4em; break-after: avoid-page; }
p { margin: 0 0 .7em; } ul, ol { margin: 0 0 .7em; padding-left: 2.4em; } li { margin: .2em 0; }
ol.labelled { list-style: none; padding-left: 0; } ol.labelled > li { display: grid; grid-template-columns: 2.4em 1fr; }
ol.labelled > li > .label { grid-column: 1; } ol.labelled > li > .body { grid-column: 2; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1.2em; margin: 0 0 1.5em; } dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; }
.signatures { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 2rem 3rem; margin-top: 1rem; }
.signature { break-inside: avoid; } .signature h3 { margin-top: 0; }
.signature dl { display: grid; grid-template-columns: max-content 1fr; gap: .9em .8em; margin: 0; } .signature dt { font-weight: 600; }
.signature dd { margin: 0; border-bottom: 1px solid #555; min-height: 1.3em; }
.annex-break { break-before: page; }
.draft { position: sticky; top: 0; text-align: center; font: 700 .95em system-ui, sans-serif; letter-spacing: .08em; color: #9a1c1c;
  background: #fde8e8; border: 1px solid #e8a3a3; padding: .35em; margin: -1.5rem -1.5rem 1.5rem; }
.toolbar { display: flex; justify-content: flex-end; gap: .4rem; max-width: 51rem; margin: .8rem auto -.6rem; padding: 0 .5rem; }
.toolbar button { font: 12px system-ui, sans-serif; padding: .3rem .75rem; cursor: pointer; border-radius: 2px; border: 1px solid transparent;
  color: var(--vscode-button-foreground, #fff); background: var(--vscode-button-background, #2f5fa7); }
.toolbar button:hover { background: var(--vscode-button-hoverBackground, #264d88); }
.current { outline: 2px solid #7aa7e8; outline-offset: .35em; border-radius: 2px; }
@media print {
  body { background: #fff; } main.document { box-shadow: none; margin: 0; padding: 0; max-width: none; }
  .draft { position: fixed; top: 0; left: 0; right: 0; margin: 0; } .draft + * { margin-top: 2.5em; } .toolbar { display: none; }
}
`;

function list(l: ListBlock): string {
  const items = l.items.map((i) => {
    const body = `${x(i.text)}${i.children.map(textBlock).join("")}`;
    return l.style === "bullet" || (l.style === "decimal" && l.consecutive) ? `<li>${body}</li>` : `<li><span class="label">${x(i.label)}</span><div class="body">${body}</div></li>`;
  }).join("");
  if (l.style === "bullet") return `<ul>${items}</ul>`;
  if (l.style === "decimal" && l.consecutive) return `<ol${l.start !== 1 ? ` start="${l.start}"` : ""}>${items}</ol>`;
  return `<ol class="labelled">${items}</ol>`;
}

function textBlock(b: TextBlock): string {
  return b.type === "paragraph" ? `<p>${x(b.text)}</p>` : list(b);
}

function signatures(blocks: readonly SignatureBlock[]): string {
  return `<div class="signatures">${blocks.map((s) => `<section class="signature"><h3>${x(s.heading)}</h3><dl>${s.lines.map((l) => `<dt>${x(l.label)}</dt><dd>${l.value === null ? "" : x(l.value)}</dd>`).join("")}</dl></section>`).join("")}</div>`;
}

function block(b: Block): string {
  switch (b.type) {
    case "paragraph": case "list": return textBlock(b);
    case "heading": {
      const tag = b.level === 1 ? "h2" : "h3";
      return `<${tag}${b.id ? ` id="${x(b.id)}"` : ""}${b.pageBreak ? ' class="annex-break"' : ""}>${x(b.text)}</${tag}>`;
    }
    case "facts": return `<dl class="facts">${b.facts.map((f) => `<dt>${x(f.label)}</dt><dd>${x(f.value)}</dd>`).join("")}</dl>`;
    case "signatures": return signatures(b.blocks);
  }
}

/** The inside of the page's `<main>`: what the preview swaps in as the drafter types. */
export function documentBody(d: RenderDocument): string {
  return [
    d.draft ? `<div class="draft" role="note">${x(d.draft)}</div>` : "",
    `<h1>${x(d.title)}</h1>`,
    d.subtitle ? `<p class="subtitle">${x(d.subtitle)}</p>` : "",
    ...d.blocks.map(block),
  ].filter(Boolean).join("\n");
}

export interface PageOptions {
  /** Extra markup for the head (a webview's Content-Security-Policy) and the start and end of the body (its toolbar and script). */
  head?: string;
  bodyStart?: string;
  bodyEnd?: string;
}

export function documentHtml(d: RenderDocument, options: PageOptions = {}): string {
  const pageLabel = d.page('" counter(page) "', '" counter(pages) "');
  return `<!DOCTYPE html>
<html lang="${d.lang}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
${options.head ?? ""}<title>${x(d.draft ? `${d.title} (${d.draft})` : d.title)}</title>
<style>${STYLE}@page { size: A4; margin: 2.5cm 2.5cm 2.2cm; @bottom-center { content: "${pageLabel}"; font: 9pt sans-serif; } }
</style>
</head>
<body>
${options.bodyStart ?? ""}<main class="document" id="document">
${documentBody(d)}
</main>
${options.bodyEnd ?? ""}</body>
</html>
`;
}
