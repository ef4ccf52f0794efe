// The reference: JSON.parse of the workspace's content encoded as JSON, in a fresh process; prints {ms, rssMB}.
import { readFileSync } from "node:fs";

const text = readFileSync(process.argv[2]!, "utf8");
const t0 = performance.now();
const value = JSON.parse(text) as unknown[];
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, rssMB: process.resourceUsage().maxRSS / 1024, items: value.length }));
