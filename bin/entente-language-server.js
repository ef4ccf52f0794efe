#!/usr/bin/env node
// The `entente-language-server` command: the language server for any editor (`--stdio`, `--node-ipc` or `--socket=PORT`).
// CommonJS (bin/package.json): the server bundle is CommonJS, and Node's ES module loader is not set up for nothing.
require("../dist/server.cjs");
