// The Entente language server: connects the core's analysis to an editor over LSP (stdio, IPC or a socket).
import { fileURLToPath, pathToFileURL } from "node:url";
import { existsSync } from "node:fs";
import { basename, relative, sep } from "node:path";
import {
  createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, ProposedFeatures,
  StreamMessageReader, StreamMessageWriter, TextDocuments, TextDocumentSyncKind, type InitializeResult,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { Analysis } from "../core/analysis/analysis.js";
import { TOKEN_MODIFIERS, TOKEN_TYPES } from "../core/features/tokens.js";
import { tuneCompiler, tuneGarbageCollector } from "../core/v8-tuning.js";
import { ententeVersion } from "../core/version.js";
import { words } from "../core/words/index.js";
import { baselineErrorText } from "../core/analysis/baseline-text.js";
import type { InitializationOptions } from "../protocol/protocol.js";
import { Checker } from "./lsp/checker.js";
import { diagnostic } from "./lsp/convert.js";
import { registerHandlers } from "./lsp/handlers.js";
import { registerReport } from "./lsp/report.js";
import { registerRender } from "./lsp/render.js";
import { restWhenIdle } from "./lsp/rest.js";
import { canonical, Indexer, MAX_FILE_BYTES, pathOf } from "./lsp/indexer.js";
import { dayOf, readSettings, uiLocale } from "./lsp/settings.js";
import { serveOrExitStatus } from "./command-line.js";

const serve = serveOrExitStatus(process.argv.slice(2), (t) => void process.stdout.write(t), (t) => void process.stderr.write(t));
if (serve !== "serve") process.exit(serve);

tuneGarbageCollector();
tuneCompiler();
/**
 * Over stdio the server reads its messages itself, so that a broken stream (a missing or garbled
 * Content-Length) ends it with a word on stderr: a server that stayed alive but deaf would leave
 * the editor without findings and without a reason, while an exited one is restarted by the client.
 */
const stdin = process.argv.includes("--stdio") ? new StreamMessageReader(process.stdin) : undefined;
stdin?.onError((e) => {
  // A message whose body is not JSON is one bad message (logged, answered by what follows); a broken header breaks the stream.
  if (e instanceof SyntaxError) return;
  process.stderr.write(`entente-language-server: the input is not a Language Server Protocol stream (${e.message.split("\n")[0]}); stopping, so that the editor can start a fresh server.\n`);
  process.exit(1);
});
const connection = stdin ? createConnection(ProposedFeatures.all, stdin, new StreamMessageWriter(process.stdout)) : createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const analysis = new Analysis({ roots: [], stopAtRoots: true, idOf: (path) => pathToFileURL(path).href, pathOf });
const log = (message: string) => connection.console.log(message);
/** The URI each open document has on the client, by canonical URI. */
const clientUris = new Map<string, string>();
const clientUri = (uri: string) => clientUris.get(uri) ?? uri;
let canRefresh = { inlay: false, lens: false };

/** Whether findings the baseline accepts are shown (as hints) at all: the `entente.baseline.show` setting. */
let showBaselined = true;

/** Whether a file is open in the editor (by its canonical URI): its document's text, not the disk's, is the file. */
const isOpen = (uri: string) => clientUris.has(uri);
const checker = new Checker(analysis, (uri, diagnostics) => {
  const inBaseline = words(analysis.config.of(uri).locale).baseline.inBaseline;
  const shown = showBaselined ? diagnostics : diagnostics.filter((d) => !d.baseline);
  void connection.sendDiagnostics({ uri: clientUri(uri), diagnostics: shown.map((d) => diagnostic(d, inBaseline)), version: documents.get(clientUri(uri))?.version });
  if (canRefresh.inlay) void connection.languages.inlayHint.refresh().catch(() => undefined);
}, log, isOpen);
const indexer = new Indexer(analysis, checker, isOpen, log);
const context = { connection, analysis, published: checker.published, clientUri, log, sync: () => checker.sync(), settle: () => checker.settle(), settleOne: (uri: string) => checker.settleOne(uri), findingsOf: (uri: string) => checker.findingsOf(uri), declarationSnippets: () => declarationSnippets };
registerHandlers(context);
registerRender(context);
// Paths in the partner register: relative to the workspace folder, as the CLI prints them relative to where it runs.
registerReport(context, (uri) => {
  const path = pathOf(uri) ?? uri;
  const root = analysis.roots[0];
  return root ? relative(root, path).split(sep).join("/") : path;
});

let defaultLocale: "en" | "nl" = "en";
let canConfigure = false;
let declarationSnippets = true;
/** "Today" from the initialisation options, if the client pinned it; the `entente.today` setting wins. */
let pinnedToday: number | undefined;

connection.onInitialize((params): InitializeResult => {
  defaultLocale = uiLocale(params);
  analysis.config.setSettings({ locale: defaultLocale, rules: {} });
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  analysis.setRoots(folders.filter((u) => u.startsWith("file:")).map((u) => fileURLToPath(u)));
  // Until the workspace has been read (after 'initialized'), documents opened are analysed but not checked.
  checker.holding = analysis.roots.length > 0;
  const caps = params.capabilities;
  canConfigure = caps.workspace?.configuration === true;
  canRefresh = { inlay: caps.workspace?.inlayHint?.refreshSupport === true, lens: caps.workspace?.codeLens?.refreshSupport === true };
  const options = (params.initializationOptions ?? {}) as InitializationOptions;
  declarationSnippets = options.declarationSnippets !== false;
  pinnedToday = dayOf(options.today);
  analysis.setToday(pinnedToday);
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
    const read = readSettings(await connection.workspace.getConfiguration("entente"), defaultLocale);
    for (const i of read.ignored) log(`ignoring the setting ${i}`);
    analysis.setToday(read.today ?? pinnedToday);
    analysis.config.setSettings(read.settings);
    showBaselined = read.showBaselined;
  } catch (e) {
    log(`cannot read the settings: ${String(e)}`);
  }
}

/** The configuration files published last, so that one that disappears gets its findings cleared. */
let publishedConfigs = new Set<string>();

/** Publishes the findings of every entente.json that governs a file of the workspace (config-error), and clears the rest. */
function publishConfigs(): void {
  for (const uri of analysis.ws.files.keys()) analysis.config.of(uri);
  const now = new Set<string>();
  for (const c of analysis.config.files()) {
    const uri = pathToFileURL(c.path).href;
    now.add(uri);
    if (c.readError) log(`cannot read ${c.path}: ${c.readError}`);
    void connection.sendDiagnostics({ uri, diagnostics: c.diagnostics.map((d) => diagnostic(d)) });
  }
  for (const uri of publishedConfigs) if (!now.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
  publishedConfigs = now;
}

/** The baselines whose problems were published last, so that a mended one gets them cleared. */
let publishedBaselines = new Set<string>();

/** Publishes what is wrong with each baseline that governs a file of the workspace, on the baseline file itself, and clears the rest. */
function publishBaselines(): void {
  const now = new Set<string>();
  for (const uri of analysis.ws.files.keys()) {
    const b = analysis.baseline.of(uri);
    if (b === undefined || !("problem" in b) || now.has(b.path)) continue;
    now.add(b.path);
    const text = baselineErrorText(b, words(analysis.config.locale).baseline, (p) => basename(p));
    log(text);
    const at = { line: b.line - 1, character: b.column - 1 };
    void connection.sendDiagnostics({ uri: pathToFileURL(b.path).href, diagnostics: [{ range: { start: at, end: at }, severity: 1, source: "entente", message: text }] });
  }
  for (const path of publishedBaselines) if (!now.has(path)) void connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics: [] });
  publishedBaselines = now;
}

connection.onInitialized(async () => {
  if (canConfigure) void connection.client.register(DidChangeConfigurationNotification.type, { section: "entente" });
  void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: "**/*.entente" }, { globPattern: "**/entente.json" }, { globPattern: "**/entente-baseline.json" }] })
    .catch(() => log("the client cannot watch files: changes made outside the editor are seen when the files are opened"));
  // The settings only matter to checks, which wait for both: the files are read while the client answers.
  await indexer.indexAll(loadSettings()); // ends the holding of checks, whatever happened before it
  restWhenIdle(analysis, checker, (uri) => clientUris.has(uri), log);
  publishConfigs();
  publishBaselines();
});

connection.onDidChangeConfiguration(async () => {
  await loadSettings();
  checker.everything();
  publishConfigs();
});

connection.onDidChangeWatchedFiles(async (p) => {
  for (const change of p.changes) {
    const uri = canonical(change.uri);
    const path = pathOf(uri);
    // Events from outside the workspace folders are not about the workspace.
    if (path === undefined || !analysis.contains(path)) continue;
    if (uri.endsWith("/entente.json")) {
      analysis.config.changed();
      checker.everything();
      publishConfigs();
    } else if (uri.endsWith("/entente-baseline.json")) {
      analysis.baseline.changed();
      checker.everything();
      publishBaselines();
    } else if (change.type === FileChangeType.Deleted) indexer.deletedOnDisk(uri);
    else {
      await indexer.changedOnDisk(uri);
      if (change.type === FileChangeType.Created && analysis.ws.files.has(uri)) indexer.appeared(uri);
    }
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
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_FILE_BYTES) {
    checker.removed(uri, analysis.removeFile(uri));
    const message = words(analysis.config.of(uri).locale).editor.tooLarge((bytes / 1e6).toFixed(0));
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 3, source: "entente", message }] });
    return [];
  }
  return analysis.editFile(uri, text);
}

function edited(doc: TextDocument): void {
  const uri = canonical(doc.uri);
  clientUris.set(uri, doc.uri);
  checker.edited(uri, () => analyse(doc.uri));
}

documents.onDidOpen((e) => {
  const uri = canonical(e.document.uri);
  const path = pathOf(uri);
  const unknown = !analysis.ws.files.has(uri) && path !== undefined && analysis.belongs(path);
  edited(e.document);
  // A file on disk that the workspace does not hold: the watcher may have missed its folder, and its neighbours.
  if (unknown) indexer.appeared(uri);
});
documents.onDidChangeContent((e) => edited(e.document));
documents.onDidClose(async (e) => {
  const uri = canonical(e.document.uri);
  clientUris.delete(uri);
  // Opened under another spelling of its URI (percent-escapes, `..`): what was published there goes with it.
  if (e.document.uri !== uri) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  // Back to what is on disk; a file that no longer exists (deleted while open) leaves the workspace.
  const path = pathOf(uri);
  if (path && existsSync(path)) await indexer.changedOnDisk(uri);
  else checker.removed(uri, analysis.removeFile(uri));
});

connection.onShutdown(() => log("shutting down"));
process.on("uncaughtException", (e) => log(`unexpected error (the server keeps running): ${e.stack ?? String(e)}`));
process.on("unhandledRejection", (e) => log(`unexpected error (the server keeps running): ${e instanceof Error ? e.stack : String(e)}`));

documents.listen(connection);
connection.listen();
