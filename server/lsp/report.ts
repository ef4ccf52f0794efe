// The `entente/report` request: the partner register for the VS Code webview (or any client), from the model the server keeps.
import { randomBytes } from "node:crypto";
import type { Locale } from "../../grammar/messages.js";
import { localToday } from "../../core/model/dates.js";
import { buildReport } from "../../core/features/report/build.js";
import { reportHtml, sectionId } from "../../core/features/report/html.js";
import { reportMarkdown } from "../../core/features/report/markdown.js";
import { guard, type Context } from "./handlers.js";

export interface ReportParams {
  format: "html" | "md" | "json";
  /** For a webview: the page gets a Content-Security-Policy, and a script that scrolls to this service (or keeps the last position). */
  webview?: { focus?: string };
}

/** The script a webview page runs: nothing but keeping its scroll position across refreshes, or going to the service asked for. */
function webviewScript(nonce: string, focus: string | undefined): string {
  const target = focus ? JSON.stringify(sectionId(focus)) : "null";
  return `<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
const target = ${target} && document.getElementById(${target});
if (target) target.scrollIntoView(); else window.scrollTo(0, (vscode.getState() || {}).y || 0);
window.addEventListener("scroll", () => vscode.setState({ y: window.scrollY }), { passive: true });
</script>
`;
}

export function registerReport(ctx: Context, displayPath: (uri: string) => string): void {
  ctx.connection.onRequest("entente/report", guard(ctx, "report", (p: ReportParams) => {
    ctx.settle();
    const project = ctx.project;
    const locale: Locale = project.config.locale;
    const data = buildReport(project.ws, ctx.published, project.today ?? localToday(), project.config, displayPath);
    if (p.format === "json") return JSON.stringify(data);
    if (p.format === "md") return reportMarkdown(data, locale);
    if (!p.webview) return reportHtml(data, locale);
    const nonce = randomBytes(16).toString("base64");
    return reportHtml(data, locale, {
      head: `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}';" />\n`,
      bodyEnd: webviewScript(nonce, p.webview.focus),
    });
  }));
}
