// The formats a document is rendered in: the one place that chooses between them. Word and PDF are loaded only when asked for.
import type { RenderDocument } from "./document.js";
import { documentHtml, type PageOptions } from "./html.js";
import { documentMarkdown } from "./markdown.js";

export const RENDER_FORMATS = ["docx", "pdf", "html", "md"] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** Whether a format is text (printed as it is) or bytes. */
export const isBinary = (format: RenderFormat) => format === "docx" || format === "pdf";

/** The format a file name asks for by its extension, if it names one. */
export function formatOfFile(path: string): RenderFormat | undefined {
  const ext = /\.([A-Za-z]+)$/.exec(path)?.[1]?.toLowerCase();
  if (ext === "markdown") return "md";
  if (ext === "htm") return "html";
  return (RENDER_FORMATS as readonly string[]).includes(ext ?? "") ? (ext as RenderFormat) : undefined;
}

export async function renderDocument(d: RenderDocument, format: RenderFormat, page?: PageOptions): Promise<string | Uint8Array> {
  switch (format) {
    case "md": return documentMarkdown(d);
    case "html": return documentHtml(d, page);
    // The Word and PDF libraries are large: a linter run or an HTML preview does not load them.
    case "docx": return (await import("./docx.js")).documentDocx(d);
    case "pdf": return (await import("./pdf.js")).documentPdf(d);
  }
}
