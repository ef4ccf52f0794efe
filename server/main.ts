// The Entente language server: connects the project to an editor over LSP (stdio, IPC or a socket).
import { fileURLToPath, pathToFileURL } from "node:url";
import { existsSync } from "node:fs";
import { relative, sep } from "node:path";
import {
  createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, ProposedFeatures,
  TextDocuments, TextDocumentSyncKind, type InitializeParams, type InitializeResult,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { LineIndex } from "../grammar/line-index.js";
import type { Locale } from "../grammar/messages.js";
import type { Config, SeveritySetting } from "../core/model/config.js";
import { Project } from "../core/project.js";
import { RULE_IDS } from "../core/rules/catalogue.js";
import { configDiagnostics } from "../core/rules/run.js";
import { TOKEN_MODIFIERS, TOKEN_TYPES } from "../core/features/tokens.js";
import { Checker } from "./lsp/checker.js";
import { diagnostic } from "./lsp/convert.js";
import { registerHandlers } from "./lsp/handlers.js";
import { registerReport } from "./lsp/report.js";
import { canonical, Indexer, MAX_FILE_BYTES } from "./lsp/indexer.js";
import { ententeVersion } from "../core/version.js";
import { tuneGarbageCollector } from "../core/gc-tuning.js";
import { parseDate } from "../core/model/dates.js";

tuneGarbageCollector();
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const project = new Project();
const log = (message: string) => connection.console.log(message);
/** The URI each open document has on the client, by canonical URI. */
const clientUris = new Map<string, string>();
const clientUri = (uri: string) => clientUris.get(uri) ?? uri;
let canRefresh = { inlay: false, lens: false };

const checker = new Checker(project, (uri, diagnostics) => {
  void connection.sendDiagnostics({ uri: clientUri(uri), diagnostics: diagnostics.map(diagnostic), version: documents.get(clientUri(uri))?.version });
  if (canRefresh.inlay) void connection.languages.inlayHint.refresh().catch(() => undefined);
}, log);
const indexer = new Indexer(project, checker, (uri) => clientUris.has(uri), log);
const context = { connection, project, published: checker.published, clientUri, log, sync: () => checker.sync(), settle: () => checker.settle(), declarationSnippets: () => declarationSnippets };
registerHandlers(context);
// Paths in the partner register: relative to the workspace folder, as the CLI prints them relative to where it runs.
registerReport(context, (uri) => {
  const path = uri.startsWith("file:") ? fileURLToPath(uri) : uri;
  const root = indexer.roots[0];
  return root ? relative(root, path).split(sep).join("/") : path;
});

/** The locale of the client's UI (VS Code's display language), when it is one Entente speaks. */
function uiLocale(params: InitializeParams): Locale {
  return params.locale?.toLowerCase().startsWith("nl") ? "nl" : "en";
}
let defaultLocale: Locale = "en";
let canConfigure = false;
let declarationSnippets = true;
/** "Today" from the initialisation options, if the client pinned it; the `entente.today` setting wins. */
let pinnedToday: number | undefined;

/** A day number for a valid YYYY-MM-DD date, else undefined. */
function dayOf(text: unknown): number | undefined {
  if (typeof text !== "string") return undefined;
  const d = parseDate(text);
  return typeof d === "string" ? undefined : d.day;
}

connection.onInitialize((params): InitializeResult => {
  defaultLocale = uiLocale(params);
  project.settings = { ...project.settings, locale: defaultLocale };
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  indexer.roots = folders.filter((u) => u.startsWith("file:")).map((u) => fileURLToPath(u));
  // Until the workspace has been read (after 'initialized'), documents opened are analysed but not checked.
  checker.holding = indexer.roots.length > 0;
  const caps = params.capabilities;
  canConfigure = caps.workspace?.configuration === true;
  canRefresh = { inlay: caps.workspace?.inlayHint?.refreshSupport === true, lens: caps.workspace?.codeLens?.refreshSupport === true };
  const options = (params.initializationOptions ?? {}) as { today?: string; declarationSnippets?: boolean };
  declarationSnippets = options.declarationSnippets !== false;
  pinnedToday = dayOf(options.today);
  project.today = pinnedToday;
  return {
    serverInfo: { name: "entente-language-server", version: ententeVersion() },
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
      hoverProvider: true,
      completionProvider: { triggerCharacters: [":", " ", "[", ","] },
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      foldingRangeProvider: true,
      semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] }, full: true },
      documentFormattingProvider: true,
      codeActionProvider: { codeActionKinds: ["quickfix", "source.fixAll.entente"] },
      inlayHintProvider: true,
      codeLensProvider: { resolveProvider: false },
    },
  };
});

/** Reads the editor's `entente` settings; entente.json overrides them where it says something. */
async function loadSettings(): Promise<void> {
  if (!canConfigure) return;
  try {
    const s = (await connection.workspace.getConfiguration("entente")) as Partial<{ locale: string; reviewIntervalMonths: number; rules: Record<string, string>; today: string }> | null;
    const rules: Config["rules"] = {};
    for (const [id, sev] of Object.entries(s?.rules ?? {})) {
      if (RULE_IDS.has(id) && ["error", "warning", "info", "off"].includes(sev)) rules[id] = sev as SeveritySetting;
      else log(`ignoring the setting entente.rules.${id}: ${JSON.stringify(sev)}`);
    }
    const interval = s?.reviewIntervalMonths;
    if (s?.today && dayOf(s.today) === undefined) log(`ignoring the setting entente.today: ${JSON.stringify(s.today)} is not a date written YYYY-MM-DD`);
    project.today = dayOf(s?.today) ?? pinnedToday;
    project.settings = {
      locale: s?.locale === "en" || s?.locale === "nl" ? s.locale : defaultLocale,
      rules,
      ...(typeof interval === "number" && Number.isInteger(interval) && interval >= 1 && interval <= 120 ? { reviewIntervalMonths: interval } : {}),
    };
  } catch (e) {
    log(`cannot read the settings: ${String(e)}`);
  }
}

/** Publishes the configuration errors of entente.json on that file (or clears them). */
function publishConfig(text: string): void {
  const path = indexer.configPath;
  if (!path) return;
  const uri = pathToFileURL(path).href;
  const diagnostics = configDiagnostics(uri, new LineIndex(text), project.configProblems, project.config.locale);
  void connection.sendDiagnostics({ uri, diagnostics: diagnostics.map(diagnostic) });
}

connection.onInitialized(async () => {
  if (canConfigure) void connection.client.register(DidChangeConfigurationNotification.type, { section: "entente" });
  void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: "**/*.entente" }, { globPattern: "**/entente.json" }] })
    .catch(() => log("the client cannot watch files: changes made outside the editor are seen when the files are opened"));
  try {
    await loadSettings();
    await reloadConfig();
  } finally {
    await indexer.indexAll(); // ends the holding of checks, whatever happened before it
  }
});

async function reloadConfig(): Promise<void> {
  publishConfig((await indexer.readConfig()) ?? "");
}

connection.onDidChangeConfiguration(async () => {
  await loadSettings();
  checker.everything();
});

connection.onDidChangeWatchedFiles(async (p) => {
  for (const change of p.changes) {
    const uri = canonical(change.uri);
    if (uri.endsWith("/entente.json")) {
      await reloadConfig();
      checker.everything();
    } else if (change.type === FileChangeType.Deleted) indexer.deletedOnDisk(uri);
    else await indexer.changedOnDisk(uri);
  }
});

/**
 * An open document is analysed from the editor's text (when the checker gets to it), unless it is
 * too large to analyse while typing. Returns the dependency keys that changed.
 */
function analyse(clientUriOfDoc: string): Iterable<string> {
  const doc = documents.get(clientUriOfDoc);
  const uri = canonical(clientUriOfDoc);
  if (!doc) return [];
  const text = doc.getText();
  if (text.length > MAX_FILE_BYTES) {
    checker.removed(uri, project.removeFile(uri));
    const message = project.config.locale === "en"
      ? `This file is ${(text.length / 1e6).toFixed(0)} MB: too large to check while typing. Run 'entente lint' on it.`
      : `Dit bestand is ${(text.length / 1e6).toFixed(0)} MB: te groot om tijdens het typen te controleren. Voer 'entente lint' erop uit.`;
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 3, source: "entente", message }] });
    return [];
  }
  return project.setFile(uri, text);
}

function edited(doc: TextDocument): void {
  const uri = canonical(doc.uri);
  clientUris.set(uri, doc.uri);
  checker.edited(uri, () => analyse(doc.uri));
}

documents.onDidOpen((e) => edited(e.document));
documents.onDidChangeContent((e) => edited(e.document));
documents.onDidClose(async (e) => {
  const uri = canonical(e.document.uri);
  clientUris.delete(uri);
  // Back to what is on disk; a file that no longer exists (deleted while open) leaves the workspace.
  const path = uri.startsWith("file:") ? fileURLToPath(uri) : undefined;
  if (path && existsSync(path)) await indexer.changedOnDisk(uri);
  else checker.removed(uri, project.removeFile(uri));
});

connection.onShutdown(() => log("shutting down"));
process.on("uncaughtException", (e) => log(`unexpected error (the server keeps running): ${e.stack ?? String(e)}`));
process.on("unhandledRejection", (e) => log(`unexpected error (the server keeps running): ${e instanceof Error ? e.stack : String(e)}`));

documents.listen(connection);
connection.listen();
