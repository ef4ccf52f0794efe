// `npm run test:vscode`: the VS Code suite in desktop VS Code, downloaded by @vscode/test-electron or at ENTENTE_VSCODE_PATH.
import { runTests } from "@vscode/test-electron";
import { join } from "node:path";
import { projectRoot } from "../support/paths.js";
import { prepareWorkspace } from "./workspace.js";

const root = projectRoot();
const workspace = prepareWorkspace(root);
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, "out", "test-bundles", "electron-entry.cjs"),
    launchArgs: [workspace, "--disable-extensions", "--disable-workspace-trust", "--skip-welcome", "--skip-release-notes"],
    ...(process.env.ENTENTE_VSCODE_PATH ? { vscodeExecutablePath: process.env.ENTENTE_VSCODE_PATH } : {}),
  });
} catch (e) {
  process.stderr.write(`\nThe VS Code suite did not pass or could not run: ${e instanceof Error ? e.message : String(e)}\n` +
    "Desktop VS Code is downloaded from Microsoft's update service; where that is not reachable, set ENTENTE_VSCODE_PATH to an installed VS Code,\n" +
    "or run the same suite in code-server with 'npm run test:e2e'.\n");
  process.exit(1);
}
