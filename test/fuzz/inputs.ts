// The fuzzer's inputs: workspaces made from one seed each, by mutating the examples, splicing their declarations, or generating documents.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import fc from "fast-check";
import { parse } from "../../grammar/parse.js";
import { KINDS, type BlockSpec } from "../../core/model/schema/index.js";
import { examplesRoot } from "../support/paths.js";
import { mutatedDocument, noise, validDocument } from "../support/generators.js";
import { rng as mulberry32 } from "../../bench/generate.js";

/** A workspace to check: its files, which of them were made hostile (those get every editor feature), and how it was made. */
export interface Input {
  seed: number;
  kind: string;
  files: Map<string, string>;
  targets: string[];
  locale: "en" | "nl";
  today: number;
}

/** Numbers from a seed (the benchmarks' mulberry32): the same seed gives the same input on every machine. */
export type Rng = () => number;
export const rng: (seed: number) => Rng = mulberry32;
const int = (r: Rng, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[int(r, xs.length)]!;

/** The example workspaces (the clean one and the violations), read once. */
function readExamples(): Map<string, string>[] {
  const root = examplesRoot();
  const clean = new Map<string, string>();
  const violations = new Map<string, string>();
  for (const f of (readdirSync(root, { recursive: true }) as string[]).sort()) {
    if (!f.endsWith(".entente")) continue;
    const id = relative(root, join(root, f)).split(sep).join("/");
    (id.startsWith("violations/") ? violations : clean).set(id, readFileSync(join(root, f), "utf8"));
  }
  return [clean, violations];
}
const EXAMPLES = readExamples();

/** Every top-level declaration of the examples, as text: what spliced workspaces are made of. */
const DECLARATIONS = EXAMPLES.flatMap((ws) => [...ws.values()].flatMap((text) => parse(text).declarations.map((d) => text.slice(d.start, d.end))));

/** The words of the schema (kinds, fields, blocks, enumerated values): mutations that a drafter's typo could make. */
const SCHEMA_WORDS = (() => {
  const words = new Set<string>();
  const visit = (b: BlockSpec) => {
    words.add(b.name);
    for (const f of b.fields) {
      words.add(f.name);
      if (f.value.type === "enum") for (const v of f.value.values) words.add(v.name);
    }
    b.blocks.forEach(visit);
  };
  KINDS.forEach(visit);
  return [...words];
})();

/** Short texts that break things: punctuation, openers without closers, control and direction characters, odd dates and numbers. */
const HOSTILE = [
  "{", "}", "[", "]", ":", ",", '"', '"""', "//", "/*", "*/", "\\", "\n", "\r", "\r\n", "\0", "\u001b[31m", "\u202e", "\u2028",
  "\uFEFF", "\uD800", "\uDC00", "😀", "é", "\u00A0", "\t", "2026-02-30", "2026-1-1", "99999-01-01", "0000-00-00", "4.", "1e9",
  "x:", "a b {", "}}}", "{{{", "[[[", "// entente-ignore: ", "// entente-ignore: unknown-kind -- why", '"\\u{110000}"', '"\\q"',
  "yes", "no", "none", "director", "minister", "MIVD", "AIVD", "NATO", "XA", "NL", "-", "--", "ALPHA", "D-2026-001",
];

/** One mutation of a text, as a drafter, a broken tool or an attacker might make it; `big` allows the growing ones. */
function mutate(r: Rng, text: string, big: boolean): string {
  const at = int(r, text.length + 1);
  const len = int(r, 40);
  const snippet = () => (r() < 0.5 ? pick(r, HOSTILE) : pick(r, SCHEMA_WORDS));
  switch (int(r, big ? 12 : 9)) {
    case 0: return text.slice(0, at) + text.slice(at + len);
    case 1: return text.slice(0, at) + snippet() + text.slice(at);
    case 2: return text.slice(0, at) + text.slice(at, at + len) + text.slice(at);
    case 3: return text.slice(0, at) + snippet() + text.slice(at + len);
    case 4: {
      const lines = text.split("\n");
      const [i, j] = [int(r, lines.length), int(r, lines.length)];
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join("\n");
    }
    case 5: return text.slice(0, at);
    case 6: return r() < 0.5 ? text.replace(/\r?\n/g, "\r") : text.replace(/\r?\n/g, "\r\n");
    case 7: return text.slice(0, at) + " " + pick(r, SCHEMA_WORDS) + ": " + pick(r, SCHEMA_WORDS) + " " + text.slice(at);
    case 8: return text.slice(0, at) + "\n" + pick(r, DECLARATIONS) + "\n" + text.slice(at);
    // The growing ones: a slice repeated, nesting, one character in a long run; up to about a megabyte.
    case 9: {
      const piece = text.slice(at, at + 1 + int(r, 200)) || "{";
      return text.slice(0, at) + piece.repeat(1 + int(r, Math.max(1, Math.floor(400_000 / piece.length)))) + text.slice(at);
    }
    case 10: {
      const n = 1 + int(r, 5000);
      return text.slice(0, at) + "b {".repeat(n) + text.slice(at, at + len) + "}".repeat(r() < 0.5 ? n : int(r, n)) + text.slice(at + len);
    }
    default: {
      const piece = pick(r, HOSTILE);
      return text.slice(0, at) + piece.repeat(1 + int(r, Math.floor(400_000 / piece.length))) + text.slice(at);
    }
  }
}

/** A few mutations in a row (rarely a growing one, so that most inputs stay small and fast). */
function mutateSome(r: Rng, text: string): string {
  const n = 1 + int(r, 6);
  for (let i = 0; i < n; i++) text = mutate(r, text, r() < 0.05);
  return text;
}

/** The examples with one or two files mutated. */
function exampleMutation(r: Rng): Omit<Input, "seed" | "locale" | "today"> {
  const files = new Map(pick(r, EXAMPLES));
  const ids = [...files.keys()];
  const targets = [...new Set([pick(r, ids), ...(r() < 0.2 ? [pick(r, ids)] : [])])];
  for (const id of targets) files.set(id, mutateSome(r, files.get(id)!));
  return { kind: "example mutation", files, targets };
}

/** Declarations of the examples in new company: a schema-aware workspace of one to three files, lightly mutated. */
function splice(r: Rng): Omit<Input, "seed" | "locale" | "today"> {
  const files = new Map<string, string>();
  const n = 1 + int(r, 3);
  for (let f = 0; f < n; f++) {
    const decls = Array.from({ length: 1 + int(r, 12) }, () => pick(r, DECLARATIONS));
    const text = decls.join(r() < 0.8 ? "\n\n" : " ");
    files.set(`spliced-${f}.entente`, r() < 0.6 ? mutateSome(r, text) : text);
  }
  return { kind: "spliced declarations", files, targets: [...files.keys()] };
}

/** Documents from the property tests' generators: well-formed, mutated, noise. */
function generated(r: Rng, seed: number): Omit<Input, "seed" | "locale" | "today"> {
  const arb = pick(r, [validDocument, mutatedDocument, noise] as fc.Arbitrary<string>[]);
  const texts = fc.sample(arb, { seed, numRuns: 1 + int(r, 3) });
  const files = new Map(texts.map((t, i) => [`generated-${i}.entente`, t] as [string, string]));
  return { kind: "generated documents", files, targets: [...files.keys()] };
}

/** The input a seed stands for. */
export function inputOf(seed: number): Input {
  const r = rng(seed);
  const choice = r();
  const made = choice < 0.55 ? exampleMutation(r) : choice < 0.8 ? splice(r) : generated(r, seed);
  // "Today" anywhere from 2020 to 2035, so that date rules fire and stay silent by turns.
  return { seed, ...made, locale: r() < 0.7 ? "en" : "nl", today: 18262 + int(r, 16 * 365) };
}
