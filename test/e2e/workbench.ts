// Driving the VS Code workbench in Chromium the way a person does: quick open, command palette, go to line, keys.
import type { Page } from "playwright-core";

/** The page's document, for the functions that run in the browser (the project is not compiled with the DOM library). */
declare const document: { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> };

/** Waits until the text of an element matching `selector` matches `pattern`. */
export async function waitForText(page: Page, selector: string, pattern: RegExp, timeoutMs = 15_000): Promise<void> {
  await page.waitForFunction(([sel, source]) => Array.from(document.querySelectorAll(sel)).some((e) => new RegExp(source).test(e.textContent ?? "")),
    [selector, pattern.source] as const, { timeout: timeoutMs });
}

/** Picks the entry of an open action menu (quick fixes) whose label contains `text`, with the keyboard as a person would. */
export async function chooseAction(page: Page, text: string): Promise<void> {
  const rows = page.locator(".action-widget .monaco-list-row");
  await rows.filter({ hasText: text }).first().waitFor({ timeout: 15_000 });
  for (let i = 0; i < 30; i++) {
    const focused = await page.locator(".action-widget .monaco-list-row.focused").first().getAttribute("aria-label").catch(() => null);
    if (focused?.includes(text)) {
      await page.keyboard.press("Enter");
      return;
    }
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`no action '${text}' could be focused`);
}

/** Keyboard shortcuts reach the workbench only once it has focus. */
export async function focusEditorArea(page: Page): Promise<void> {
  await page.locator(".part.editor").first().click({ position: { x: 200, y: 200 } });
}

async function quickInput(page: Page, keys: string, text: string): Promise<void> {
  await page.keyboard.press(keys);
  const input = page.locator(".quick-input-widget input").first();
  await input.waitFor({ state: "visible", timeout: 15_000 });
  await input.fill(text);
}

/** Opens a file of the workspace with Quick Open; resolves when the Enter key has been pressed. */
export async function openFile(page: Page, name: string): Promise<void> {
  await focusEditorArea(page);
  await quickInput(page, "Control+P", name);
  const row = page.locator(".quick-input-list .monaco-list-row", { hasText: name }).first();
  await row.waitFor({ timeout: 15_000 });
  await row.click();
  const tab = page.locator(".tab.active", { hasText: name }).first();
  try {
    await tab.waitFor({ timeout: 5_000 });
  } catch {
    // Quick Open sometimes redraws its list as the row is clicked, and the click is lost (seen once in CI, the
    // file's row shown and still selected). Enter opens the selected row, as a person would try next.
    if (await page.locator(".quick-input-widget").first().isVisible()) await page.keyboard.press("Enter");
    await tab.waitFor({ timeout: 15_000 });
  }
}

/** Runs a command from the command palette by its title. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await quickInput(page, "F1", `>${title}`);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: title }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press("Enter");
}

/** Moves the cursor to a line and column (1-based) of the active editor. */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  await quickInput(page, "Control+G", `:${line}:${column}`);
  await page.keyboard.press("Enter");
}

/**
 * Shows the hover at a line and column (1-based) as a person does: the mouse comes to rest on the
 * text there. (The keyboard's Ctrl+K Ctrl+I shows no hover in code-server 1.100 while a webview is
 * open beside the editor, though the mouse's does.)
 */
export async function hoverAt(page: Page, line: number, column: number): Promise<void> {
  await goTo(page, line, column);
  await page.mouse.move(0, 0);
  const cursor = await page.locator(".monaco-editor.focused .cursor").first().boundingBox();
  if (!cursor) throw new Error(`no cursor at ${line}:${column}`);
  await page.mouse.move(cursor.x + 4, cursor.y + cursor.height / 2, { steps: 4 });
}

/** The text of the active editor's visible lines. */
export async function visibleText(page: Page): Promise<string> {
  return page.locator(".monaco-editor .view-lines").first().innerText();
}

/** Rows of the Problems panel, each with the file it belongs to. */
export async function problemRows(page: Page): Promise<{ file: string; text: string }[]> {
  return page.locator(".markers-panel .monaco-list-row").evaluateAll((rows) => {
    let file = "";
    return rows.map((row) => {
      const label = row.querySelector(".file-icon, .monaco-icon-label.file-icon");
      const text = (row as unknown as { innerText: string }).innerText.replace(/\s+/g, " ").trim();
      if (label && !/\[Ln \d+/.test(text)) file = text.split(" ")[0] ?? "";
      return { file, text };
    });
  });
}
