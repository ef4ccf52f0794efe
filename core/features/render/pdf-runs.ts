// Splits a line of text into runs the PDF can draw: each in a font that has its characters, right-to-left script apart from the rest.
import * as bidiModule from "bidi-js";
import type { Bidi } from "bidi-js";
import { font, type FontName } from "./fonts.js";

export interface Run {
  text: string;
  font: FontName;
}

/** Characters of scripts written right to left (Hebrew, Arabic, Syriac, Thaana and their presentation forms). */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
/** Joiners and variation selectors stay with the character before them. */
const JOINER = /[\u200D\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}]/u;

/** bidi-js is CommonJS with an `__esModule` default: Node's own loader and a bundler reach its factory at different depths. */
const bidiFactory = (): Bidi => {
  const m = bidiModule as unknown as { default: (() => Bidi) | { default: () => Bidi } };
  return typeof m.default === "function" ? m.default() : m.default.default();
};
let bidi: Bidi | undefined;

/** The font for a character: the first of the chain that has it, else the first (the character is then drawn as a blank box, its text kept). */
function fontFor(cp: number, chain: readonly FontName[]): FontName {
  if (cp < 0x2000 && chain[0] !== "emoji" && cp !== 0x2026) {
    if (font(chain[0]!).has(cp)) return chain[0]!;
  }
  for (const name of chain) if (font(name).has(cp)) return name;
  return chain[0]!;
}

/**
 * The runs of a text. Where right-to-left characters occur, the Unicode bidirectional algorithm
 * (through bidi-js) decides which stretches run right to left; each such stretch becomes a run
 * of its own, its words in visual order, each of which the font engine lays out right to left.
 */
export function runs(text: string, chain: readonly FontName[]): Run[] {
  const levels = RTL.test(text) ? (bidi ??= bidiFactory()).getEmbeddingLevels(text, "ltr").levels : undefined;
  const out: (Run & { rtl: boolean })[] = [];
  let i = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const rtl = levels ? (levels[i]! & 1) === 1 : false;
    const last = out[out.length - 1];
    const f = last && JOINER.test(ch) ? last.font : /\s/.test(ch) && last ? last.font : fontFor(cp, chain);
    if (last && last.font === f && last.rtl === rtl) last.text += ch;
    else out.push({ text: ch, font: f, rtl });
    i += ch.length;
  }
  // PDFKit lays out word by word, and the font engine turns each right-to-left word around; the words of a right-to-left run are put in visual order here.
  return out.map(({ text: t, font: f, rtl }) => ({ text: rtl ? t.split(/(\s+)/).reverse().join("") : t, font: f }));
}
