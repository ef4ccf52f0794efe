// Makes dist/cli.cjs.cache (see bin/code-cache.js) in a process of its own: the bundle runs a lint of the examples
// first, so that the cache holds the functions a command compiles, not only the bundle's outer code.
const { join } = require("node:path");
const { compile, run, writeCache } = require("../bin/code-cache.js");

const root = join(__dirname, "..");
const file = join(root, "dist", "cli.cjs");
const { script } = compile(file, undefined);
const { main } = run(script, file);

// The build runs this with its output going nowhere: what a warm-up prints is of no use, and a lint that finds
// nothing to read (the examples not shipped) returns its exit code like any other. A lint with findings compiles
// the reports as well.
(async () => {
  for (const folder of [join(root, "examples"), join(root, "examples", "violations")]) await main(["lint", folder]);
  writeCache(script, file);
})();
