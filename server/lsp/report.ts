// The `entente/report` request: the partner register for the VS Code webview (or any client), from the findings the server keeps.
import { sectionId } from "../../core/features/report/html.js";
import { REPORT_REQUEST, type ReportParams } from "../../protocol/protocol.js";
import { guard, type Context } from "./handlers.js";
import { contentPolicy, webviewNonce } from "./webview.js";

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
  ctx.connection.onRequest(REPORT_REQUEST, guard(ctx, "report", (p: ReportParams) => {
    ctx.settle();
    if (p.format !== "html" || !p.webview) return ctx.analysis.report(p.format, displayPath, ctx.published);
    const nonce = webviewNonce();
    return ctx.analysis.report("html", displayPath, ctx.published, {
      head: contentPolicy(nonce),
      bodyEnd: webviewScript(nonce, p.webview.focus),
    });
  }));
}
