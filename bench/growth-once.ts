// One measurement of the growth benchmark, in a fresh process: a shape at size N through parse, check and format.
import { Analysis } from "../core/analysis/analysis.js";
import { format } from "../core/features/format.js";
import { SHAPES } from "./shapes.js";

const [shape, n] = [process.argv[2]!, Number(process.argv[3])];
const files = SHAPES[shape]!.make(n);
const t0 = performance.now();
const analysis = new Analysis({ roots: [], today: 20605, pathOf: () => undefined });
for (const f of files) analysis.setFile(f.path, f.text);
let findings = 0;
for (const d of analysis.checkAll().values()) findings += d.length;
for (const f of analysis.ws.files.values()) format(f.tree);
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, rssMB: process.resourceUsage().maxRSS / 1024, findings }));
