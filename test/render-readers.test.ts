// Real readers of the documents: LibreOffice opens the Word files and turns them into PDF, pdftotext reads every PDF; each holds every clause's text, in order.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { Analysis } from "../core/analysis/analysis.js";
import { str } from "../core/model/access.js";
import { plainText, textBlocks } from "../core/features/render/legal-text.js";
import { run, workspace } from "./support/cli.js";
import { examplesRoot, projectRoot } from "./support/paths.js";
import { comparable, firstOutOfOrder, pdfText, readersMissing, wordToPdf } from "./support/readers.js";
import { AWKWARD, AWKWARD_PIECES } from "./support/render-samples.js";
import { tempDir } from "./support/temp.js";

const missing = readersMissing();
const required = process.env.ENTENTE_REQUIRE_EDITORS === "1";
if (missing && !required) process.stderr.write(`\n*** ${missing} ***\n\n`);
const skip = required ? false : missing;

/** The README's picture of a rendered agreement: its first page, made from the PDF by pdftoppm. */
const README_IMAGE = join(projectRoot(), "docs", "images", "mou-alpha-2025.png");

/** The text of every clause and annex of an agreement, in the order written. */
function partsOf(name: string): string[] {
  const a = new Analysis({ roots: [examplesRoot()] });
  a.loadAll();
  const decl = a.ws.lookup(name)[0]!;
  return [...decl.blocks.filter((b) => b.spec?.name === "clause"), ...decl.blocks.filter((b) => b.spec?.name === "annex")]
    .map((b) => plainText(textBlocks(str(b, "text") ?? "")));
}

test("the Word file opens in LibreOffice, and it and the PDF hold every clause's text in order", { skip, timeout: 300_000 }, () => {
  assert.equal(missing, undefined, missing);
  const dir = tempDir("readers");
  const aw = workspace({ "awkward.entente": AWKWARD });
  const out = (f: string) => join(dir, f);
  for (const [args, cwd] of [
    [["render", "MOU-ALPHA-2025", "examples", "--today", "2026-12-01", "-o", out("mou.docx")], projectRoot()],
    [["render", "MOU-ALPHA-2025", "examples", "--today", "2026-12-01", "-o", out("mou.pdf")], projectRoot()],
    [["render", "MOU-ALPHA-2025", "examples", "--today", "2026-12-01", "--locale", "nl", "-o", out("mou-nl.docx")], projectRoot()],
    [["render", "ALPHA-2026", "examples", "--today", "2026-12-01", "-o", out("note.pdf")], projectRoot()],
    [["render", "AWK-1", ".", "--draft", "-o", out("awkward.docx")], aw],
    [["render", "AWK-1", ".", "--draft", "-o", out("awkward.pdf")], aw],
  ] as const) {
    const r = run([...args], cwd);
    assert.equal(r.status, 0, `${args.join(" ")}: ${r.stderr}`);
  }
  const [mouWord, nlWord, awkWord] = wordToPdf([out("mou.docx"), out("mou-nl.docx"), out("awkward.docx")]);
  const parts = partsOf("MOU-ALPHA-2025");
  assert.ok(parts.length >= 10);
  for (const [what, pdf] of [["the Word file", mouWord!], ["the Dutch Word file", nlWord!], ["the PDF", out("mou.pdf")]] as const) {
    const text = comparable(pdfText(pdf));
    assert.equal(firstOutOfOrder(text, parts), undefined, `${what} lacks a clause, or has it out of order:\n${pdfText(pdf)}`);
    assert.equal(firstOutOfOrder(text, ["Alphaland Defence Intelligence Agency (ALPHA)", "Article 1", "Article 14"].map((s) => what.includes("Dutch") ? s.replace("Article", "Artikel") : s)), undefined, what);
  }
  assert.match(pdfText(mouWord!), /Page 1 of 3/, "Word counts the pages");
  assert.match(pdfText(nlWord!), /Pagina 1 van \d/);
  assert.match(pdfText(out("mou.pdf")), /Page 1 of 3/);
  assert.match(pdfText(out("note.pdf")), /Respect for human rights and democratic embedding\s+Rating:\s+met\s+Independent judicial oversight/);
  for (const [what, pdf] of [["the Word file", awkWord!], ["the PDF", out("awkward.pdf")]] as const) {
    const raw = pdfText(pdf);
    const text = comparable(raw);
    for (const piece of AWKWARD_PIECES) assert.ok(text.includes(comparable(piece)), `${what} loses '${piece}':\n${raw}`);
    assert.match(raw, /^DRAFT$/m, `${what}: the draft is marked`);
    assert.match(raw, /^1\.\s/m, `${what}: the numbered list is numbered`);
    assert.match(raw, /\(a\)\s*A lettered item/, `${what}: the lettered list keeps its letters`);
  }
  if (process.env.UPDATE === "1") {
    const r = spawnSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", out("mou.pdf"), README_IMAGE.replace(/\.png$/, "")]);
    assert.equal(r.status, 0, String(r.stderr));
  }
});

test("the README shows a rendered agreement, made by this test run (UPDATE=1 remakes it)", () => {
  assert.ok(existsSync(README_IMAGE), `${README_IMAGE} is missing: UPDATE=1 npm test makes it`);
  assert.equal(readFileSync(README_IMAGE).subarray(1, 4).toString(), "PNG");
  assert.match(readFileSync(join(projectRoot(), "README.md"), "utf8"), /!\[[^\]]+\]\(docs\/images\/mou-alpha-2025\.png\)/);
});

test("a PDF replaces an older file whole, with its fonts embedded as subsets", () => {
  const dir = tempDir("out");
  const target = join(dir, "mou.pdf");
  writeFileSync(target, "the old document");
  const r = run(["render", "MOU-ALPHA-2025", "examples", "--today", "2026-12-01", "-o", target], projectRoot());
  assert.equal(r.status, 0, r.stderr);
  const pdf = readFileSync(target);
  assert.equal(pdf.subarray(0, 5).toString(), "%PDF-");
  assert.match(pdf.toString("latin1"), /DejaVuSerif/, "the fonts are embedded");
  assert.ok(pdf.length < 120_000, `${pdf.length} bytes`);
});
