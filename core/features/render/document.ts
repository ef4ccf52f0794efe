// The document an agreement or weighing note becomes: headings, paragraphs, lists, facts and signature blocks that every format draws alike.

/** A list as the drafter wrote it: its kind of marker, and each item with the label as written. */
export interface ListBlock {
  type: "list";
  /** `-`/`*` bullets, `1.` numbers, `(a)` letters or `(i)` roman numerals. */
  style: "bullet" | "decimal" | "alpha" | "roman";
  /** The number the first item has (1 for bullets). */
  start: number;
  /** Whether the labels count up one by one from `start`, so that a word processor's own numbering shows the same labels. */
  consecutive: boolean;
  items: ListItem[];
}

export interface ListItem {
  /** The marker as written: "1.", "(a)", "-". */
  label: string;
  /** The item's first paragraph. */
  text: string;
  /** What follows inside the item: further paragraphs and nested lists, in order. */
  children: TextBlock[];
}

export interface Paragraph {
  type: "paragraph";
  text: string;
}

/** What a text field of the declaration holds: paragraphs and lists. */
export type TextBlock = Paragraph | ListBlock;

/** One line of facts: "Valid until: 1 June 2030". */
export interface Fact {
  label: string;
  value: string;
}

/** A block to be signed (or an approval to be filled in): a heading and labelled lines, blank where the file says nothing. */
export interface SignatureBlock {
  heading: string;
  lines: { label: string; value: string | null }[];
}

export type Block =
  | Paragraph
  | ListBlock
  /** Level 1: an article, annex or part; level 2: a part within it (a criterion). `id` is the anchor the preview scrolls to. */
  | { type: "heading"; level: 1 | 2; text: string; id?: string; pageBreak?: boolean }
  | { type: "facts"; facts: Fact[] }
  | { type: "signatures"; blocks: SignatureBlock[] };

/** Where a part of the document comes from in the source, so that the preview can follow the cursor. */
export interface Anchor {
  id: string;
  start: number;
  end: number;
}

export interface RenderDocument {
  /** The language of the fixed headings. */
  lang: "en" | "nl";
  title: string;
  /** The form in words under the title ("Memorandum of understanding", "Weighing note"). */
  subtitle: string | null;
  /** "DRAFT — 2 open findings" on every page, or null for a clean document. */
  draft: string | null;
  blocks: Block[];
  anchors: Anchor[];
  /** "Page 1 of 3", with the two numbers as placeholders for formats that count pages themselves. */
  page: (n: string, of: string) => string;
  /** The declaration's name, for the document's properties. */
  name: string;
}
