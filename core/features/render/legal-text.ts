// The legal text of a clause, annex or motivation as paragraphs and lists: a blank line separates paragraphs, a marker starts a list item (docs/language.md, "Clauses and annexes").
import type { ListBlock, ListItem, TextBlock } from "./document.js";

interface Marker {
  style: ListBlock["style"];
  label: string;
  value: number;
  text: string;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!;
    const next = ROMAN[s[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const alphaValue = (s: string) => [...s].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 96), 0);

/**
 * The list marker a line starts with, if any: `- ` or `* ` (a bullet), `1. ` or `1) ` (a number),
 * `(a) ` (a letter) or `(iv) ` (a roman numeral; `(i)` counts as roman only where a list of
 * letters has not reached the letter i).
 */
function markerOf(line: string, letters: boolean): Marker | undefined {
  // The bullet as an escape: esbuild keeps a regular expression's characters as written, and one character
  // outside ASCII makes V8 hold a whole bundle's source two bytes per character (test/bundles.test.ts).
  let m = /^([-*\u2022])\s+(\S.*)$/.exec(line);
  if (m) return { style: "bullet", label: m[1]!, value: 1, text: m[2]! };
  m = /^(\d{1,3})([.)])\s+(\S.*)$/.exec(line);
  if (m) return { style: "decimal", label: `${m[1]}${m[2]}`, value: Number(m[1]), text: m[3]! };
  m = /^\(([a-z]{1,2}|[ivxlc]{1,6})\)\s+(\S.*)$/.exec(line);
  if (!m) return undefined;
  const id = m[1]!;
  const roman = /^[ivxlc]+$/.test(id) && !(letters && id.length === 1);
  return { style: roman ? "roman" : "alpha", label: `(${id})`, value: roman ? romanValue(id) : alphaValue(id), text: m[2]! };
}

function indentOf(line: string): number {
  let n = 0;
  for (const c of line) {
    if (c === " ") n++;
    else if (c === "\t") n += 4;
    else break;
  }
  return n;
}

interface Open {
  list: ListBlock;
  indent: number;
}

/** Reads a text into paragraphs and lists; lines within a paragraph or item are joined with a space (they were wrapped for the file). */
export function textBlocks(text: string): TextBlock[] {
  const out: TextBlock[] = [];
  const open: Open[] = [];
  /** Where the next paragraph's lines go: the text being built, and whether a blank line came since. */
  let current: { append(line: string): void } | null = null;
  const lastItem = () => open[open.length - 1]!.list.items[open[open.length - 1]!.list.items.length - 1]!;
  const container = (): TextBlock[] => (open.length === 0 ? out : lastItem().children);

  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    if (line === "") {
      current = null;
      continue;
    }
    const indent = indentOf(raw);
    const top = open[open.length - 1];
    const marker = markerOf(line, top?.list.style === "alpha" && top.indent === indent);
    if (marker) {
      while (open.length > 0 && open[open.length - 1]!.indent > indent) open.pop();
      let t = open[open.length - 1];
      if (t && t.indent === indent && t.list.style !== marker.style) {
        open.pop();
        t = open[open.length - 1];
      }
      const item: ListItem = { label: marker.label, text: marker.text, children: [] };
      if (t && t.indent === indent) {
        const prev = t.list.items[t.list.items.length - 1]!;
        if (marker.value !== valueOf(prev.label, t.list.style) + 1) t.list.consecutive = false;
        t.list.items.push(item);
      } else {
        const list: ListBlock = { type: "list", style: marker.style, start: marker.value, consecutive: true, items: [item] };
        container().push(list);
        open.push({ list, indent });
      }
      current = { append: (l) => void (item.text += " " + l) };
      continue;
    }
    if (current) {
      current.append(line);
      continue;
    }
    // A new paragraph: inside the last item when indented beyond its marker, else it ends the lists.
    while (open.length > 0 && open[open.length - 1]!.indent >= indent) open.pop();
    const paragraph = { type: "paragraph" as const, text: line };
    container().push(paragraph);
    current = { append: (l) => void (paragraph.text += " " + l) };
  }
  return out;
}

function valueOf(label: string, style: ListBlock["style"]): number {
  const id = label.replace(/[().]/g, "");
  switch (style) {
    case "bullet": return 0;
    case "decimal": return Number(id);
    case "alpha": return alphaValue(id);
    case "roman": return romanValue(id);
  }
}

/** The plain text of blocks, paragraphs apart by a blank line (for tests and search). */
export function plainText(blocks: readonly TextBlock[]): string {
  return blocks.map((b) => (b.type === "paragraph" ? b.text : b.items.map((i) => [`${i.label} ${i.text}`, plainText(i.children)].filter(Boolean).join("\n")).join("\n"))).join("\n\n");
}
