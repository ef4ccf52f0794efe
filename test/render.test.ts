// `entente render`: golden documents of the examples, a Dutch rendering, awkward characters, the findings that travel with a draft, bad input, and the server's request.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { Analysis } from "../core/analysis/analysis.js";
import { parseDate } from "../core/model/dates.js";
import { assertWellFormed, visibleText } from "./support/html.js";
import { run, workspace } from "./support/cli.js";
import { examplesRoot, projectRoot } from "./support/paths.js";
import { uriOf, withServer } from "./support/lsp-client.js";
import { AWKWARD, AWKWARD_PIECES, BROKEN_AGREEMENT } from "./support/render-samples.js";

const golden = (name: string) => join(projectRoot(), "test", "golden", "render", name);
const TODAY = "2026-12-01";

function examples(locale?: "nl"): Analysis {
  const a = new Analysis({ roots: [examplesRoot()], today: (parseDate(TODAY) as { day: number }).day, ...(locale ? { locale } : {}) });
  a.loadAll();
  return a;
}

/** Compares with a golden file; UPDATE=1 rewrites it (review the diff). */
function matchesGolden(actual: string, name: string): void {
  if (process.env.UPDATE === "1") {
    mkdirSync(golden(""), { recursive: true });
    writeFileSync(golden(name), actual);
  }
  assert.ok(existsSync(golden(name)), `${name} has no golden file (UPDATE=1 npm test writes it)`);
  assert.equal(actual, readFileSync(golden(name), "utf8"), `${name} differs from the golden file (UPDATE=1 npm test rewrites it)`);
}

/** Markdown as its reader sees the text: backslash escapes resolved. */
const mdText = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, "$1").replace(/\s+/g, " ");

test("every agreement and weighing note of the examples renders to its golden Markdown and HTML", async () => {
  const a = examples();
  const names = ["agreement", "assessment"].flatMap((k) => [...a.ws.ofKind(k)].map((d) => d.name)).sort();
  assert.ok(names.length >= 10, `${names.length} declarations`);
  for (const name of names) {
    for (const format of ["md", "html"] as const) {
      const r = await a.render(name, { format });
      assert.equal(r.status, "rendered", `${name}: ${JSON.stringify(r).slice(0, 300)}`);
      if (r.status !== "rendered") continue;
      assert.deepEqual(r.findings, [], `${name} is clean in the examples`);
      matchesGolden(String(r.output), `${name}.${format}`);
      if (format === "html") {
        assertWellFormed(String(r.output));
        assert.doesNotMatch(String(r.output), /\b(src|srcset|action|href|xmlns)=|<link\b|<script\b|<iframe\b|<img\b|@import|url\(/i, `${name}: no scripts, no addresses`);
      }
    }
  }
  const stale = readdirSync(golden("")).filter((f) => !names.some((n) => f.startsWith(`${n}.`)));
  assert.deepEqual(stale, [], "golden files of declarations that no longer exist");
});

test("a document holds the declaration's content in order: parties with full names, articles, lifecycle, signatures, annexes", async () => {
  const r = await examples().render("MOU-ALPHA-2025", { format: "md" });
  assert.equal(r.status, "rendered");
  const md = String(r.status === "rendered" && r.output);
  const order = ["# Memorandum of Understanding", "**In force from:** 1 June 2025", "**Valid until:** 1 June 2030", "**Supersedes:** MOU-ALPHA-2019",
    "## Parties", "Alphaland Defence Intelligence Agency (ALPHA)", "## Article 1 – Purpose", "## Article 14 – Settlement of disputes", "## Signatures", "**For Militaire Inlichtingen",
    "Date: 1 June 2025", "Place: ....", "## Annex 1 – Points of contact", "## Annex 2 – Technical arrangement"];
  let at = 0;
  for (const piece of order) {
    const i = md.indexOf(piece, at);
    assert.ok(i >= 0, `'${piece}' after position ${at}:\n${md}`);
    at = i;
  }
  assert.doesNotMatch(md, /third-party-rule|purpose-limitation|general-data|BS\/2025\/118|Counter-piracy/, "no codes, covers, topics or the ministry's reference: only what the document says");
  const amd = await examples().render("AMD-ALPHA-2026", { format: "md" });
  assert.match(String(amd.status === "rendered" && amd.output), /\*\*Amends:\*\* MOU-ALPHA-2025 \(Memorandum of Understanding on the exchange of intelligence\)/);
  assert.match(String(amd.status === "rendered" && amd.output), /\*\*In force from:\*\* 1 May 2026/, "effective, not the day of signature");
});

test("a Dutch rendering has Dutch headings and values, and the same text", async () => {
  const a = examples("nl");
  for (const [name, format] of [["MOU-ALPHA-2025", "md"], ["ALPHA-2026", "md"], ["MOU-ALPHA-2025", "html"]] as const) {
    const r = await a.render(name, { format });
    assert.equal(r.status, "rendered");
    matchesGolden(String(r.status === "rendered" && r.output), `${name}.nl.${format}`);
  }
  const md = String(((await a.render("MOU-ALPHA-2025", { format: "md" })) as { output: string }).output);
  for (const w of ["Artikel 7 – Onward disclosure", "**Vorm:** memorandum of understanding", "**Van kracht vanaf:** 1 juni 2025", "## Ondertekening", "Voor Alphaland", "Plaats:", "## Bijlage 1", "Tussen Militaire"]) assert.ok(md.includes(w), w);
  assert.doesNotMatch(md, /\b(Article|Signatures|Annex|Valid until|Between)\b/, "no English fixed words");
  const note = String(((await a.render("ALPHA-2026", { format: "md" })) as { output: string }).output);
  for (const w of ["Samenwerkingscriteria", "Respect voor mensenrechten", "**Oordeel:** voldaan", "Goedgekeurd door de directeur op 20 januari 2026 (DIR/2026/009)."]) assert.ok(note.includes(w), w);
});

test("a clause of awkward characters survives into Markdown and HTML", async () => {
  const dir = workspace({ "awkward.entente": AWKWARD });
  for (const format of ["md", "html"] as const) {
    const r = run(["render", "AWK-1", ".", "--format", format, "--draft"], dir);
    assert.equal(r.status, 0, r.stderr);
    const text = format === "md" ? mdText(r.stdout) : visibleText(r.stdout);
    for (const piece of AWKWARD_PIECES) assert.ok(text.includes(piece), `${format}: '${piece}' is lost:\n${text}`);
    if (format === "html") assertWellFormed(r.stdout);
  }
  const md = run(["render", "AWK-1", ".", "--draft"], dir).stdout;
  assert.match(md, /^1\. A numbered item/m, "a numbered list stays a list");
  assert.match(md, /^ {3}- \(a\) A lettered item/m, "a lettered list under it keeps its letters");
  assert.doesNotMatch(md, /^<b>/m, "HTML in the text is text, not markup");
});

test("findings travel with the draft, never into it: refused with errors, --draft marks every page", () => {
  const dir = workspace({ "broken.entente": BROKEN_AGREEMENT });
  const refused = run(["render", "MOU-X", ".", "--format", "html", "--today", "2026-06-01"], dir);
  assert.equal(refused.status, 1, refused.stderr);
  assert.equal(refused.stdout, "", "nothing is printed");
  assert.match(refused.stderr, /MOU-X has 2 open findings:/);
  assert.match(refused.stderr, /broken\.entente\n\s+\d+:\d+\s+error\s+.*missing-field\n\s+\d+:\d+\s+warning\s+.*third-party-clause-missing/);
  assert.match(refused.stderr, /not rendered: 1 error is still open.*--draft/);
  const draft = run(["render", "MOU-X", ".", "--format", "html", "--today", "2026-06-01", "--draft"], dir);
  assert.equal(draft.status, 0, draft.stderr);
  assert.match(draft.stderr, /third-party-clause-missing/, "the findings are still said, on stderr");
  assert.match(draft.stdout, /<div class="draft" role="note">DRAFT — 2 open findings<\/div>/);
  assert.doesNotMatch(visibleText(draft.stdout), /third-party|Wiv|art\. 37|required field/, "no finding's text in the document");
  const nl = run(["render", "MOU-X", ".", "--today", "2026-06-01", "--draft", "--locale", "nl"], dir);
  assert.match(nl.stdout, /CONCEPT — 2 openstaande bevindingen/);
  const out = join(dir, "x.docx");
  assert.equal(run(["render", "MOU-X", ".", "-o", out, "--today", "2026-06-01"], dir).status, 1);
  assert.ok(!existsSync(out), "a refused document is not written");
});

test("bad input: a name not declared or of another kind, a syntax error, an unwritable output path", () => {
  const dir = workspace({ "broken.entente": BROKEN_AGREEMENT, "syntax.entente": 'agreement MOU-Y "Y" {\n  form: mou\n  parties: [MIVD, XRAY\n  clause 1 "A" { text: "x" }\n}\n' });
  const typo = run(["render", "MOU-Z", "."], dir);
  assert.equal(typo.status, 2);
  assert.match(typo.stderr, /'MOU-Z' is not declared in the workspace\. Did you mean 'MOU-X'\?/);
  const service = run(["render", "XRAY", "."], dir);
  assert.equal(service.status, 2);
  assert.match(service.stderr, /XRAY is a service: only an agreement or a weighing note can be rendered\. Did you mean 'XRAY-2026', 'MOU-X' or 'MOU-Y'\?/);
  const syntax = run(["render", "MOU-Y", ".", "--draft"], dir);
  assert.equal(syntax.status, 2, syntax.stderr);
  assert.match(syntax.stderr, /syntax\.entente:\d+:\d+: cannot render MOU-Y: its declaration has a syntax error: /);
  const nowhere = run(["render", "MOU-X", ".", "--draft", "-o", join(dir, "missing-folder", "x.pdf")], dir);
  assert.equal(nowhere.status, 2);
  assert.match(nowhere.stderr, /cannot write missing-folder\/x\.pdf \(ENOENT\)/);
  const before = readdirSync(dir).sort();
  const folder = run(["render", "MOU-X", ".", "--draft", "--format", "pdf", "-o", dir], dir);
  assert.equal(folder.status, 2, "a folder cannot be written over");
  assert.deepEqual(readdirSync(dir).sort(), before, "no temporary file is left behind");
  const unknown = run(["render", "MOU-X", ".", "-o", join(dir, "x.txt")], dir);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /cannot tell the format from/);
  assert.equal(run(["render"], dir).status, 2);
});

test("the server renders the document under the cursor for the preview, and Word bytes to save", async () => {
  const dir = workspace({ "broken.entente": BROKEN_AGREEMENT, "awkward.entente": AWKWARD });
  await withServer(async (s) => {
    await s.initialize(dir, { today: "2026-06-01" });
    const uri = uriOf(join(dir, "broken.entente"));
    s.open(uri, BROKEN_AGREEMENT);
    await s.waitFor(uri, (p) => p.diagnostics.length > 0);
    const line = BROKEN_AGREEMENT.split("\n").findIndex((l) => l.includes("Scope"));
    type R = { status: string; text?: string; base64?: string; anchor?: string; errors?: number; name?: string };
    const page = await s.request<R>("entente/render", { uri, position: { line: line + 2, character: 4 }, format: "html", webview: true });
    assert.equal(page.status, "rendered");
    assert.equal(page.anchor, "clause-2");
    assert.match(page.text!, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-[^']+';"/);
    assert.match(page.text!, /<script nonce="[^"]+">/);
    assert.match(page.text!, /data-save="docx">Save as Word…/);
    assert.match(page.text!, /DRAFT — 2 open findings/, "a preview is never refused; it is marked while findings are open");
    const refused = await s.request<R>("entente/render", { uri, name: "MOU-X", format: "docx" });
    assert.deepEqual(refused, { status: "refused", name: "MOU-X", errors: 1 });
    const word = await s.request<R>("entente/render", { uri, name: "MOU-X", format: "docx", draft: true });
    assert.equal(Buffer.from(word.base64!, "base64").subarray(0, 2).toString(), "PK", "a Word file is a zip");
    const none = await s.request<R>("entente/render", { uri: uriOf(join(dir, "own.entente")), format: "html", webview: true });
    assert.deepEqual(none, { status: "none" });
  });
});
