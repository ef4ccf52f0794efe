// What a drafter gets from the extension, through the vscode API: run in desktop VS Code (test-electron) and in code-server.
import assert from "node:assert/strict";
import * as vscode from "vscode";
import { readAnnotations } from "../support/annotations.js";
import { SCRATCH_ACTS, SCRATCH_MESSY, SCRATCH_MESSY_FORMATTED, SCRATCH_PARTNER } from "./scratch.js";

export interface Outcome {
  name: string;
  passed: boolean;
  ms: number;
  error?: string;
}

export interface SuiteResult {
  outcomes: Outcome[];
  /** Figures measured along the way (milliseconds). */
  measurements: Record<string, number>;
}

const EXTENSION_ID = "entente.entente";
const SEVERITY = ["error", "warning", "info", "info"];
const measurements: Record<string, number> = {};

/** Polls until the probe gives a value (no fixed sleeps); fails with the last value seen. */
async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function root(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, "a workspace folder is open");
  return folder.uri;
}

const file = (...path: string[]) => vscode.Uri.joinPath(root(), ...path);
const ententeDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === "entente");
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === "object" ? String(d.code.value) : String(d.code));
const key = (d: vscode.Diagnostic) =>
  `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${SEVERITY[d.severity]} ${codeOf(d)}`;

async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

/** The position of the first occurrence of `text` in a document (at `offset` characters into it). */
function positionOf(doc: vscode.TextDocument, text: string, offset = 0): vscode.Position {
  const i = doc.getText().indexOf(text);
  assert.ok(i >= 0, `'${text}' is not in ${doc.uri.path}`);
  return doc.positionAt(i + offset);
}

async function write(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : c.value))).join("\n");
}

const tests: [string, () => Promise<void>][] = [
  ["the extension activates and starts its language server", async () => {
    const ext = vscode.extensions.getExtension<{ startupMs: number }>(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    const api = await ext.activate();
    measurements.activationMs = api.startupMs;
    const commands = await vscode.commands.getCommands(true);
    for (const c of ["entente.explainRule", "entente.restartServer", "entente.previewDocument", "entente.saveDocumentAsWord", "entente.saveDocumentAsPdf"]) assert.ok(commands.includes(c), c);
  }],

  ["diagnostics: exactly the annotated findings of violations/disclosures.entente, with codes, links and messages", async () => {
    const uri = file("disclosures.entente");
    const editor = await open(uri);
    const expected = readAnnotations(editor.document.getText()).map((e) =>
      `${e.line + 1}:${e.column + 1}-${e.endLine + 1}:${e.endColumn + 1} ${e.severity} ${e.rule}`).sort();
    const same = () => ententeDiagnostics(uri).map(key).sort().join("\n") === expected.join("\n") || undefined;
    await until("the annotated diagnostics", same).catch(() => assert.deepEqual(ententeDiagnostics(uri).map(key).sort(), expected));
    for (const d of ententeDiagnostics(uri)) {
      assert.ok(d.message.length > 30, d.message);
      assert.ok(typeof d.code === "object" && d.code.target.toString().endsWith(`/docs/rules/${codeOf(d)}.md`), String(typeof d.code === "object" ? d.code.target : d.code));
    }
  }],

  ["hover: a service's status and weighing, and the rule behind a finding", async () => {
    const doc = (await open(file("disclosures.entente"))).document;
    const service = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", doc.uri, positionOf(doc, "to: SIERRA", 5)));
    assert.match(service, /SIERRA/);
    assert.match(service, /doubtful on professionalism/);
    const finding = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", doc.uri, positionOf(doc, "end-recipient: UNIFORM", 16)));
    assert.match(finding, /disclosure-to-law-enforcement/);
  }],

  ["scratch files written beside the examples join the workspace", async () => {
    await write(file("scratch", "zulu.entente"), SCRATCH_PARTNER);
    await write(file("scratch", "acts.entente"), SCRATCH_ACTS);
    await write(file("scratch", "messy.entente"), SCRATCH_MESSY);
    const acts = file("scratch", "acts.entente");
    await open(acts);
    // Until the server has seen the partner file too, its names are unknown: wait for the settled result.
    const settled = () => ententeDiagnostics(acts).map(codeOf).join(" ") === "third-party-rule-missing" || undefined;
    await until("the one finding of the scratch disclosure", settled).catch(() =>
      assert.deepEqual(ententeDiagnostics(acts).map(codeOf), ["third-party-rule-missing"], "the scratch world is otherwise clean"));
  }],

  ["completion: fields the block lacks, values of a field, services by name, declaration snippets", async () => {
    const doc = (await open(file("scratch", "acts.entente"))).document;
    const complete = async (p: vscode.Position) =>
      (await vscode.commands.executeCommand<vscode.CompletionList>("vscode.executeCompletionItemProvider", doc.uri, p)).items;
    const label = (i: vscode.CompletionItem) => (typeof i.label === "string" ? i.label : i.label.label);
    const fields = (await complete(positionOf(doc, "  // more fields here", 2))).map(label);
    assert.ok(fields.includes("onward") && fields.includes("recorded") && !fields.includes("to"), fields.join(", "));
    const basis = (await complete(positionOf(doc, "basis: own-task", 7))).map(label);
    assert.ok(basis.includes("own-task"), basis.join(", "));
    const top = await complete(new vscode.Position(doc.lineCount - 1, 0));
    assert.ok(top.some((i) => label(i) === "disclosure" && i.kind === vscode.CompletionItemKind.Snippet), "the extension's snippet for a disclosure");
    assert.ok(!top.some((i) => label(i).endsWith("…")), "the server's own snippets are not offered twice");
  }],

  ["quick fix: 'onward: none' is added and the finding goes away; a suppression with a reason is offered", async () => {
    const acts = file("scratch", "acts.entente");
    const doc = (await open(acts)).document;
    const finding = ententeDiagnostics(acts).find((d) => codeOf(d) === "third-party-rule-missing");
    assert.ok(finding);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", acts, finding.range);
    const fix = actions.find((a) => a.title.includes("onward: none"));
    assert.ok(fix?.edit, actions.map((a) => a.title).join(" | "));
    assert.ok(actions.some((a) => /reason|reden/i.test(a.title)), "suppress with a reason");
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.getText(), /\n {2}onward: none\n/);
    await until("the finding to go", () => (ententeDiagnostics(acts).length === 0 ? true : undefined));
    await doc.save();
  }],

  ["formatting gives the canonical layout", async () => {
    const doc = (await open(file("scratch", "messy.entente"))).document;
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>("vscode.executeFormatDocumentProvider", doc.uri, { tabSize: 2, insertSpaces: true });
    const edit = new vscode.WorkspaceEdit();
    edit.set(doc.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(doc.getText(), SCRATCH_MESSY_FORMATTED);
    await doc.save();
  }],

  ["rename: a service is renamed in every file; an invalid name is refused with a reason", async () => {
    const partner = file("scratch", "zulu.entente");
    const doc = (await open(partner)).document;
    const at = positionOf(doc, "service ZULU", 9);
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand("vscode.executeDocumentRenameProvider", partner, at, "9-lives")),
      (e: Error) => /name|naam/i.test(e.message),
    );
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>("vscode.executeDocumentRenameProvider", partner, at, "QUEBEC");
    const files = edit.entries().map(([u]) => u.path.split("/").pop()).sort();
    assert.deepEqual(files, ["acts.entente", "zulu.entente"]);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const acts = await vscode.workspace.openTextDocument(file("scratch", "acts.entente"));
    assert.match(acts.getText(), /to: QUEBEC/);
    assert.doesNotMatch(doc.getText(), /[\s[:,]ZULU[\s\],]/, "no reference to the old name is left");
    assert.match(doc.getText(), /assessment ZULU-2026/, "other names that contain it are untouched");
    await vscode.workspace.saveAll(false);
  }],

  ["outline: the declarations of a file, with their nested blocks", async () => {
    const uri = file("partners.entente");
    const symbols = await until("the document symbols", async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>("vscode.executeDocumentSymbolProvider", uri);
      return found?.length ? found : undefined;
    });
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes("SIERRA") && names.includes("MOU-SIERRA-2025"), names.join(", "));
    const mou = symbols.find((s) => s.name === "MOU-SIERRA-2025")!;
    assert.ok(mou.children.length > 0, "clauses are nested under their agreement");
  }],

  ["partner overview: the command opens the register in a webview beside the editor", async () => {
    await vscode.commands.executeCommand("entente.partnerOverview", "SIERRA");
    const tab = await until("the Partner overview tab", () => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
      .find((t) => t.input instanceof vscode.TabInputWebview && /Partner overview|Partneroverzicht/.test(t.label)));
    assert.ok(tab.group.viewColumn !== vscode.window.tabGroups.activeTabGroup.viewColumn || tab.isActive);
  }],

  ["document preview: the agreement under the cursor opens beside the editor, and Save as Word writes a Word file", async () => {
    const editor = await open(file("partners.entente"));
    const at = positionOf(editor.document, "clause 5", 3);
    editor.selection = new vscode.Selection(at, at);
    const t0 = Date.now();
    await vscode.commands.executeCommand("entente.previewDocument");
    const tab = await until("the preview tab", () => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
      .find((t) => t.input instanceof vscode.TabInputWebview && /MOU-SIERRA-2025/.test(t.label)));
    measurements.documentPreviewMs = Date.now() - t0;
    assert.ok(tab.group.viewColumn !== vscode.window.tabGroups.activeTabGroup.viewColumn || !tab.isActive, "beside the source, which keeps the focus");
    const target = file("scratch", "MOU-SIERRA-2025.docx");
    await vscode.commands.executeCommand("entente.saveDocumentAsWord", target);
    const bytes = await until("the Word file", async () => {
      try {
        return await vscode.workspace.fs.readFile(target);
      } catch {
        return undefined;
      }
    });
    assert.equal(Buffer.from(bytes.subarray(0, 2)).toString(), "PK", "a Word file is a zip");
    const pdf = file("scratch", "MOU-SIERRA-2025.pdf");
    await vscode.commands.executeCommand("entente.saveDocumentAsPdf", pdf);
    assert.equal(Buffer.from((await vscode.workspace.fs.readFile(pdf)).subarray(0, 5)).toString(), "%PDF-");
    await vscode.window.tabGroups.close(tab); // the checks after the suite start from the layout they expect
  }],

  ["restarting the server brings the diagnostics back", async () => {
    const uri = file("disclosures.entente");
    const before = ententeDiagnostics(uri).length;
    await vscode.commands.executeCommand("entente.restartServer");
    await until("diagnostics after the restart", () => (ententeDiagnostics(uri).length === before ? true : undefined));
  }],
];

/** Runs every test in order; a failing test is recorded and the next one runs. */
export async function runSuite(log: (line: string) => void = () => undefined): Promise<SuiteResult> {
  const outcomes: Outcome[] = [];
  for (const [name, fn] of tests) {
    const t0 = Date.now();
    try {
      await fn();
      outcomes.push({ name, passed: true, ms: Date.now() - t0 });
      log(`ok   ${name}`);
    } catch (e) {
      const error = e instanceof Error ? e.stack ?? e.message : String(e);
      outcomes.push({ name, passed: false, ms: Date.now() - t0, error });
      log(`FAIL ${name}\n${error}`);
    }
  }
  return { outcomes, measurements };
}
