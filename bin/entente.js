#!/usr/bin/env node
// The `entente` command: runs the bundled CLI. CommonJS (bin/package.json), so that no command pays for
// setting up Node's ES module loader; the bundle is compiled with the code cache the build made (code-cache.js).
const { join } = require("node:path");
const { load } = require("./code-cache.js");

const { main } = load(join(__dirname, "..", "dist", "cli.cjs"));

Promise.resolve(main(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
