// Where a rule's documentation page is: a file shipped with Entente, or under ENTENTE_DOCS_URL when set.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

let root: string | undefined;

/** The folder Entente is installed in (the one holding docs/), found from this module's location. */
export function packageRoot(): string {
  if (root) return root;
  let dir = typeof __dirname === "string" ? __dirname : dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, "docs", "rules")) && existsSync(join(dir, "package.json"))) return (root = dir);
    dir = dirname(dir);
  }
  return (root = dir);
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
