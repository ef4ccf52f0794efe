// Paths of the project's folders as seen from the compiled tests in out/test.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root: the folder above the compiled tests that holds Entente's package.json. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (dirname(dir) !== dir) {
    dir = dirname(dir);
    try {
      if (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name === "entente") return dir;
    } catch {
      // not here: keep walking up
    }
  }
  throw new Error("cannot find the project root above " + fileURLToPath(import.meta.url));
}

export function fixtureRoot(): string {
  return join(projectRoot(), "test", "fixtures");
}

/** The rule pages and partners.entente, the world their examples share. */
export function docsRoot(): string {
  return join(projectRoot(), "docs", "rules");
}

export function examplesRoot(): string {
  return join(projectRoot(), "examples");
}

export function cliPath(): string {
  return join(projectRoot(), "bin", "entente.js");
}
