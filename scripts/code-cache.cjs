// Makes dist/cli.cjs.cache (see bin/code-cache.js) in a process of its own: the bundle runs a lint of the examples
// first, so that the cache holds the functions a command compiles, not only the bundle's outer code.
const { join } = require("node:path");
const { compile, run, writeCache } = require("../bin/code-cache.js");

const root = join(__dirname, "..");
const file = join(root, "dist", "cli.cjs");
const { script } = compile(file, undefined);
const { main } = run(script, file);

// The build runs this with its output going nowhere: what a warm-up prints is of no use.
(async () => {
  // A lint with findings compiles the reports as well.
  for (const args of [["lint", join(root, "examples")], ["lint", join(root, "examples", "violations")]]) {
    try {
      await main(args);
    } catch {
      // A warm-up that fails (the examples are not shipped, say) leaves a cache of less.
    }
  }
  process.exitCode = 0;
  writeCache(script, file);
})();
