// Rendering a declaration by name, as both front ends ask for it: what is refused and why, or the document with the findings that travel with it.
import type { Locale } from "../../../grammar/messages.js";
import type { Decl } from "../../model/bound.js";
import type { ConfigOf } from "../../model/config.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import { kindWord } from "../../model/schema/index.js";
import type { Workspace } from "../../model/workspace.js";
import { words } from "../../words/index.js";
import { agreementDocument, assessmentDocument } from "./build.js";
import type { Anchor } from "./document.js";
import type { PageOptions } from "./html.js";
import { renderDocument, type RenderFormat } from "./render.js";
import { findingsIn, selectDeclaration } from "./select.js";

export interface RenderOptions {
  format: RenderFormat;
  /** Render even with open errors, every page marked as a draft with the number of open findings. */
  draft?: boolean;
  /** A preview while typing: never refused (syntax errors and all), marked as a draft while findings are open. */
  preview?: boolean;
  /** For an HTML page in a webview: its content policy, toolbar and script. */
  page?: PageOptions;
}

export type RenderOutcome =
  | {
    status: "rendered"; name: string; kind: string; title: string; output: string | Uint8Array;
    /** The open errors and warnings of the declaration, which the caller shows beside the document. */
    findings: Diagnostic[];
    /** The file of the declaration, where it is in it, and where each part of the document comes from. */
    file: string; start: number; end: number; anchors: Anchor[];
  }
  | { status: "not-declared"; name: string; suggestions: string[] }
  | { status: "wrong-kind"; name: string; kind: string; suggestions: string[] }
  /** The declaration has syntax errors: the document would not say what the file means to say. */
  | { status: "syntax"; name: string; findings: Diagnostic[] }
  /** Errors remain and no draft was asked for. */
  | { status: "refused"; name: string; findings: Diagnostic[]; errors: number };

export interface RenderContext {
  ws: Workspace;
  /** The findings of a file (checked when not known). */
  diagnostics(decl: Decl): readonly Diagnostic[];
  configOf: ConfigOf;
  /** The language of the document for a file. */
  localeOf(decl: Decl): Locale;
}

export async function renderByName(ctx: RenderContext, name: string, options: RenderOptions, locale: Locale): Promise<RenderOutcome> {
  const selected = selectDeclaration(ctx.ws, name);
  if ("problem" in selected) {
    return selected.problem === "not-declared"
      ? { status: "not-declared", name, suggestions: selected.suggestions }
      : { status: "wrong-kind", name, kind: kindWord(selected.kind, locale), suggestions: selected.suggestions };
  }
  const decl = selected.decl;
  const findings = findingsIn(decl, ctx.diagnostics(decl));
  const errors = findings.filter((f) => f.severity === "error").length;
  if (!options.preview) {
    const syntax = findings.filter((f) => f.rule === "syntax-error");
    if (syntax.length > 0) return { status: "syntax", name, findings: syntax };
    if (errors > 0 && !options.draft) return { status: "refused", name, findings, errors };
  }
  const L = ctx.localeOf(decl);
  const marked = options.draft || (options.preview && findings.length > 0);
  const draft = marked ? words(L).render.draft(findings.length) : null;
  const doc = decl.kind === "agreement" ? agreementDocument(ctx.ws, decl, L, draft) : assessmentDocument(ctx.ws, decl, L, draft, ctx.configOf);
  // Everything read from the model is read before the document is written out: while a PDF is laid out, the
  // language server may let the file rest or take an edit, and the model is then not what the document shows.
  const place = { name: decl.name, kind: decl.kind, file: decl.file.uri, start: decl.syntax.start, end: decl.syntax.end };
  return { status: "rendered", ...place, title: doc.title, output: await renderDocument(doc, options.format, options.page), findings, anchors: doc.anchors };
}
