// The editor features as LSP requests: each reads the model and turns the plain data of server/features into protocol shapes.
import {
  CodeActionKind, ResponseError, type CancellationToken, type CodeAction, type Connection, type InlayHint,
  type SemanticTokens, type WorkspaceEdit,
} from "vscode-languageserver/node";
import type { FileModel } from "../../core/model/bound.js";
import { codeActions } from "../../core/features/actions.js";
import { complete } from "../../core/features/completion.js";
import { format } from "../../core/features/format.js";
import { codeLenses, inlayHints } from "../../core/features/hints.js";
import { hover } from "../../core/features/hover.js";
import { definition, prepareRename, references, rename, type Span } from "../../core/features/navigation.js";
import { documentSymbols, foldingRanges, workspaceSymbols, type Symbol } from "../../core/features/outline.js";
import { semanticTokens } from "../../core/features/tokens.js";
import type { Analysis } from "../../core/analysis/analysis.js";
import type { Diagnostic } from "../../core/model/diagnostic.js";
import { words } from "../../core/words/index.js";
import { COMMANDS } from "../../protocol/protocol.js";
import { canonical } from "./indexer.js";
import { completionItem, diagnostic as lspDiagnostic, offset, range, symbolKind, textEdit } from "./convert.js";

export interface Context {
  connection: Connection;
  analysis: Analysis;
  published: Map<string, Diagnostic[]>;
  /** The URI the client uses for a file (its spelling may differ from the canonical one). */
  clientUri(uri: string): string;
  log(message: string): void;
  /** Analyses the edits received but not analysed yet, so that a request sees the text the editor has. */
  sync(): void;
  /** Also checks every file whose findings are outstanding (slower; for answers about the whole workspace). */
  settle(): void;
  /** Checks one file now if its check is outstanding, so that its published findings are current. */
  settleOne(uri: string): void;
  /** A file's findings in full (with fixes, related places, arguments and requirements), as last published or made anew. */
  findingsOf(uri: string): readonly Diagnostic[];
  /** False when the client contributes the declaration snippets itself. */
  declarationSnippets(): boolean;
}

const REQUEST_CANCELLED = -32800;

/** Runs a handler, answering null (and logging) instead of failing, so that one bad request never stops the server. */
export function guard<P, R>(ctx: Context, name: string, fn: (p: P, token: CancellationToken) => R) {
  return (params: P, token: CancellationToken): R | null | ResponseError<void> => {
    try {
      if (token.isCancellationRequested) return new ResponseError(REQUEST_CANCELLED, "cancelled");
      ctx.sync();
      const result = fn(params, token);
      // An asynchronous handler (rendering a document) is guarded the same way when it settles.
      if (result instanceof Promise) {
        return result.then(
          (r) => (token.isCancellationRequested ? new ResponseError(REQUEST_CANCELLED, "cancelled") : r),
          (e) => {
            ctx.log(`${name} failed: ${e instanceof Error ? e.stack : String(e)}`);
            return null;
          },
        ) as R;
      }
      return token.isCancellationRequested ? new ResponseError(REQUEST_CANCELLED, "cancelled") : result;
    } catch (e) {
      ctx.log(`${name} failed: ${e instanceof Error ? e.stack : String(e)}`);
      return null;
    }
  };
}

export function registerHandlers(ctx: Context): void {
  const { connection, analysis } = ctx;
  const fileOf = (uri: string): FileModel | undefined => analysis.ws.file(canonical(uri));
  const today = () => analysis.today;
  const locale = (f?: FileModel) => (f ? analysis.config.of(f.uri).locale : analysis.config.locale);
  const configOf = (id: string) => analysis.config.of(id);
  const location = (s: Span) => ({ uri: ctx.clientUri(s.file.uri), range: range(s.file, s.start, s.end) });
  const diagnosticsOf = (f: FileModel) => ctx.findingsOf(f.uri);

  connection.onHover(guard(ctx, "hover", (p) => {
    const f = fileOf(p.textDocument.uri);
    if (!f) return null;
    const h = hover(analysis.ws, f, offset(f, p.position), diagnosticsOf(f), today(), configOf, locale(f));
    return h ? { contents: { kind: "markdown" as const, value: h.markdown }, range: range(f, h.start, h.end) } : null;
  }));

  connection.onCompletion(guard(ctx, "completion", (p) => {
    const f = fileOf(p.textDocument.uri);
    if (!f) return null;
    const c = complete(analysis.ws, f, offset(f, p.position), today(), locale(f), ctx.declarationSnippets());
    return { isIncomplete: c.isIncomplete, items: c.items.map(completionItem) };
  }));

  connection.onDefinition(guard(ctx, "definition", (p) => {
    const f = fileOf(p.textDocument.uri);
    return f ? definition(analysis.ws, f, offset(f, p.position)).map(location) : null;
  }));

  connection.onReferences(guard(ctx, "references", (p, token) => {
    const f = fileOf(p.textDocument.uri);
    return f ? references(analysis.ws, f, offset(f, p.position), p.context.includeDeclaration, () => token.isCancellationRequested).map(location) : null;
  }));

  connection.onPrepareRename(guard(ctx, "prepareRename", (p) => {
    const f = fileOf(p.textDocument.uri);
    if (!f) return null;
    const r = prepareRename(analysis.ws, f, offset(f, p.position), locale(f));
    if ("refused" in r) return new ResponseError(-32803, r.refused);
    return { range: range(f, r.start, r.end), placeholder: r.name };
  }));

  connection.onRenameRequest(guard(ctx, "rename", (p) => {
    const f = fileOf(p.textDocument.uri);
    if (!f) return null;
    const r = rename(analysis.ws, f, offset(f, p.position), p.newName, locale(f));
    if ("refused" in r) return new ResponseError(-32803, r.refused);
    const changes: WorkspaceEdit["changes"] = {};
    for (const [uri, edits] of r) {
      const target = analysis.ws.file(uri)!;
      changes[ctx.clientUri(uri)] = edits.map((e) => textEdit(target, e));
    }
    return { changes };
  }));

  const toSymbol = (f: FileModel, s: Symbol): import("vscode-languageserver/node").DocumentSymbol => ({
    name: s.name, detail: s.detail, kind: symbolKind(s.symbol), range: range(f, s.start, s.end),
    selectionRange: range(f, s.selectionStart, s.selectionEnd), children: s.children.map((c) => toSymbol(f, c)),
  });
  connection.onDocumentSymbol(guard(ctx, "documentSymbol", (p) => {
    const f = fileOf(p.textDocument.uri);
    return f ? documentSymbols(f, { ws: analysis.ws, today: today(), locale: locale(f) }).map((s) => toSymbol(f, s)) : null;
  }));

  connection.onWorkspaceSymbol(guard(ctx, "workspaceSymbol", (p, token) =>
    workspaceSymbols(analysis.ws, p.query, 500, () => token.isCancellationRequested).map((s) => ({
      name: s.name, kind: symbolKind(s.symbol), containerName: s.detail, location: location({ file: s.file, start: s.start, end: s.end }),
    }))));

  connection.onFoldingRanges(guard(ctx, "foldingRange", (p) => {
    const f = fileOf(p.textDocument.uri);
    return f ? foldingRanges(f).map((r) => ({ startLine: r.startLine, endLine: r.endLine, ...(r.kind ? { kind: r.kind } : {}) })) : null;
  }));

  connection.languages.semanticTokens.on(guard(ctx, "semanticTokens", (p): SemanticTokens => {
    const f = fileOf(p.textDocument.uri);
    const data: number[] = [];
    let line = 0;
    let char = 0;
    for (const t of f ? semanticTokens(f) : []) {
      data.push(t.line - line, t.line === line ? t.character - char : t.character, t.length, t.type, t.modifiers);
      line = t.line;
      char = t.character;
    }
    return { data };
  }));

  connection.onDocumentFormatting(guard(ctx, "formatting", (p) => {
    const f = fileOf(p.textDocument.uri);
    const text = f ? format(f.tree) : undefined;
    if (!f || text === undefined || text === f.tree.text) return [];
    return [{ range: range(f, 0, f.tree.text.length), newText: text }];
  }));

  connection.onCodeAction(guard(ctx, "codeAction", (p) => {
    const f = fileOf(p.textDocument.uri);
    if (!f) return null;
    const all = diagnosticsOf(f);
    const start = offset(f, p.range.start);
    const end = offset(f, p.range.end);
    const inRange = all.filter((d) => d.start <= end && d.end >= start);
    // Kinds are hierarchical: a client asking `only: ["source.fixAll"]` wants `source.fixAll.entente`, one asking for quick fixes does not.
    const wanted = (kind: string) => !p.context.only || p.context.only.some((o) => kind === o || kind.startsWith(`${o}.`));
    return codeActions(f, inRange, all, locale(f)).map((a): CodeAction => ({
      title: a.title, kind: a.kind === "quickfix" ? CodeActionKind.QuickFix : `${CodeActionKind.SourceFixAll}.entente`,
      diagnostics: a.diagnostics.map((d) => lspDiagnostic(d, words(locale(f)).baseline.inBaseline)), isPreferred: a.preferred,
      edit: { changes: { [ctx.clientUri(f.uri)]: a.edits.map((e) => textEdit(f, e)) } },
    })).filter((a) => wanted(a.kind!));
  }));

  connection.languages.inlayHint.on(guard(ctx, "inlayHint", (p): InlayHint[] | null => {
    const f = fileOf(p.textDocument.uri);
    if (!f) return null;
    return inlayHints(f, diagnosticsOf(f), locale(f), offset(f, p.range.start), offset(f, p.range.end)).map((h) => ({
      position: f.tree.lines.positionAt(h.offset), label: h.label, tooltip: h.tooltip, paddingLeft: true,
    }));
  }));

  connection.onCodeLens(guard(ctx, "codeLens", (p) => {
    const f = fileOf(p.textDocument.uri);
    if (!f) return null;
    return codeLenses(analysis.ws, f, locale(f)).map((l) => {
      const r = range(f, l.start, l.end);
      // The counts open the service's place in the partner register (a command of the VS Code extension).
      return { range: r, command: { title: l.title, command: COMMANDS.partnerOverview, arguments: [l.decl.name] } };
    });
  }));
}
