// A document as a Word file (.docx) through the `docx` package: real heading styles, list numbering and page numbers, so that it can be edited on.
import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, LevelFormat, Packer, PageNumber, Paragraph, Table, TableCell,
  TableRow, TabStopType, TextRun, WidthType, type ILevelsOptions, type INumberingOptions,
} from "docx";
import type { Block, ListBlock, RenderDocument, SignatureBlock, TextBlock } from "./document.js";
import { words } from "../../words/index.js";

const FONT = "Cambria";
const INDENT = 567; // 1 cm in twentieths of a point
const BLANK = "________________________";

/** The numbering definitions the lists need: one per style, start and depth, each list its own instance of one. */
class Numbering {
  readonly config: INumberingOptions["config"][number][] = [];
  private instances = 0;

  reference(list: ListBlock, depth: number): { reference: string; instance: number } {
    const reference = `${list.style}-${list.start}-${depth}`;
    if (!this.config.some((c) => c.reference === reference)) {
      const format = { bullet: LevelFormat.BULLET, decimal: LevelFormat.DECIMAL, alpha: LevelFormat.LOWER_LETTER, roman: LevelFormat.LOWER_ROMAN }[list.style];
      const text = list.style === "bullet" ? "•" : list.style === "decimal" ? "%1." : "(%1)";
      const level: ILevelsOptions = {
        level: 0, format, text, start: list.start, alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: INDENT * (depth + 1), hanging: INDENT } } },
      };
      this.config.push({ reference, levels: [level] });
    }
    return { reference, instance: this.instances++ };
  }
}

function listParagraphs(l: ListBlock, depth: number, n: Numbering): Paragraph[] {
  // Word numbers the list itself where it would show the labels as written; otherwise the labels are kept as text.
  const numbered = l.style === "bullet" || l.consecutive ? n.reference(l, depth) : undefined;
  return l.items.flatMap((item) => [
    numbered
      ? new Paragraph({ numbering: { reference: numbered.reference, level: 0, instance: numbered.instance }, children: [new TextRun(item.text)] })
      : new Paragraph({ indent: { left: INDENT * (depth + 1), hanging: INDENT }, tabStops: [{ type: TabStopType.LEFT, position: INDENT * (depth + 1) }], children: [new TextRun(`${item.label}\t${item.text}`)] }),
    ...item.children.flatMap((c) => textParagraphs(c, depth + 1, n)),
  ]);
}

function textParagraphs(b: TextBlock, depth: number, n: Numbering): Paragraph[] {
  if (b.type === "list") return listParagraphs(b, depth, n);
  return [new Paragraph({ ...(depth > 0 ? { indent: { left: INDENT * depth } } : {}), children: [new TextRun(b.text)] })];
}

function signatureCell(s: SignatureBlock): TableCell {
  return new TableCell({
    width: { size: 50, type: WidthType.PERCENTAGE },
    children: [
      new Paragraph({ keepNext: true, spacing: { after: 240 }, children: [new TextRun({ text: s.heading, bold: true })] }),
      ...s.lines.map((l) => new Paragraph({ keepNext: true, spacing: { after: 200 }, children: [new TextRun({ text: `${l.label}: `, bold: true }), new TextRun(l.value ?? BLANK)] })),
    ],
  });
}

function signatureTable(blocks: readonly SignatureBlock[]): Table {
  const rows: TableRow[] = [];
  for (let i = 0; i < blocks.length; i += 2) {
    const pair = blocks.slice(i, i + 2).map(signatureCell);
    if (pair.length === 1) pair.push(new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: [new Paragraph("")] }));
    rows.push(new TableRow({ cantSplit: true, children: pair }));
  }
  const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none } });
}

function blockParts(b: Block, n: Numbering): (Paragraph | Table)[] {
  switch (b.type) {
    case "paragraph": case "list": return textParagraphs(b, 0, n);
    case "heading": return [new Paragraph({ heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, pageBreakBefore: b.pageBreak === true, children: [new TextRun(b.text)] })];
    case "facts": return b.facts.map((f) => new Paragraph({
      tabStops: [{ type: TabStopType.LEFT, position: INDENT * 4 }], indent: { left: INDENT * 4, hanging: INDENT * 4 }, spacing: { after: 40 },
      children: [new TextRun({ text: `${f.label}:`, bold: true }), new TextRun(`\t${f.value}`)],
    }));
    case "signatures": return [signatureTable(b.blocks)];
  }
}

export async function documentDocx(d: RenderDocument): Promise<Uint8Array> {
  const numbering = new Numbering();
  const children: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(d.title)] })];
  if (d.subtitle) children.push(new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: d.subtitle, italics: true, size: 26 })] }));
  for (const b of d.blocks) children.push(...blockParts(b, numbering));
  const [before, between, after] = d.page("\u0000", "\u0001").split(/[\u0000\u0001]/) as [string, string, string];
  const language = { value: words(d.lang).languageTag };
  const doc = new Document({
    creator: "Entente", title: d.title, description: d.name,
    styles: {
      default: {
        document: { run: { font: FONT, size: 22, language }, paragraph: { spacing: { after: 120, line: 276 } } },
        title: { run: { font: FONT, size: 40, bold: true, color: "000000" }, paragraph: { spacing: { after: 80 } } },
        heading1: { run: { font: FONT, size: 26, bold: true, color: "000000" }, paragraph: { spacing: { before: 300, after: 120 }, keepNext: true } },
        heading2: { run: { font: FONT, size: 23, bold: true, color: "000000" }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
      },
    },
    numbering: { config: numbering.config },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1418, bottom: 1418, left: 1418, right: 1418, header: 567, footer: 567 } } },
      headers: d.draft ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: d.draft, bold: true, color: "9A1C1C" })] })] }) } : {},
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: 18, children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, after] })] })] }) },
      children,
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
