// Between the model's offsets and plain data, and the Language Server Protocol's positions and shapes.
import {
  CompletionItemKind, DiagnosticSeverity, DiagnosticTag, InsertTextFormat, SymbolKind,
  type CompletionItem, type Diagnostic as LspDiagnostic, type Range, type TextEdit as LspTextEdit,
} from "vscode-languageserver/node";
import type { FileModel } from "../../core/model/bound.js";
import type { SymbolName } from "../../core/model/schema/index.js";
import type { CompletionItem as Item } from "../../core/features/completion.js";
import { ruleDocUri } from "../../core/rules/docs.js";
import type { TextEdit } from "../../core/model/diagnostic.js";
import type { Diagnostic } from "../../core/model/diagnostic.js";

export function range(file: FileModel, start: number, end: number): Range {
  const lines = file.tree.lines;
  return { start: lines.positionAt(start), end: lines.positionAt(Math.max(start, end)) };
}

export function offset(file: FileModel, position: { line: number; character: number }): number {
  return file.tree.lines.offsetAt(position);
}

export function textEdit(file: FileModel, e: TextEdit): LspTextEdit {
  return { range: range(file, e.start, e.end), newText: e.newText };
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/**
 * A finding as the protocol carries it. One the baseline accepts becomes a hint, greyed, its message
 * saying so (`inBaseline`): a drafter who touches an old record sees what was already wrong there.
 */
export function diagnostic(d: Diagnostic, inBaseline?: (message: string, reason: string | null) => string): LspDiagnostic {
  const out: LspDiagnostic = {
    range: d.range,
    severity: d.baseline ? DiagnosticSeverity.Hint : SEVERITY[d.severity],
    code: d.rule,
    codeDescription: { href: ruleDocUri(d.rule) },
    source: "entente",
    message: d.baseline && inBaseline ? inBaseline(d.message, d.baseline.reason) : d.message,
  };
  if (d.related.length > 0) out.relatedInformation = d.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message }));
  if (d.rule === "unused-suppression" || d.baseline) out.tags = [DiagnosticTag.Unnecessary];
  return out;
}

const ITEM_KIND: Record<Item["kind"], CompletionItemKind> = {
  kind: CompletionItemKind.Keyword, field: CompletionItemKind.Property, block: CompletionItemKind.Module,
  value: CompletionItemKind.EnumMember, reference: CompletionItemKind.Reference, snippet: CompletionItemKind.Snippet,
};

export function completionItem(i: Item): CompletionItem {
  const out: CompletionItem = { label: i.label, kind: ITEM_KIND[i.kind] };
  if (i.detail) out.detail = i.detail;
  if (i.documentation) out.documentation = { kind: "markdown", value: i.documentation };
  if (i.insertText !== undefined) out.insertText = i.insertText;
  if (i.snippet) out.insertTextFormat = InsertTextFormat.Snippet;
  if (i.sortText) out.sortText = i.sortText;
  return out;
}

/** The protocol's number for a symbol kind the schema names. */
export function symbolKind(name: SymbolName): SymbolKind {
  return SymbolKind[name];
}
