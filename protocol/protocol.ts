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
} as const;
