// The document preview: the agreement or weighing note under the cursor as its document, beside the editor, redrawn as the drafter types; and saving it as Word or PDF.
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { COMMANDS, DOCUMENT_PREVIEW_VIEW, RENDER_REQUEST, type RenderParams, type RenderResult } from "../protocol/protocol.js";

/**
 * The pause after a keystroke before the preview is drawn again: none beyond letting the language
 * client send the change first. Keystrokes that come while a drawing is on its way are drawn
 * together once it is done, so the preview follows the typing without falling behind.
 */
const REDRAW_MS = 0;

type Rendered = Extract<RenderResult, { status: "rendered" }>;

export function registerDocumentPreview(getClient: () => LanguageClient | undefined): vscode.Disposable[] {
  let panel: vscode.WebviewPanel | undefined;
  /** The file the preview follows, and what it shows of it. */
  let source: vscode.TextDocument | undefined;
  let shown: Rendered | undefined;
  let anchor: string | null = null;
  let timer: NodeJS.Timeout | undefined;
  /** A drawing is on its way; what was asked for meanwhile is drawn after it, once. */
  let busy = false;
  let queued: { scroll: boolean; doc: vscode.TextDocument | undefined; reload: boolean } | undefined;

  const isEntente = (d: vscode.TextDocument | undefined): d is vscode.TextDocument => d?.languageId === "entente";
  const cursorOf = (doc: vscode.TextDocument) => vscode.window.visibleTextEditors.find((e) => e.document === doc)?.selection.active;

  async function request(params: RenderParams): Promise<RenderResult> {
    const client = getClient();
    if (!client) return null;
    try {
      return await client.sendRequest<RenderResult>(RENDER_REQUEST, params);
    } catch (e) {
      client.warn(`The document could not be rendered: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
  }

  /**
   * Draws the declaration under the cursor of `doc` (the source by default). Another file becomes the
   * source only when it has something to show: until then the preview keeps what it showed.
   */
  async function draw(scroll: boolean, doc = source, reload = false): Promise<void> {
    if (!panel || !doc) return;
    const cursor = cursorOf(doc);
    const same = doc === source && shown !== undefined;
    const r = await request({ uri: doc.uri.toString(), format: "html", webview: true, ...(cursor ? { position: cursor } : {}), ...(same ? { name: shown!.name } : {}) });
    if (!panel || r?.status !== "rendered" || r.text === undefined) {
      if (panel && !shown) {
        source = doc; // nothing shown yet: follow this file, and draw once the cursor is in something to show
        panel.webview.html = emptyPage();
      }
      return;
    }
    reload ||= !same || shown!.name !== r.name;
    source = doc;
    shown = r;
    anchor = r.anchor;
    panel.title = vscode.l10n.t("Preview {0}", r.name);
    if (reload) panel.webview.html = r.text;
    else await panel.webview.postMessage({ type: "update", html: r.text, title: r.title, anchor: r.anchor, scroll });
  }

  /** Draws now, or after the drawing on its way (never two at once, so that they cannot overtake each other). */
  function redraw(scroll: boolean, doc?: vscode.TextDocument, reload = false): void {
    const next = { scroll: scroll || (queued?.scroll ?? false), doc: doc ?? queued?.doc, reload: reload || (queued?.reload ?? false) };
    if (busy) {
      queued = next;
      return;
    }
    busy = true;
    void draw(next.scroll, next.doc ?? source, next.reload).finally(() => {
      busy = false;
      const q = queued;
      queued = undefined;
      if (q) redraw(q.scroll, q.doc, q.reload);
    });
  }

  function show(): void {
    const editor = vscode.window.activeTextEditor;
    const doc = isEntente(editor?.document) ? editor.document : source;
    if (!doc) {
      void vscode.window.showInformationMessage(vscode.l10n.t("Open an .entente file with an agreement or a weighing note to preview it."));
      return;
    }
    if (panel) panel.reveal(undefined, true);
    else {
      panel = vscode.window.createWebviewPanel(DOCUMENT_PREVIEW_VIEW, vscode.l10n.t("Preview"), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        // The page loads nothing: no local resources, scripts only with the nonce the server puts in its policy.
        { enableScripts: true, localResourceRoots: [], enableFindWidget: true });
      panel.onDidDispose(() => { panel = undefined; shown = undefined; });
      // A hidden webview loses its page (and the updates sent to it): shown again, it is drawn afresh. Only then: a move
      // of the focus in or out of it changes nothing on the page.
      let visible = true;
      panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.visible && !visible) redraw(true, undefined, true);
        visible = e.webviewPanel.visible;
      });
      panel.webview.onDidReceiveMessage((m: { save?: string }) => {
        if (m.save === "docx" || m.save === "pdf") void saveAs(m.save);
      });
    }
    redraw(true, doc, true);
  }

  /** Renders the document shown (or the one under the cursor) as Word or PDF and writes it where the user chooses. */
  async function saveAs(format: "docx" | "pdf", target?: vscode.Uri): Promise<void> {
    const doc = source ?? (isEntente(vscode.window.activeTextEditor?.document) ? vscode.window.activeTextEditor.document : undefined);
    if (!doc) return;
    const cursor = shown ? undefined : cursorOf(doc);
    const base: RenderParams = { uri: doc.uri.toString(), format, ...(shown ? { name: shown.name } : {}), ...(cursor ? { position: cursor } : {}) };
    let r = await request(base);
    if (r?.status === "refused") {
      const draft = vscode.l10n.t("Save as Draft");
      const choice = await vscode.window.showWarningMessage(
        vscode.l10n.t("{0} has {1} open error(s). It can only be saved as a draft, marked as such on every page.", r.name, r.errors), { modal: true }, draft);
      if (choice !== draft) return;
      r = await request({ ...base, draft: true });
    }
    if (r?.status !== "rendered" || r.base64 === undefined) {
      void vscode.window.showErrorMessage(vscode.l10n.t("The document could not be made; the Entente output channel says why."));
      return;
    }
    const file = target ?? await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(doc.uri, "..", `${r.name}.${format}`),
      filters: format === "docx" ? { [vscode.l10n.t("Word document")]: ["docx"] } : { PDF: ["pdf"] },
    });
    if (!file) return;
    await vscode.workspace.fs.writeFile(file, Buffer.from(r.base64, "base64"));
    if (!target) void vscode.window.showInformationMessage(vscode.l10n.t("Saved {0}.", vscode.workspace.asRelativePath(file)));
  }

  return [
    vscode.commands.registerCommand(COMMANDS.previewDocument, () => show()),
    vscode.commands.registerCommand(COMMANDS.saveDocumentAsWord, (target?: unknown) => saveAs("docx", target instanceof vscode.Uri ? target : undefined)),
    vscode.commands.registerCommand(COMMANDS.saveDocumentAsPdf, (target?: unknown) => saveAs("pdf", target instanceof vscode.Uri ? target : undefined)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (!panel || e.document !== source || e.contentChanges.length === 0) return;
      clearTimeout(timer);
      timer = setTimeout(() => redraw(false), REDRAW_MS);
    }),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (!panel || e.textEditor.document !== source) return;
      const at = source.offsetAt(e.selections[0]!.active);
      if (!shown || at < shown.start || at > shown.end) return redraw(true); // another declaration, perhaps
      const part = shown.anchors.find((a) => at >= a.start && at <= a.end)?.id ?? null;
      if (part && part !== anchor) {
        anchor = part;
        void panel.webview.postMessage({ type: "scroll", anchor: part });
      }
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (!panel || !isEntente(editor?.document) || editor.document === source) return;
      redraw(true, editor.document);
    }),
    { dispose: () => { clearTimeout(timer); panel?.dispose(); } },
  ];
}

/** What the preview shows while the cursor is in no agreement or weighing note. */
function emptyPage(): string {
  const text = vscode.l10n.t("Put the cursor in an agreement or a weighing note to see it as a document.");
  return `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';" /><style>body { font: 13px system-ui, sans-serif; padding: 2rem; color: var(--vscode-foreground); }</style></head><body><p>${text.replace(/[&<>]/g, "")}</p></body></html>`;
}
