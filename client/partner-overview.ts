// The Partner overview: the partner register in a webview beside the editor, refreshed as the workspace changes.
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { COMMANDS, REPORT_REQUEST, type ReportParams, type ReportResult } from "../protocol/protocol.js";

/** How long to wait after the last change before the overview is drawn again. */
const REFRESH_MS = 400;

export function registerPartnerOverview(getClient: () => LanguageClient | undefined): vscode.Disposable[] {
  let panel: vscode.WebviewPanel | undefined;
  let timer: NodeJS.Timeout | undefined;

  async function render(focus?: string): Promise<void> {
    const client = getClient();
    if (!panel || !client) return;
    try {
      const params: ReportParams = { format: "html", webview: { focus } };
      const html = await client.sendRequest<ReportResult>(REPORT_REQUEST, params);
      if (panel && html) panel.webview.html = html;
    } catch (e) {
      client.warn(`The partner overview could not be drawn: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  function show(service?: string): void {
    if (panel) panel.reveal(undefined, true);
    else {
      panel = vscode.window.createWebviewPanel("entente.partnerOverview", vscode.l10n.t("Partner overview"),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        // The page loads nothing: no local resources, scripts only with the nonce the server puts in its policy.
        { enableScripts: true, localResourceRoots: [], enableFindWidget: true });
      panel.onDidDispose(() => { panel = undefined; });
      // Drawn again when it comes back into view, not whenever the focus moves in or out of it (which drew the whole page again for nothing).
      let visible = true;
      panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.visible && !visible) refreshSoon();
        visible = e.webviewPanel.visible;
      });
    }
    void render(service);
  }

  function refreshSoon(): void {
    if (!panel) return;
    clearTimeout(timer);
    timer = setTimeout(() => void render(), REFRESH_MS);
  }

  const watcher = vscode.workspace.createFileSystemWatcher("**/{*.entente,entente.json}");
  return [
    vscode.commands.registerCommand(COMMANDS.partnerOverview, (service?: unknown) => show(typeof service === "string" ? service : undefined)),
    vscode.workspace.onDidChangeTextDocument((e) => { if (e.document.languageId === "entente" && e.contentChanges.length > 0) refreshSoon(); }),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration("entente")) refreshSoon(); }),
    watcher, watcher.onDidCreate(refreshSoon), watcher.onDidChange(refreshSoon), watcher.onDidDelete(refreshSoon),
    { dispose: () => { clearTimeout(timer); panel?.dispose(); } },
  ];
}
