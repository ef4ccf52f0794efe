// Where a rule's documentation page is: a file shipped with Entente, or under ENTENTE_DOCS_URL when set.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

let root: string | undefined;

function isEntente(dir: string): boolean {
  try {
    return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name === "entente";
  } catch {
    return false;
  }
}

/** The folder Entente is installed in (the one holding docs/), found from this module's location. */
export function packageRoot(): string {
  if (root) return root;
  const here = typeof __dirname === "string" ? __dirname : dirname(fileURLToPath(import.meta.url));
  for (let dir = here, i = 0; i < 8; i++, dir = dirname(dir)) {
    if (isEntente(dir)) return (root = dir);
  }
  return (root = dirname(here));
}

/** The path of a rule's page. */
export function ruleDocPath(id: string): string {
  return join(packageRoot(), "docs", "rules", `${id}.md`);
}

/**
 * The address of a rule's page. Nothing is fetched from it: editors and CI viewers show it as a
 * link. Teams that publish the pages internally set ENTENTE_DOCS_URL to their base address.
 */
export function ruleDocUri(id: string): string {
  const base = process.env.ENTENTE_DOCS_URL;
  if (base) return `${base.replace(/\/+$/, "")}/${id}.md`;
  return pathToFileURL(ruleDocPath(id)).href;
}

/** The address of Entente's own documentation (SARIF's `informationUri`): the catalogue's index under ENTENTE_DOCS_URL, else the README installed with it. */
export function toolDocUri(): string {
  const base = process.env.ENTENTE_DOCS_URL;
  if (base) return `${base.replace(/\/+$/, "")}/README.md`;
  return pathToFileURL(join(packageRoot(), "README.md")).href;
}
