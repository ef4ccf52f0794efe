// `npm run test:e2e`: the packaged extension in a real VS Code workbench (code-server) driven by headless Chromium; screenshots in test-results/.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Frame, type Page } from "playwright-core";
import { readAnnotations } from "../support/annotations.js";
import { projectRoot } from "../support/paths.js";
import type { SuiteResult } from "../vscode/suite.js";
import { prepareWorkspace } from "../vscode/workspace.js";
import { startCodeServer, type Instance } from "./code-server.js";
import { chooseAction, focusEditorArea, goTo, hoverAt, openFile, problemRows, runCommand, visibleText, waitForText } from "./workbench.js";

const root = projectRoot();
const out = join(root, "test-results");
const CHROMIUM = process.env.ENTENTE_CHROMIUM ?? "/usr/bin/chromium";
const checks: { name: string; passed: boolean; error?: string }[] = [];
const measurements: Record<string, number> = {};
let current: Page | undefined;

async function check(name: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
    checks.push({ name, passed: true });
    console.log(`ok   ${name}`);
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    checks.push({ name, passed: false, error });
    console.log(`FAIL ${name}\n     ${error.split("\n").join("\n     ")}`);
    await current?.screenshot({ path: join(out, `failed-${checks.length}.png`) }).catch(() => undefined);
  }
}

function must(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Packages a folder as a .vsix with @vscode/vsce. */
function vsce(folder: string, output: string): void {
  execFileSync(process.execPath, [join(root, "node_modules", "@vscode", "vsce", "vsce"), "package", "--no-dependencies", "--allow-missing-repository",
    "--skip-license", "--no-rewrite-relative-links", "--out", output], { cwd: folder, stdio: ["ignore", "ignore", "pipe"] });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(out, `${name}.png`) });
}

async function waitForFile(path: string, timeoutMs: number): Promise<string> {
  const end = Date.now() + timeoutMs;
  while (!existsSync(path)) {
    if (Date.now() > end) throw new Error(`no ${path} after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return readFileSync(path, "utf8");
}

/** Opens a file and waits for its first squiggle; returns how long that took (ms). */
async function openUntilSquiggle(page: Page, name: string, squiggle: string, timeoutMs: number): Promise<number> {
  const t0 = Date.now();
  await openFile(page, name);
  await page.locator(squiggle).first().waitFor({ timeout: timeoutMs });
  return Date.now() - t0;
}

async function scenario(page: Page, workspace: string, suiteFile: string): Promise<void> {
  const expected = readAnnotations(readFileSync(join(workspace, "disclosures.entente"), "utf8"));
  await focusEditorArea(page);

  await check("opening a file shows its squiggles", async () => {
    measurements.openToFirstSquiggleMs = await openUntilSquiggle(page, "operations.entente", ".monaco-editor .squiggly-error", 60_000);
    await shot(page, "01-squiggles");
  });

  await check("the VS Code suite passes inside code-server", async () => {
    await runCommand(page, "Entente Tests: Run the VS Code suite");
    const result = JSON.parse(await waitForFile(suiteFile, 300_000)) as SuiteResult;
    Object.assign(measurements, result.measurements);
    for (const o of result.outcomes) checks.push({ name: `  suite: ${o.name}`, passed: o.passed, error: o.error });
    const failed = result.outcomes.filter((o) => !o.passed);
    must(failed.length === 0, `${failed.length} of ${result.outcomes.length} failed:\n${failed.map((f) => `${f.name}\n${f.error}`).join("\n")}`);
  });

  await check("the Problems panel lists the annotated findings, on the annotated lines", async () => {
    await openFile(page, "disclosures.entente");
    await page.keyboard.press("Control+Shift+M");
    await runCommand(page, "View: Toggle Maximized Panel");
    try {
      await page.locator(".markers-panel .monaco-list-row", { hasText: "[Ln" }).first().waitFor({ timeout: 30_000 });
      // Rows of findings, not the rows of their related information ("partners.entente [Ln 29, Col 12] : …").
      const rows = (await problemRows(page)).filter((r) => r.file.startsWith("disclosures.entente") && /\[Ln \d+/.test(r.text) && !/^\S+\.entente \[Ln/.test(r.text));
      must(rows.length >= 10, `only ${rows.length} rows of disclosures.entente are shown`);
      const wanted = new Set(expected.map((e) => `${e.line + 1}:${e.column + 1} ${e.rule}`));
      for (const r of rows) {
        // A row ends with the source, the rule id and the position: "… entente third-party-rule-missing [Ln 104, Col 12]".
        const m = /entente\W+([a-z-]+)\W*\[Ln (\d+), Col (\d+)\]/.exec(r.text);
        must(m, `cannot read the row "${r.text}"`);
        must(wanted.has(`${m[2]}:${m[3]} ${m[1]}`), `the Problems panel shows a finding that is not annotated: "${r.text}"`);
      }
      await shot(page, "02-problems");
    } finally {
      await runCommand(page, "View: Toggle Maximized Panel");
      await page.keyboard.press("Control+J"); // hides the panel again
    }
  });

  await check("the hover on a squiggle shows the finding and the service; a clean line shows none", async () => {
    await openFile(page, "disclosures.entente");
    const first = expected.find((e) => e.rule === "disclosure-to-law-enforcement")!;
    await hoverAt(page, first.line + 1, first.column + 1);
    const hover = page.locator(".monaco-hover:visible").first();
    await hover.waitFor({ timeout: 15_000 });
    // The findings under the cursor come from VS Code at once; the service's summary from the server a moment later.
    await waitForText(page, ".monaco-hover", /Uniformian National Police/);
    const text = await hover.innerText();
    must(/disclosure-to-law-enforcement/.test(text) && /law-enforcement/.test(text), `hover: ${text}`);
    await shot(page, "03-hover");
    await page.keyboard.press("Escape");
    await hoverAt(page, first.line, 8); // the line above: `to: SIERRA`, no finding
    await waitForText(page, ".monaco-hover", /SIERRA/);
    const clean = await page.locator(".monaco-hover:visible").first().innerText();
    must(!/disclosure-to-law-enforcement|cooperation-without/.test(clean), `a line without findings shows one: ${clean}`);
    await page.keyboard.press("Escape");
  });

  await check("a quick fix changes the text", async () => {
    const target = expected.find((e) => e.rule === "third-party-rule-missing")!;
    await goTo(page, target.line + 1, target.column + 1);
    // Other disclosures on screen already say `onward: none`: the fix must add one more.
    const count = async () => (await visibleText(page)).match(/onward:\s+none/g)?.length ?? 0;
    const before = await count();
    await page.keyboard.press("Control+.");
    await page.locator(".action-widget .monaco-list-row", { hasText: "onward: none" }).first().waitFor({ timeout: 15_000 });
    await shot(page, "04-quick-fix-menu");
    await chooseAction(page, "onward: none");
    const end = Date.now() + 15_000;
    while ((await count()) !== before + 1) {
      must(Date.now() < end, `the fix did not add its line (${before} before, ${await count()} after)`);
      await page.waitForTimeout(100);
    }
    await shot(page, "05-quick-fix-applied");
  });

  await check("a second file opened shows its squiggles (the extension already running)", async () => {
    measurements.openToFirstSquiggleWarmMs = await openUntilSquiggle(page, "drafting.entente", ".monaco-editor .squiggly-error, .monaco-editor .squiggly-warning", 30_000);
    await openFile(page, "disclosures.entente");
  });

  await check("the outline shows the declarations of the file", async () => {
    await runCommand(page, "Explorer: Focus on Outline View");
    await page.locator(".outline-pane .monaco-list-row", { hasText: "D-2026-101" }).first().waitFor({ timeout: 15_000 });
    await shot(page, "06-outline");
  });

  await check("the code lens on a service opens the partner overview at that service", async () => {
    await openFile(page, "partners.entente");
    const lens = page.locator(".monaco-editor .codelens-decoration a", { hasText: "disclosure" }).first();
    await lens.waitFor({ timeout: 15_000 });
    const t0 = Date.now();
    await lens.click();
    // The document preview may be open too: the overview's frame is the one that holds the register.
    await webviewFrame(page, "h1:has-text('Partner register')", 30_000);
    measurements.partnerOverviewMs = Date.now() - t0;
    // The overview redraws when the workspace changes (earlier checks edited it): a redraw replaces the frame, so look again.
    const counts = await settledCounts(page, "h1:has-text('Partner register')", ["section.service", "svg.chart"]);
    must(counts[0]! >= 5, "the register lists the foreign services");
    must(counts[1]! >= 1, "the balance is charted");
    await shot(page, "07-partner-overview");
  });

  await check("the document preview shows the agreement under the cursor, and redraws as the drafter types", async () => {
    await openFile(page, "partners.entente");
    const lines = readFileSync(join(workspace, "partners.entente"), "utf8").split("\n");
    const textLine = lines.findIndex((l, i) => i > lines.findIndex((m) => m.includes('clause 5 "Onward disclosure"')) && /^\s+Information may be released/.test(l));
    must(textLine > 0, "the clause of MOU-SIERRA-2025 is in partners.entente");
    await goTo(page, textLine + 1, lines[textLine]!.indexOf("Information") + 1);
    await runCommand(page, "Entente: Preview Document");
    const view = await webviewFrame(page, "main.document", 30_000);
    await view.locator("h1", { hasText: "Memorandum on the exchange of intelligence" }).waitFor({ timeout: 30_000 });
    must((await view.locator("h2", { hasText: "Article 5 – Onward disclosure" }).count()) === 1, "the clause is an article");
    must((await view.locator(".draft", { hasText: "DRAFT — 2 open findings" }).count()) === 1, "the open warnings mark the preview as a draft");
    must((await view.locator("button", { hasText: "Save as Word…" }).count()) === 1, "the preview offers Save as Word");
    await view.locator("#clause-5.current").waitFor({ timeout: 10_000 });
    await shot(page, "08-document-preview");
    // Single input events, as keystrokes give; each time runs until the redrawn page shows the text. The page notes
    // when it swapped the redrawn document in (on the same clock as this process), so polling adds nothing to the figure.
    const times: number[] = [];
    let typed = "";
    for (const word of ["Zebrafinch ", "a", "b", "c", "d", "e"]) {
      typed += word;
      const t0 = Date.now();
      await page.keyboard.insertText(word);
      await view.locator("p", { hasText: `${typed}Information may be released` }).waitFor({ timeout: 10_000 });
      times.push(Number(await view.locator("main.document").getAttribute("data-drawn-at")) - t0);
      await page.waitForTimeout(150);
    }
    times.sort((a, b) => a - b);
    measurements.previewRedrawMedianMs = times[Math.floor(times.length / 2)]!;
    measurements.previewRedrawMaxMs = times[times.length - 1]!;
    await shot(page, "09-document-preview-typed");
    for (let i = 0; i < 6; i++) await page.keyboard.press("Control+Z");
  });
}

/** The frame of a webview's page that holds `selector`, among the workbench's webviews (the partner overview and the document preview may both be open). */
async function webviewFrame(page: Page, selector: string, timeoutMs: number): Promise<Frame> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    for (const f of page.frames()) {
      if ((await f.locator(selector).count().catch(() => 0)) > 0) return f;
    }
    if (Date.now() > end) throw new Error(`no webview with ${selector} appeared`);
    await page.waitForTimeout(200);
  }
}

/** Counts in the webview that holds `selector`, found again when a redraw detaches the frame in between. */
async function settledCounts(page: Page, selector: string, what: string[]): Promise<number[]> {
  for (let attempt = 0; ; attempt++) {
    const view = await webviewFrame(page, selector, 30_000);
    try {
      const out: number[] = [];
      for (const w of what) out.push(await view.locator(w).count());
      return out;
    } catch (e) {
      if (attempt >= 4 || !/detached/i.test(String(e))) throw e;
      await page.waitForTimeout(300);
    }
  }
}

async function main(): Promise<number> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const base = mkdtempSync(join(tmpdir(), "entente-e2e-"));
  const vsix = join(base, "entente.vsix");
  vsce(root, vsix);
  measurements.vsixKB = Math.round(statSync(vsix).size / 1024);
  const host = join(root, "out", "test-bundles", "host");
  writeFileSync(join(host, "README.md"), "Runs Entente's VS Code suite inside code-server. Test use only.\n");
  vsce(host, join(base, "host.vsix"));
  const workspace = prepareWorkspace(root);
  const suiteFile = join(base, "suite.json");
  let cs: Instance | undefined;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  }).catch((e: Error) => { throw new Error(`cannot start Chromium at ${CHROMIUM} (install Debian's chromium, or set ENTENTE_CHROMIUM): ${e.message}`); });
  try {
    cs = await startCodeServer(base, [vsix, join(base, "host.vsix")], { ENTENTE_E2E_RESULTS: suiteFile });
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    current = page;
    const t0 = Date.now();
    await page.goto(`${cs.url}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator(".monaco-workbench").waitFor({ timeout: 90_000 });
    measurements.workbenchMs = Date.now() - t0;
    await scenario(page, workspace, suiteFile);
    await check("VS Code logged no warning about the extension", async () => {
      const logs = readdirSync(join(base, "user-data", "logs"), { recursive: true }).map(String).filter((f) => f.endsWith("exthost.log"));
      must(logs.length > 0, "no extension host log found");
      const warnings = logs.flatMap((f) => readFileSync(join(base, "user-data", "logs", f), "utf8").split("\n")).filter((l) => /\[warning\] entente\./.test(l));
      must(warnings.length === 0, warnings.join("\n"));
    });
  } catch (e) {
    checks.push({ name: "the end-to-end run", passed: false, error: e instanceof Error ? e.stack : String(e) });
    console.log(`FAIL the end-to-end run: ${e instanceof Error ? e.stack : String(e)}`);
    if (cs) console.log(cs.log.join("").slice(-4000));
  } finally {
    await browser.close();
    cs?.stop();
  }
  writeFileSync(join(out, "e2e-results.json"), JSON.stringify({ checks, measurements }, null, 2));
  const failed = checks.filter((c) => !c.passed);
  console.log(`\n${checks.length - failed.length} of ${checks.length} checks passed. Measurements: ${JSON.stringify(measurements)}`);
  console.log(`Screenshots: ${out}`);
  return failed.length === 0 && checks.length > 0 ? 0 : 1;
}

process.exit(await main());
