// The workspace both VS Code runners open: a copy of examples/violations with the date its annotations assume.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The date the annotations of examples/violations were written for (see test/examples.test.ts). */
export const VIOLATIONS_TODAY = "2026-06-30";

/** Copies the violations workspace to a fresh folder (the suite edits files beside it) and returns the folder. */
export function prepareWorkspace(projectRoot: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), "entente-vscode-")), "violations");
  cpSync(join(projectRoot, "examples", "violations"), dir, { recursive: true });
  mkdirSync(join(dir, ".vscode"), { recursive: true });
  writeFileSync(join(dir, ".vscode", "settings.json"), JSON.stringify({ "entente.today": VIOLATIONS_TODAY }, null, 2));
  return dir;
}
