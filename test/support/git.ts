// Git for the tests that need a repository: run in a folder with a fixed author and first branch, failing the test when git fails.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";

/** Runs git in `dir`; its output, trimmed. */
export function git(dir: string, ...args: string[]): string {
  const r = spawnSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "init.defaultBranch=main", ...args], { cwd: dir, encoding: "utf8" });
  assert.equal(r.status, 0, `git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout.trim();
}
