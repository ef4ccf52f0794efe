// Protocol tests: the real language server over stdio, for every feature, driven by a JSON-RPC client.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { disclosure } from "./support/adoption.js";
import { projectRoot } from "./support/paths.js";
import { startServer, uriOf, withServer, type Server } from "./support/lsp-client.js";
import { tempDir } from "./support/temp.js";

const PARTNERS = readFileSync(join(projectRoot(), "docs", "rules", "partners.entente"), "utf8");
const ACTS = `${disclosure('D-1 "Port calls"')}
disclosure D-2 {
  to: HERON
  date: 2026-03-02
  basis: own-task
  investigation: "Piracy"
  data: [personal]
  reliability: B2
  onward: none
}
`;

let dir: string;
let s: Server;
const partners = () => uriOf(join(dir, "partners.entente"));
const acts = () => uriOf(join(dir, "acts.entente"));
const pos = (line: number, character: number) => ({ line, character });
const doc = (uri: string) => ({ textDocument: { uri } });
let version = 100;
/** Replaces the open acts.entente with a text and waits for its diagnostics, so that each test starts from a known text. */
async function setActs(text: string): Promise<void> {
  const v = ++version;
  s.change(acts(), v, [{ range: { start: pos(0, 0), end: pos(9999, 0) }, text }]);
  await s.waitFor(acts(), (p) => p.version === v);
}

describe("language server", () => {
  before(async () => {
    dir = tempDir("lsp");
    writeFileSync(join(dir, "partners.entente"), PARTNERS);
    writeFileSync(join(dir, "acts.entente"), ACTS);
    s = startServer();
    await s.initialize(dir);
  });
  after(async () => s.stop());

  test("indexes closed files and publishes their diagnostics, with code, link and related information", async () => {
    const p = await s.waitFor(acts(), (p) => p.diagnostics.some((d) => d.code === "third-party-rule-missing"));
    const d = p.diagnostics.find((d) => d.code === "third-party-rule-missing")!;
    assert.deepEqual(d.range, { start: pos(0, 11), end: pos(0, 14) });
    assert.match(d.codeDescription!.href, /docs\/rules\/third-party-rule-missing\.md$/);
    const doubtful = p.diagnostics.find((d) => d.code === "personal-data-doubtful-service")!;
    assert.ok(doubtful.relatedInformation && doubtful.relatedInformation.length === 1, "points at HERON's weighing");
    assert.equal((await s.waitFor(partners(), () => true)).diagnostics.length, 0);
  });

  test("re-checks an edited file at once, with the document's version", async () => {
    s.open(acts(), ACTS, 1);
    s.change(acts(), 2, [{ range: { start: pos(7, 0), end: pos(7, 0) }, text: "  onward: none\n" }]);
    const p = await s.waitFor(acts(), (p) => p.version === 2);
    assert.ok(!p.diagnostics.some((d) => d.code === "third-party-rule-missing"));
  });

  test("editing a service re-checks the files that depend on it, and only those", async () => {
    s.open(partners(), PARTNERS, 1);
    await s.waitFor(partners(), (p) => p.version === 1);
    const before = s.published.length;
    const line = PARTNERS.split("\n").findIndex((l) => l.startsWith("service ALPHA"));
    const col = PARTNERS.split("\n")[line]!.indexOf("military-intelligence");
    s.change(partners(), 2, [{ range: { start: pos(line, col), end: pos(line, col + "military-intelligence".length) }, text: "law-enforcement" }]);
    const p = await s.waitFor(acts(), (p) => p.diagnostics.some((d) => d.code === "disclosure-to-law-enforcement"));
    assert.equal(p.diagnostics.find((d) => d.code === "disclosure-to-law-enforcement")!.range.start.line, 1);
    await new Promise((r) => setTimeout(r, 150));
    const after = s.published.slice(before).map((x) => x.uri).sort();
    assert.deepEqual([...new Set(after)].sort(), [acts(), partners()].sort());
    s.change(partners(), 3, [{ range: { start: pos(line, col), end: pos(line, col + "law-enforcement".length) }, text: "military-intelligence" }]);
    await s.waitFor(acts(), (p) => !p.diagnostics.some((d) => d.code === "disclosure-to-law-enforcement"));
  });

  test("hover: field docs, a service's status and weighing, and the rule behind a finding", async () => {
    await setActs(ACTS);
    type H = { contents: { value: string } } | null;
    const field = await s.request<H>("textDocument/hover", { ...doc(acts()), position: pos(4, 4) });
    assert.match(field!.contents.value, /\*\*investigation\*\*: string\n\nThe own ongoing investigation/);
    const service = await s.request<H>("textDocument/hover", { ...doc(acts()), position: pos(11, 7) });
    assert.match(service!.contents.value, /\*\*HERON\*\*/);
    assert.match(service!.contents.value, /doubtful on human rights\*\* \(weighing HERON-2025 of 2025-09-12, review due 2027-09-12\)/);
    assert.match(service!.contents.value, /Agreements in force: none/);
    const finding = await s.request<H>("textDocument/hover", { ...doc(acts()), position: pos(10, 12) });
    assert.match(finding!.contents.value, /\*\*mandate-personal-data\*\* \(warning\): .*\[rule page\]\(file:.*mandate-personal-data\.md\)/);
  });

  test("completion: kinds at the top, missing fields in a block, enum values and references by kind", async () => {
    type C = { items: { label: string; kind: number; insertTextFormat?: number }[] };
    await setActs(`${ACTS}\nrequest Q-1 {\n  to: \n  type: \n  asks: [information, \n}\n`);
    const top = await s.request<C>("textDocument/completion", { ...doc(acts()), position: pos(19, 0) });
    assert.ok(top.items.some((i) => i.label === "disclosure") && top.items.some((i) => i.label === "agreement …" && i.insertTextFormat === 2));
    const fields = await s.request<C>("textDocument/completion", { ...doc(acts()), position: pos(24, 0) });
    const labels = fields.items.map((i) => i.label);
    assert.ok(labels.includes("date") && labels.includes("provides") && !labels.includes("to") && !labels.includes("type"));
    const types = await s.request<C>("textDocument/completion", { ...doc(acts()), position: pos(22, 8) });
    assert.deepEqual(types.items.map((i) => i.label), ["information", "support"]);
    const refs = await s.request<C>("textDocument/completion", { ...doc(acts()), position: pos(21, 6) });
    assert.deepEqual(refs.items.map((i) => i.label), ["ALPHA", "BRAVO", "HERON", "KESTREL", "MIVD", "TANGO", "VICTOR"]);
    const asks = await s.request<C>("textDocument/completion", { ...doc(acts()), position: pos(23, 22) });
    assert.ok(!asks.items.some((i) => i.label === "information") && asks.items.some((i) => i.label === "interception"));
  });

  test("the partner register: HTML for a webview with a strict policy, JSON with the workspace's findings", async () => {
    await setActs(ACTS);
    const html = await s.request<string>("entente/report", { format: "html", webview: { focus: "HERON" } });
    assert.match(html, /<h1>Partner register<\/h1>/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-[^']+';"/);
    assert.match(html, /getElementById\("service-HERON"\)/);
    const data = JSON.parse(await s.request<string>("entente/report", { format: "json" })) as { services: { name: string; balance: { given: number } }[]; findings: { error: number } };
    assert.equal(data.services.find((x) => x.name === "ALPHA")?.balance.given, 1);
    assert.ok(data.findings.error > 0, "the findings of acts.entente are counted");
    const standalone = await s.request<string>("entente/report", { format: "html" });
    assert.doesNotMatch(standalone, /<script/);
  });

  test("definition, references and rename across files; rename refuses invalid and taken names", async () => {
    await setActs(ACTS);
    type L = { uri: string; range: { start: { line: number } } }[];
    const def = await s.request<L>("textDocument/definition", { ...doc(acts()), position: pos(1, 6) });
    assert.equal(def[0]!.uri, partners());
    const refs = await s.request<L>("textDocument/references", { ...doc(acts()), position: pos(1, 6), context: { includeDeclaration: true } });
    assert.ok(refs.length >= 4 && refs.some((r) => r.uri === acts()) && refs.some((r) => r.uri === partners()));
    const edit = await s.request<{ changes: Record<string, { newText: string }[]> }>("textDocument/rename", { ...doc(acts()), position: pos(1, 6), newName: "ALPHA2" });
    assert.deepEqual(Object.keys(edit.changes).sort(), [acts(), partners()].sort());
    assert.equal(Object.values(edit.changes).flat().length, refs.length);
    await assert.rejects(s.request("textDocument/rename", { ...doc(acts()), position: pos(1, 6), newName: "2ALPHA" }), /not a valid name/);
    await assert.rejects(s.request("textDocument/rename", { ...doc(acts()), position: pos(1, 6), newName: "HERON" }), /HERON is already the name of a service/);
    await assert.rejects(s.request("textDocument/prepareRename", { ...doc(acts()), position: pos(2, 4) }), /Only the name of a declaration/);
  });

  test("symbols, folding, semantic tokens, code lenses and inlay hints", async () => {
    await setActs(ACTS);
    const symbols = await s.request<{ name: string; detail: string; children: unknown[] }[]>("textDocument/documentSymbol", doc(acts()));
    assert.deepEqual(symbols.slice(0, 2).map((x) => [x.name, x.detail]), [["D-1", "disclosure — Port calls"], ["D-2", "disclosure"]]);
    const ws = await s.request<{ name: string }[]>("workspace/symbol", { query: "hern" });
    assert.ok(ws.some((x) => x.name === "HERON") && ws.some((x) => x.name === "HERON-2025"));
    const folds = await s.request<{ startLine: number; endLine: number }[]>("textDocument/foldingRange", doc(acts()));
    assert.ok(folds.some((f) => f.startLine === 0 && f.endLine === 7), JSON.stringify(folds));
    const tokens = await s.request<{ data: number[] }>("textDocument/semanticTokens/full", doc(acts()));
    assert.deepEqual(tokens.data.slice(0, 10), [0, 0, 10, 7, 0, 0, 11, 3, 3, 1], "'disclosure' as a type, 'D-1' as a declared variable");
    const lenses = await s.request<{ command: { title: string; command: string; arguments: unknown[] } }[]>("textDocument/codeLens", doc(partners()));
    const alpha = lenses.find((l) => /1 disclosure/.test(l.command.title));
    assert.ok(alpha, JSON.stringify(lenses));
    assert.equal(alpha.command.command, "entente.partnerOverview", "the counts open the partner register at the service");
    assert.ok(typeof alpha.command.arguments[0] === "string" && /^[A-Z]+$/.test(alpha.command.arguments[0] as string));
    const hints = await s.request<{ label: string }[]>("textDocument/inlayHint", { ...doc(acts()), range: { start: pos(0, 0), end: pos(40, 0) } });
    assert.ok(hints.some((h) => h.label === "requires: director, Legal Affairs, recorded, motivation or caveats"), JSON.stringify(hints));
  });

  test("formatting gives one canonical layout; code actions offer fixes and a suppression with a reason", async () => {
    const messy = `disclosure   D-9 {to: ALPHA date: 2026-03-02 basis: own-task investigation: "P"\n data: [ general ]   reliability: B2 onward: none approval: department-head 2026-03-01 "A/9" }\n`;
    await setActs(messy);
    const edits = await s.request<{ newText: string }[]>("textDocument/formatting", { ...doc(acts()), options: { tabSize: 2, insertSpaces: true } });
    assert.equal(edits[0]!.newText, `disclosure D-9 {\n  to: ALPHA\n  date: 2026-03-02\n  basis: own-task\n  investigation: "P"\n  data: [general]\n  reliability: B2\n  onward: none\n  approval: department-head 2026-03-01 "A/9"\n}\n`);
    await setActs(ACTS);
    const p = s.latest(acts())!;
    const missing = p.diagnostics.find((d) => d.code === "third-party-rule-missing")!;
    type A = { title: string; kind: string; edit: { changes: Record<string, { newText: string }[]> } }[];
    const actions = await s.request<A>("textDocument/codeAction", { ...doc(acts()), range: missing.range, context: { diagnostics: [missing] } });
    assert.ok(actions.some((a) => a.title === "Add 'onward: none' (no onward disclosure without consent)" && a.edit.changes[acts()]![0]!.newText === "  onward: none\n"));
    assert.ok(actions.some((a) => a.title === "Suppress third-party-rule-missing here, with a reason" && a.edit.changes[acts()]![0]!.newText === "// entente-ignore: third-party-rule-missing -- \n"));
    assert.ok(actions.some((a) => a.kind === "source.fixAll.entente"));
    const only = async (kinds: string[]) => (await s.request<A>("textDocument/codeAction", { ...doc(acts()), range: missing.range, context: { diagnostics: [missing], only: kinds } })).map((a) => a.kind);
    assert.ok((await only(["quickfix"])).every((k) => k === "quickfix"), "asked for quick fixes, gets only quick fixes");
    assert.deepEqual(await only(["source.fixAll"]), ["source.fixAll.entente"], "kinds are hierarchical");
  });
});

describe("language server on files the editor has not opened", () => {
  // The server keeps a closed file's findings without their fixes, related places and requirements (its memory on an old
  // register); whatever is asked about a file, closed, just opened or closed again, is answered from its findings in full.
  test("code actions, hover and inlay hints of a closed, a just opened and a closed again file hold its fixes and requirements", async () => {
    const d = tempDir("lsp-closed");
    writeFileSync(join(d, "partners.entente"), PARTNERS);
    writeFileSync(join(d, "acts.entente"), ACTS);
    const uri = uriOf(join(d, "acts.entente"));
    await withServer(async (server) => {
      await server.initialize(d);
      const p = await server.waitFor(uri, (p) => p.diagnostics.some((x) => x.code === "third-party-rule-missing"));
      const missing = p.diagnostics.find((x) => x.code === "third-party-rule-missing")!;
      type A = { title: string }[];
      const asked = async (what: string) => {
        const actions = await server.request<A>("textDocument/codeAction", { ...doc(uri), range: missing.range, context: { diagnostics: [missing] } });
        assert.ok(actions.some((a) => a.title === "Add 'onward: none' (no onward disclosure without consent)"), `${what}: ${JSON.stringify(actions)}`);
        const hover = await server.request<{ contents: { value: string } } | null>("textDocument/hover", { ...doc(uri), position: missing.range.start });
        assert.match(hover?.contents.value ?? "", /onward/, what);
        const hints = await server.request<{ label: string }[]>("textDocument/inlayHint", { ...doc(uri), range: { start: pos(0, 0), end: pos(40, 0) } });
        assert.ok(hints.some((h) => h.label.startsWith("requires: ")), `${what}: ${JSON.stringify(hints)}`);
      };
      await asked("closed");
      server.open(uri, ACTS, 1);
      await asked("just opened");
      await server.waitFor(uri, (q) => q.version === 1);
      await asked("open");
      server.close(uri);
      await new Promise((r) => setTimeout(r, 200));
      await asked("closed again");
      const report = JSON.parse(await server.request<string>("entente/report", { format: "json" })) as { findings: { error: number; warning: number } };
      assert.equal(report.findings.error + report.findings.warning, p.diagnostics.filter((x) => x.severity === 1 || x.severity === 2).length, "the register counts a closed file's findings");
    });
  });
});

describe("language server in an editor that ships its own snippets", () => {
  test("completion leaves out the whole-declaration snippets when the client asks", async () => {
    const d = tempDir("lsp");
    const file = join(d, "a.entente");
    writeFileSync(file, "\n");
    await withServer(async (server) => {
      await server.initialize(d, { initializationOptions: { declarationSnippets: false } });
      server.open(uriOf(file), "\n");
      const c = await server.request<{ items: { label: string }[] }>("textDocument/completion", { textDocument: { uri: uriOf(file) }, position: { line: 0, character: 0 } });
      assert.ok(c.items.some((i) => i.label === "disclosure"), "kinds are still offered");
      assert.ok(!c.items.some((i) => i.label.endsWith("…")), JSON.stringify(c.items.map((i) => i.label)));
    });
  });
});

describe("language server with the entente.today setting", () => {
  test("date rules compare with the date the setting pins, and an invalid date is ignored with a log line", async () => {
    const d = tempDir("lsp-today");
    writeFileSync(join(d, "partners.entente"), PARTNERS);
    const uri = uriOf(join(d, "partners.entente"));
    const overdue = (p: { diagnostics: { code?: unknown }[] }) => p.diagnostics.some((x) => x.code === "assessment-overdue");
    for (const [today, expectOverdue] of [["2040-01-01", true], ["2026-06-01", false], ["someday", false]] as const) {
      await withServer(async (server) => {
        await server.initialize(d, { settings: { today } });
        const p = await server.waitFor(uri, () => true);
        assert.equal(overdue(p), expectOverdue, `today ${today}: ${JSON.stringify(p.diagnostics.map((x) => x.code))}`);
        if (today === "someday") assert.ok(server.logs.some((l) => l.includes("ignoring the setting entente.today")), server.logs.join("\n"));
      });
    }
  });
});
