// Entente's version, read from the package it is installed from.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "./rules/docs.js";

let version: string | undefined;

export function ententeVersion(): string {
  if (version) return version;
  try {
    version = String(JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")).version);
  } catch {
    version = "0.0.0";
  }
  return version;
}
