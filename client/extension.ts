// The VS Code extension: starts the Entente language server and adds the commands that only the editor can carry out.
import * as path from "node:path";
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { COMMANDS, type InitializationOptions } from "../protocol/protocol.js";
import { registerPartnerOverview } from "./partner-overview.js";
import { registerDocumentPreview } from "./document-preview.js";

let client: LanguageClient | undefined;

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join("dist", "server.cjs"));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6009"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: "file", language: "entente" }, { scheme: "untitled", language: "entente" }],
    synchronize: { configurationSection: "entente" },
    // The extension ships the declaration snippets in its snippet file, where users can see and manage them.
    initializationOptions: { declarationSnippets: false } satisfies InitializationOptions,
  };
  return new LanguageClient("entente", "Entente", serverOptions, clientOptions);
}

/** Opens a rule's page (shipped with the extension) in the Markdown preview. */
async function explainRule(context: vscode.ExtensionContext, id?: string): Promise<void> {
  let rule = typeof id === "string" ? id : undefined;
  if (!rule) {
    const docs = vscode.Uri.file(context.asAbsolutePath(path.join("docs", "rules")));
    const entries = await vscode.workspace.fs.readDirectory(docs);
    const ids = entries.map(([name]) => name).filter((n) => n.endsWith(".md") && n !== "README.md").map((n) => n.slice(0, -3)).sort();
    rule = await vscode.window.showQuickPick(ids, { placeHolder: vscode.l10n.t("Which rule?") });
    if (!rule) return;
  }
  const page = vscode.Uri.file(context.asAbsolutePath(path.join("docs", "rules", `${rule}.md`)));
  await vscode.commands.executeCommand("markdown.showPreview", page);
}

/** What the extension exports: how long it took to start, for the end-to-end tests' measurements. */
export interface EntenteApi {
  /** From activation until the language server answered `initialize`. */
  startupMs: number;
}

export async function activate(context: vscode.ExtensionContext): Promise<EntenteApi> {
  const t0 = performance.now();
  client = createClient(context);
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.explainRule, (id?: string) => explainRule(context, id)),
    ...registerPartnerOverview(() => client),
    ...registerDocumentPreview(() => client),
    vscode.commands.registerCommand(COMMANDS.restartServer, async () => {
      await client?.restart();
    }),
  );
  await client.start();
  return { startupMs: performance.now() - t0 };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
