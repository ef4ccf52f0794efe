#!/usr/bin/env node
// The `entente-language-server` command: the language server for any editor (`--stdio`, `--node-ipc` or `--socket=PORT`).
// Required, not imported: an ES import of a CommonJS bundle makes Node scan all of it for named exports first.
import { createRequire } from "node:module";

createRequire(import.meta.url)("../dist/server.cjs");
