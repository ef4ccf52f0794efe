// A document as a PDF through PDFKit: the same layout as the Word file, fonts embedded (subset), page numbers, bookmarks and the draft mark on every page.
import PDFDocument from "pdfkit";
import type { Block, ListBlock, RenderDocument, SignatureBlock, TextBlock } from "./document.js";
import { font, type FontName } from "./fonts.js";
import { runs } from "./pdf-runs.js";
import { words } from "../../words/index.js";

const MARGIN = 72;
const SIZE = 10.5;
const BODY: readonly FontName[] = ["serif", "sans", "emoji"];
const BOLD: readonly FontName[] = ["serifBold", "sans", "emoji"];
const LABEL_WIDTH = 26;

type Doc = PDFKit.PDFDocument;

interface Writer {
  doc: Doc;
  registered: Set<FontName>;
  width: number;
}

/** Writes a text from the current position, in runs of the fonts that have its characters. */
function write(w: Writer, text: string, chain: readonly FontName[], size: number, at: { x: number; width: number; y?: number; color?: string; align?: "left" | "center" }): void {
  const parts = runs(text === "" ? " " : text, chain);
  w.doc.fillColor(at.color ?? "#111111");
  parts.forEach((r, i) => {
    const first = !w.registered.has(r.font);
    if (first) {
      w.doc.registerFont(r.font, font(r.font).data);
      w.registered.add(r.font);
    }
    w.doc.font(r.font).fontSize(size);
    if (first) lightPost(w.doc, font(r.font).data);
    const options = { width: at.width, lineGap: 2.5, continued: i < parts.length - 1, align: at.align ?? "left" };
    if (i === 0) w.doc.text(r.text, at.x, at.y ?? w.doc.y, options);
    else w.doc.text(r.text, options);
  });
}

/**
 * PDFKit reads two numbers of a font's `post` table (its slant and whether it is monospaced), and
 * the font engine decodes the whole table to give them: several thousand glyph names in DejaVu,
 * a third of the time a PDF took. The font in use gets the table's header instead, read from its
 * bytes. (This reaches into PDFKit's current font; should that change, only the speed is lost.)
 */
function lightPost(doc: Doc, data: Buffer): void {
  const face = (doc as unknown as { _font?: { font?: { directory?: { tables?: Record<string, { offset: number }> } } } })._font?.font;
  const at = face?.directory?.tables?.post?.offset;
  if (!face || at === undefined || Object.prototype.hasOwnProperty.call(face, "post")) return;
  const post = {
    version: data.readUInt32BE(at) / 65536, italicAngle: data.readInt32BE(at + 4) / 65536,
    underlinePosition: data.readInt16BE(at + 8), underlineThickness: data.readInt16BE(at + 10), isFixedPitch: data.readUInt32BE(at + 12),
  };
  Object.defineProperty(face, "post", { value: post });
}

/** Starts a new page unless `height` points are left on this one (a heading keeps with what follows it). */
function need(w: Writer, height: number): void {
  if (w.doc.y + height > w.doc.page.height - MARGIN) w.doc.addPage();
}

function list(w: Writer, l: ListBlock, indent: number): void {
  l.items.forEach((item, i) => {
    need(w, 28);
    const y = w.doc.y;
    const label = l.style === "bullet" ? "•" : l.style === "decimal" && l.consecutive ? `${l.start + i}.` : item.label;
    write(w, label, BODY, SIZE, { x: MARGIN + indent, width: LABEL_WIDTH, y });
    write(w, item.text, BODY, SIZE, { x: MARGIN + indent + LABEL_WIDTH, width: w.width - indent - LABEL_WIDTH, y });
    w.doc.moveDown(0.25);
    for (const c of item.children) textBlock(w, c, indent + LABEL_WIDTH);
  });
  w.doc.moveDown(0.3);
}

function textBlock(w: Writer, b: TextBlock, indent: number): void {
  if (b.type === "list") return list(w, b, indent);
  write(w, b.text, BODY, SIZE, { x: MARGIN + indent, width: w.width - indent });
  w.doc.moveDown(0.55);
}

function signatures(w: Writer, blocks: readonly SignatureBlock[]): void {
  const gap = 30;
  const column = (w.width - gap) / 2;
  for (let i = 0; i < blocks.length; i += 2) {
    need(w, 190);
    const top = w.doc.y;
    let bottom = top;
    blocks.slice(i, i + 2).forEach((s, k) => {
      const x = MARGIN + k * (column + gap);
      write(w, s.heading, BOLD, SIZE, { x, width: column, y: top });
      let y = w.doc.y + 10;
      for (const l of s.lines) {
        write(w, `${l.label}:`, BOLD, 9.5, { x, width: 70, y });
        if (l.value !== null) write(w, l.value, BODY, SIZE, { x: x + 72, width: column - 72, y });
        w.doc.moveTo(x + 70, y + 13).lineTo(x + column, y + 13).lineWidth(0.6).strokeColor("#555555").stroke();
        y += 27;
      }
      bottom = Math.max(bottom, y);
    });
    w.doc.y = bottom + 12;
  }
}

function block(w: Writer, b: Block): void {
  switch (b.type) {
    case "paragraph": case "list": return textBlock(w, b, 0);
    case "heading":
      if (b.pageBreak) w.doc.addPage();
      else need(w, 70);
      w.doc.moveDown(b.level === 1 ? 0.7 : 0.4);
      if (b.level === 1) w.doc.outline.addItem(b.text);
      write(w, b.text, BOLD, b.level === 1 ? 13 : 11.5, { x: MARGIN, width: w.width });
      w.doc.moveDown(0.35);
      return;
    case "facts":
      for (const f of b.facts) {
        const y = w.doc.y;
        write(w, `${f.label}:`, BOLD, SIZE, { x: MARGIN, width: 118, y });
        const after = w.doc.y;
        write(w, f.value, BODY, SIZE, { x: MARGIN + 122, width: w.width - 122, y });
        w.doc.y = Math.max(after, w.doc.y) + 1;
      }
      w.doc.moveDown(0.8);
      return;
    case "signatures": return signatures(w, b.blocks);
  }
}

/** Page numbers, and the draft mark as a header and a watermark, on every page once the number of pages is known. */
function marks(w: Writer, d: RenderDocument): void {
  const { start, count } = w.doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    w.doc.switchToPage(i);
    const page = w.doc.page;
    const bottom = page.margins.bottom;
    page.margins.bottom = 0; // writing in the margin must not start a new page
    write(w, d.page(String(i + 1), String(count)), BODY, 8.5, { x: MARGIN, width: w.width, y: page.height - 46, color: "#555555", align: "center" });
    if (d.draft) {
      w.doc.save();
      w.doc.rotate(-40, { origin: [page.width / 2, page.height / 2] }).fillOpacity(0.07);
      write(w, d.draft.split(" ")[0]!, BOLD, 96, { x: 0, width: page.width, y: page.height / 2 - 60, color: "#9a1c1c", align: "center" });
      w.doc.restore();
      write(w, d.draft, BOLD, 10, { x: MARGIN, width: w.width, y: 34, color: "#9a1c1c", align: "center" });
    }
    page.margins.bottom = bottom;
  }
}

export function documentPdf(d: RenderDocument): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4", margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN }, bufferPages: true, lang: words(d.lang).languageTag,
    displayTitle: true, pdfVersion: "1.7", info: { Title: d.title, Subject: d.name, Creator: "Entente", Producer: "Entente" },
    // No standard font: PDFKit would read its metrics from files that a bundle does not carry.
    font: null as unknown as string,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  const w: Writer = { doc, registered: new Set(), width: doc.page.width - 2 * MARGIN };
  write(w, d.title, BOLD, 20, { x: MARGIN, width: w.width, y: MARGIN });
  if (d.subtitle) write(w, d.subtitle, BODY, 13, { x: MARGIN, width: w.width, color: "#444444" });
  w.doc.moveDown(1);
  for (const b of d.blocks) block(w, b);
  marks(w, d);
  doc.end();
  return done;
}
