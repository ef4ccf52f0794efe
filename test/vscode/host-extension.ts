// A test-only extension for code-server: its command runs the VS Code suite in the extension host and writes the results to a file.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as vscode from "vscode";
import { runSuite } from "./suite.js";

export function activate(context: vscode.ExtensionContext): void {
  const channel = vscode.window.createOutputChannel("Entente tests");
  context.subscriptions.push(channel, vscode.commands.registerCommand("ententeTestHost.run", async () => {
    const out = process.env.ENTENTE_E2E_RESULTS ?? join(tmpdir(), "entente-e2e-results.json");
    try {
      const result = await runSuite((line) => channel.appendLine(line));
      writeFileSync(out, JSON.stringify(result, null, 2));
    } catch (e) {
      writeFileSync(out, JSON.stringify({ outcomes: [{ name: "the suite ran", passed: false, ms: 0, error: String(e) }], measurements: {} }));
    }
  }));
}
