// Paths of the project's folders as seen from the compiled tests in out/test.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root (tests run from out/test/…, sources live beside out/). */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!dir.endsWith("/out") && dirname(dir) !== dir) dir = dirname(dir);
  return dirname(dir);
}

export function fixtureRoot(): string {
  return join(projectRoot(), "test", "fixtures");
}

export function examplesRoot(): string {
  return join(projectRoot(), "examples");
}

export function cliPath(): string {
  return join(projectRoot(), "bin", "entente.js");
}
