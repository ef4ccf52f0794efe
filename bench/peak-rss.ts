// Loaded with `node --import` into a benchmarked process: on exit it writes the process's peak RSS to stderr, for bench/whole-process.ts.

// maxRSS is the high-water mark of the whole process (Linux reports kilobytes), read as late as the process lets us.
// The marker is the one whole-process.ts looks for; it is not imported from there so that this module loads nothing else.
process.on("exit", () => {
  process.stderr.write(`\nentente-bench-peak-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
