// The language server run by hand: a word of help and an exit status, never a page of minified code.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { ententeVersion } from "../core/version.js";
import { projectRoot } from "./support/paths.js";

const server = (...args: string[]) => spawnSync(process.execPath, [join(projectRoot(), "bin", "entente-language-server.js"), ...args], { encoding: "utf8", timeout: 20_000 });

test("without a transport, the server says which options it needs and exits with status 2", () => {
  const r = server();
  assert.equal(r.status, 2);
  assert.equal(r.stdout, "");
  assert.match(r.stderr, /^entente-language-server: it needs one of the options below/);
  for (const option of ["--stdio", "--node-ipc", "--socket=PORT", "--pipe=NAME"]) assert.ok(r.stderr.includes(option), option);
  assert.ok(r.stderr.split("\n").every((line) => line.length < 200), "no line of code is shown");
});

test("--version and --help answer on standard output and exit with status 0", () => {
  const v = server("--version");
  assert.equal(v.status, 0);
  assert.equal(v.stdout, ententeVersion() + "\n");
  const h = server("--help");
  assert.equal(h.status, 0);
  assert.match(h.stdout, /^Usage: entente-language-server --stdio/);
  assert.equal(h.stderr, "");
});
