// A document as Markdown: for a pull request, a wiki, or a reader that only has text.
import type { Block, ListBlock, RenderDocument, TextBlock } from "./document.js";

/** Text that starts no Markdown markup and holds no HTML: punctuation that could be read as markup is escaped. */
export function md(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|&~]/g, (c) => `\\${c}`)
    .replace(/^(\d+)([.)])(\s)/, "$1\\$2$3")
    .replace(/^([-+=])/, "\\$1");
}

function list(l: ListBlock, indent: string): string[] {
  const out: string[] = [];
  l.items.forEach((item, i) => {
    // Markdown numbers and bullets lists itself; letters and roman numerals, and numbers that skip, are kept as written.
    const marker = l.style === "bullet" ? "-" : l.style === "decimal" && l.consecutive ? `${l.start + i}.` : `- ${md(item.label)}`;
    const inner = indent + " ".repeat(l.style === "decimal" && l.consecutive ? marker.length + 1 : 2);
    out.push(`${indent}${marker} ${md(item.text)}`);
    for (const child of item.children) out.push("", ...textBlock(child, inner));
  });
  return out;
}

function textBlock(b: TextBlock, indent = ""): string[] {
  return b.type === "paragraph" ? [indent + md(b.text)] : list(b, indent);
}

function block(b: Block): string[] {
  switch (b.type) {
    case "paragraph": case "list": return textBlock(b);
    case "heading": return [`${b.level === 1 ? "##" : "###"} ${md(b.text)}`];
    case "facts": return b.facts.map((f, i) => `**${md(f.label)}:** ${md(f.value)}${i < b.facts.length - 1 ? "\\" : ""}`);
    case "signatures": return b.blocks.flatMap((s, i) => [
      ...(i > 0 ? [""] : []), `**${md(s.heading)}**`, "",
      ...s.lines.map((l, j) => `${md(l.label)}: ${l.value === null ? "...................................." : md(l.value)}${j < s.lines.length - 1 ? "\\" : ""}`),
    ]);
  }
}

export function documentMarkdown(d: RenderDocument): string {
  const out: string[] = [];
  if (d.draft) out.push(`> **${md(d.draft)}**`, "");
  out.push(`# ${md(d.title)}`, "");
  if (d.subtitle) out.push(`*${md(d.subtitle)}*`, "");
  for (const b of d.blocks) out.push(...block(b), "");
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}
