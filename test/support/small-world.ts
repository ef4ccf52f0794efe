// A small generated workspace where a few services, weighings, agreements and activities over a few files all meet, so that most edits change findings elsewhere.
import fc from "fast-check";
import { KINDS, kindSpec } from "../../core/model/schema/index.js";
import { CROSS_FILE, fieldValue, oneIn, pick, type Declared } from "./field-values.js";
import type { Texts } from "./workspace-edits.js";

const FOREIGN = ["XRAY", "YANKEE", "ZULU"];
/** Records and activities; the weighings and agreements twice, since most cross-file findings turn on them. */
const OTHERS = ["assessment", "assessment", "agreement", "agreement", ...KINDS.filter((k) => k.name !== "service").map((k) => k.name)];

/**
 * A declaration with valid values: its required fields, each field that other files read with even odds, the others
 * less often. Services are own mostly as the workspace's first one, now and then as none or a second (own-service
 * then reads every file's first activity); activities are incidental half the time (ad-hoc-precedent reads them).
 */
function declaration(g: fc.GeneratorValue, kind: string, name: string, declared: Declared, first: boolean): string {
  const spec = kindSpec(kind)!;
  const lines = spec.fields
    .filter((f) => f.name !== "own" && f.name !== "ad-hoc" && (f.required === true || g(fc.nat, { max: CROSS_FILE.has(f.name) ? 1 : 3 }) === 0))
    .map((f) => `  ${f.name}: ${fieldValue(g, f, declared, true)}`);
  if (kind === "service" && (first ? !oneIn(g, 6) : oneIn(g, 8))) lines.push("  own: yes");
  if (spec.activity && g(fc.boolean)) lines.push("  ad-hoc: yes");
  // Unnumbered, unnamed nested blocks (a weighing's criteria) with every field, as drafters write them.
  for (const b of spec.blocks) {
    if (b.label !== "none" || !g(fc.boolean)) continue;
    lines.push(`  ${b.name} {`, ...b.fields.map((f) => `    ${f.name}: ${fieldValue(g, f, declared, true)}`), "  }");
  }
  return `${kind} ${name} "${name}" {\n${lines.join("\n")}\n}\n`;
}

/**
 * The own service MIVD and one to three foreign ones, then two to ten other declarations, over one to four files
 * at random, or a file per kind as drafters often keep them (an edit of a file of activities then touches no service).
 */
export function smallWorld(g: fc.GeneratorValue): Texts {
  const services = ["MIVD", ...FOREIGN.slice(0, g(fc.integer, { min: 1, max: FOREIGN.length }))];
  const kinds = Array.from({ length: g(fc.integer, { min: 2, max: 10 }) }, () => pick(g, OTHERS));
  const names = kinds.map((k, i) => `${k.slice(0, 3).toUpperCase()}-${i + 1}`);
  const declared = new Map<string, string[]>([["service", services]]);
  kinds.forEach((k, i) => declared.set(k, [...(declared.get(k) ?? []), names[i]!]));
  const decls = [
    ...services.map((s, i) => declaration(g, "service", s, declared, i === 0)),
    ...kinds.map((k, i) => declaration(g, k, names[i]!, declared, false)),
  ];
  const files = g(fc.integer, { min: 0, max: 4 });
  const texts = new Map<string, string>();
  for (const d of decls) {
    const uri = files === 0 ? `small/${d.slice(0, d.indexOf(" "))}.entente` : `small/file-${g(fc.nat, { max: files - 1 }) + 1}.entente`;
    texts.set(uri, (texts.get(uri) ?? "") + d + "\n");
  }
  return texts;
}
