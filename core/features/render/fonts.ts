// The fonts Entente embeds in a PDF, shipped in dist/fonts: a serif for the text, a sans with Hebrew and Arabic, and a monochrome emoji font.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as fontkit from "fontkit";
import { packageRoot } from "../../rules/docs.js";

/** The roles of the fonts: each role tries its files in turn, a character going to the first that has it. */
export const FONT_FILES = {
  serif: "DejaVuSerif.ttf",
  serifBold: "DejaVuSerif-Bold.ttf",
  sans: "DejaVuSans.ttf",
  emoji: "NotoEmoji-Regular.woff",
} as const;

export type FontName = keyof typeof FONT_FILES;

export interface LoadedFont {
  name: FontName;
  data: Buffer;
  has(codePoint: number): boolean;
}

const loaded = new Map<FontName, LoadedFont>();

/** Where the fonts are: beside the bundles in an installed package, in dist/ of the source tree (the build copies them there). */
export function fontDir(): string {
  return process.env.ENTENTE_FONTS ?? join(packageRoot(), "dist", "fonts");
}

/** A font, read once per process; the emoji font is only read when a text needs it. */
export function font(name: FontName): LoadedFont {
  let f = loaded.get(name);
  if (!f) {
    const path = join(fontDir(), FONT_FILES[name]);
    let data: Buffer;
    try {
      data = readFileSync(path);
    } catch (e) {
      throw new Error(`the font ${path} is missing (${(e as NodeJS.ErrnoException).code ?? e}): the build copies it to dist/fonts`);
    }
    const face = fontkit.create(data) as fontkit.Font;
    const cache = new Map<number, boolean>();
    f = {
      name, data,
      has: (cp) => {
        let v = cache.get(cp);
        if (v === undefined) cache.set(cp, (v = face.hasGlyphForCodePoint(cp)));
        return v;
      },
    };
    loaded.set(name, f);
  }
  return f;
}
