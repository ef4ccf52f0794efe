// The `entente/render` request: the document preview's page (an agreement or weighing note as HTML) and the bytes of a Word or PDF file to save.
import { words } from "../../core/words/index.js";
import { RENDER_REQUEST, type RenderParams, type RenderResult } from "../../protocol/protocol.js";
import { guard, type Context } from "./handlers.js";
import { contentPolicy, webviewNonce } from "./webview.js";
import { canonical } from "./indexer.js";
import { offset } from "./convert.js";

/**
 * The preview's script: it swaps in a redrawn document without reloading (keeping the scroll
 * position), scrolls to the part under the drafter's cursor, and passes the toolbar's buttons on.
 */
function webviewScript(nonce: string, anchor: string | null): string {
  return `<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
function mark(id, scroll) {
  for (const e of document.querySelectorAll(".current")) e.classList.remove("current");
  const el = id && document.getElementById(id);
  if (!el) return;
  el.classList.add("current");
  if (scroll) el.scrollIntoView({ block: "start", behavior: scroll });
}
window.addEventListener("message", (event) => {
  const m = event.data;
  if (m.type === "update") {
    const next = new DOMParser().parseFromString(m.html, "text/html").getElementById("document");
    const main = document.getElementById("document");
    if (next && main) { const y = window.scrollY; main.innerHTML = next.innerHTML; window.scrollTo(0, y); main.dataset.drawnAt = String(Date.now()); }
    document.title = m.title;
    mark(m.anchor, m.scroll ? "smooth" : false);
  } else if (m.type === "scroll") mark(m.anchor, "smooth");
});
for (const b of document.querySelectorAll("[data-save]")) b.addEventListener("click", () => vscode.postMessage({ save: b.dataset.save }));
const first = ${JSON.stringify(anchor)};
if (first) mark(first, "auto"); else window.scrollTo(0, (vscode.getState() || {}).y || 0);
window.addEventListener("scroll", () => vscode.setState({ y: window.scrollY }), { passive: true });
</script>
`;
}

export function registerRender(ctx: Context): void {
  ctx.connection.onRequest(RENDER_REQUEST, guard(ctx, "render", async (p: RenderParams): Promise<RenderResult> => {
    const uri = canonical(p.uri);
    const file = ctx.analysis.ws.file(uri);
    const at = file && p.position ? offset(file, p.position) : undefined;
    const name = (at !== undefined ? ctx.analysis.renderableAt(uri, at) : undefined) ?? p.name ?? ctx.analysis.renderableAt(uri);
    if (name === undefined) return { status: "none" };
    // The findings the editor shows, brought up to date for the declaration's file: not a second check of it on every keystroke.
    ctx.settleOne(uri);
    for (const d of ctx.analysis.ws.lookup(name)) if (d.file.uri !== uri) ctx.settleOne(d.file.uri);
    const nonce = webviewNonce();
    const R = words(ctx.analysis.config.locale).render;
    const page = p.webview && p.format === "html" ? {
      head: contentPolicy(nonce),
      bodyStart: `<nav class="toolbar"><button type="button" data-save="docx">${R.saveAsWord}</button><button type="button" data-save="pdf">${R.saveAsPdf}</button></nav>\n`,
    } : undefined;
    const r = await ctx.analysis.render(name, { format: p.format, draft: p.draft === true, preview: p.webview === true, ...(page ? { page } : {}) }, ctx.published);
    if (r.status === "refused") return { status: "refused", name: r.name, errors: r.errors };
    if (r.status !== "rendered") return { status: "none" };
    const anchor = at !== undefined && r.file === uri ? r.anchors.find((a) => at >= a.start && at <= a.end)?.id ?? null : null;
    const output = page && typeof r.output === "string" ? r.output.replace("</body>", `${webviewScript(nonce, anchor)}</body>`) : r.output;
    return {
      status: "rendered", name: r.name, title: r.title, start: r.start, end: r.end, anchors: r.anchors, anchor,
      ...(typeof output === "string" ? { text: output } : { base64: Buffer.from(output).toString("base64") }),
    };
  }));
}
