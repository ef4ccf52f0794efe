// Temporary folders for the tests, removed when the test process ends: a run must not leave hundreds behind.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const made: string[] = [];

process.on("exit", () => {
  for (const dir of made) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // A folder a test made unreadable stays behind: the run's result is what counts.
    }
  }
});

/** A new empty folder `entente-<prefix>-XXXXXX` in the system's temporary folder, gone when the process exits. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `entente-${prefix}-`));
  made.push(dir);
  return dir;
}
