// What the VS Code extension and the language server say to each other beyond LSP: one file that both import.

/** The partner register, as text in one of its formats. */
export const REPORT_REQUEST = "entente/report";

export interface ReportParams {
  format: "html" | "md" | "json";
  /** For a webview: the page gets a Content-Security-Policy, and a script that scrolls to this service (or keeps the last position). */
  webview?: { focus?: string };
}

/** The page or text of the register; null when the server could not draw it (it says why in its log). */
export type ReportResult = string | null;

/** Options the client may pass when it starts the server. */
export interface InitializationOptions {
  /** "Today" for the date rules, YYYY-MM-DD; the `entente.today` setting wins. */
  today?: string;
  /** False when the client contributes the declaration snippets itself (the VS Code extension does). */
  declarationSnippets?: boolean;
}

/** The commands the extension contributes; the server's code lenses name the partner overview's. */
export const COMMANDS = {
  partnerOverview: "entente.partnerOverview",
  explainRule: "entente.explainRule",
  restartServer: "entente.restartServer",
  previewDocument: "entente.previewDocument",
  saveDocumentAsWord: "entente.saveDocumentAsWord",
  saveDocumentAsPdf: "entente.saveDocumentAsPdf",
} as const;

/** An agreement or weighing note as a document: the preview's page, or the bytes of a Word or PDF file to save. */
export const RENDER_REQUEST = "entente/render";

export interface RenderParams {
  /** The file the drafter is in. */
  uri: string;
  /** The cursor: the agreement or weighing note under it is rendered, and the preview scrolls to the part under it. */
  position?: { line: number; character: number };
  /** The declaration to render when the cursor is in none (the one the preview showed last). */
  name?: string;
  format: "html" | "md" | "docx" | "pdf";
  /** For the preview webview: never refused, with a content policy, a toolbar and a script that keeps the scroll position. */
  webview?: boolean;
  /** Render even with open errors, every page marked as a draft. */
  draft?: boolean;
}

export type RenderResult =
  | {
    status: "rendered";
    name: string;
    title: string;
    /** The page (html, md), or the file's bytes in base64 (docx, pdf). */
    text?: string;
    base64?: string;
    /** Where the declaration is in its file, and where each part of the document comes from (UTF-16 offsets). */
    start: number;
    end: number;
    anchors: { id: string; start: number; end: number }[];
    /** The part under the cursor, if any. */
    anchor: string | null;
  }
  /** Errors remain: the document is made only as a draft. */
  | { status: "refused"; name: string; errors: number }
  /** Nothing to render: the cursor is in no agreement or weighing note, and no name was given (or it is not one). */
  | { status: "none" }
  | null;

/** The document preview's commands (besides those in COMMANDS): the webview's id, for `when` clauses. */
export const DOCUMENT_PREVIEW_VIEW = "entente.documentPreview";
