#!/usr/bin/env node
// The `entente` command: runs the bundled CLI. CommonJS (bin/package.json), so that no command pays for
// setting up Node's ES module loader.
const { main } = require("../dist/cli.cjs");

Promise.resolve(main(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
