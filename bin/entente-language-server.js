#!/usr/bin/env node
// The `entente-language-server` command: the language server for any editor (`--stdio`, `--node-ipc` or `--socket=PORT`).
import "../dist/server.cjs";
