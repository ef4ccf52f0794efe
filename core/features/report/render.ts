// The partner register in each of its formats: the one place that chooses between them.
import type { Locale } from "../../../grammar/messages.js";
import type { Report } from "./build.js";
import { reportHtml, type HtmlOptions } from "./html.js";
import { reportMarkdown } from "./markdown.js";

export const REPORT_FORMATS = ["md", "html", "json"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The register as text; `page` adds to an HTML page what a webview needs (a content policy, a script). */
export function renderReport(data: Report, format: ReportFormat, locale: Locale, page?: HtmlOptions): string {
  switch (format) {
    case "json": return JSON.stringify(data, null, 2) + "\n";
    case "md": return reportMarkdown(data, locale);
    case "html": return reportHtml(data, locale, page);
  }
}
