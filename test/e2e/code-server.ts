// Starting a private code-server (VS Code in a browser) with given extensions, on loopback only, for the end-to-end tests.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { homedir } from "node:os";
import { join } from "node:path";

export const CODE_SERVER_VERSION = "4.100.3";

/** Where test/e2e/install.sh put code-server. */
export function codeServerEntry(): string {
  const cache = process.env.ENTENTE_E2E_CACHE ?? join(homedir(), ".cache", "entente-e2e");
  const entry = join(cache, `code-server-${CODE_SERVER_VERSION}`, "node_modules", "code-server", "out", "node", "entry.js");
  if (!existsSync(entry)) throw new Error(`code-server is not installed at ${entry}: run 'bash test/e2e/install.sh' (npm run test:e2e does).`);
  return entry;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface Instance {
  url: string;
  process: ChildProcess;
  log: string[];
  stop(): void;
}

/** User settings that keep dialogs, tips, updates and telemetry out of the way. */
const SETTINGS = {
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "extensions.ignoreRecommendations": true,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "update.mode": "none",
  "telemetry.telemetryLevel": "off",
  "chat.disableAIFeatures": true,
  "window.commandCenter": false,
  "editor.minimap.enabled": false,
};

/** Installs the extensions (.vsix files) into a fresh profile under `base`, then serves `folder`. */
export async function startCodeServer(base: string, vsixes: string[], env: Record<string, string>): Promise<Instance> {
  const entry = codeServerEntry();
  const userData = join(base, "user-data");
  const extensions = join(base, "extensions");
  mkdirSync(join(userData, "User"), { recursive: true });
  writeFileSync(join(userData, "User", "settings.json"), JSON.stringify(SETTINGS, null, 2));
  const common = ["--user-data-dir", userData, "--extensions-dir", extensions];
  for (const vsix of vsixes) {
    const r = spawnSync(process.execPath, [entry, ...common, "--install-extension", vsix], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`code-server could not install ${vsix}: ${r.stderr || r.stdout}`);
  }
  const port = await freePort();
  const config = join(base, "config.yaml");
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const child = spawn(process.execPath, [entry, ...common, "--config", config, "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust"], {
    env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  child.stdout!.on("data", (d) => log.push(String(d)));
  child.stderr!.on("data", (d) => log.push(String(d)));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${log.join("")}`);
    if (Date.now() > until) throw new Error(`code-server did not answer within 60 s:\n${log.join("")}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, process: child, log, stop: () => void child.kill() };
}
