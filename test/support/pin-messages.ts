// Pins the message of the first annotation of every rule and message variant that no fixture pins yet (`npm run pin`).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pinAnnotation } from "./annotations.js";
import { readFixture } from "./fixtures.js";
import { fixtureRoot } from "./paths.js";
import { allSites, sitesToPin, type Site } from "./pins.js";

const byFile = new Map<string, Site[]>();
for (const s of sitesToPin(allSites())) byFile.set(s.file, [...(byFile.get(s.file) ?? []), s]);

for (const [file, sites] of byFile) {
  const path = join(fixtureRoot(), file);
  const fx = readFixture(path);
  // Parts are rewritten as updatedText writes them: the file's own parts joined again, the shared preamble left out.
  const text = fx.parts.filter((p) => !p.shared).map((p) => {
    const lines = p.text.split("\n");
    for (const s of sites.filter((s) => s.part === p.name)) {
      // Parts are split at "\n" only, so a file with CRLF line ends keeps its "\r" here; the pin goes before it.
      const line = lines[s.index]!;
      const cr = line.endsWith("\r") ? "\r" : "";
      lines[s.index] = pinAnnotation(line.slice(0, line.length - cr.length), s.message) + cr;
    }
    return lines.join("\n");
  }).join("\n");
  if (text === readFileSync(path, "utf8")) throw new Error(`${file}: pinning changed nothing`);
  writeFileSync(path, text);
  for (const s of sites) console.log(`${file}:${s.part === file.split("/").pop() ? "" : `${s.part}:`}${s.index + 1} ${s.variant}`);
}
console.log(`${[...byFile.values()].flat().length} annotations pinned in ${byFile.size} files`);
