// What every webview page the server draws carries: a nonce for its one script, and a content policy that allows nothing else.
import { randomBytes } from "node:crypto";

export function webviewNonce(): string {
  return randomBytes(16).toString("base64");
}

/** The page's content policy: inline styles, and only the script with the nonce; no other source of anything. */
export const contentPolicy = (nonce: string): string =>
  `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}';" />\n`;
