// Running the real `entente` binary in a temporary workspace, for the CLI tests.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cliPath } from "./paths.js";
import { tempDir } from "./temp.js";

export const OWN = "service MIVD { country: NL type: military-intelligence own: yes }\n";

/** A temporary folder with the own service and the given files (names may hold folders). */
export function workspace(files: Record<string, string>): string {
  const dir = tempDir("cli");
  for (const [name, text] of Object.entries({ "own.entente": OWN, ...files })) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

export function run(args: string[], cwd: string, env: Record<string, string> = {}, input?: string | Uint8Array) {
  const r = spawnSync(process.execPath, [cliPath(), ...args], {
    // Reports of thousands of findings run to megabytes; the default would cut them off and kill the process.
    cwd, encoding: "utf8", input, env: { PATH: process.env.PATH ?? "", ...env }, maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
