// Writing a user's file safely: beside it first, then renamed over it, keeping its permissions and byte-order mark.
import { renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Writes beside the file and renames over it, so that a failure never leaves a half-written file. */
export function writeAtomically(path: string, text: string, bom: boolean): void {
  const temp = join(dirname(path), `.${basename(path)}.entente-${process.pid}`);
  const mode = statSync(path).mode;
  try {
    writeFileSync(temp, (bom ? "\uFEFF" : "") + text, { encoding: "utf8", flag: "wx", mode });
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
