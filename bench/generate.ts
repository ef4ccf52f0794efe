// Generates realistic Entente workspaces of a given size (clean, or "dirty" as an old register is), plus the same content as JSON for the reference timing.
import { dirty } from "./dirty.js";

/** A declaration as plain data, written out both as Entente text and as JSON. */
export interface GenBlock {
  kind: string;
  name?: string;
  title?: string;
  members: GenMember[];
}
export type GenMember = { key: string; values: string[] } | { block: GenBlock };

export interface GeneratedFile {
  path: string;
  text: string;
  json: string;
}

/** A small deterministic PRNG (mulberry32), so that every run measures the same workspace (and the fuzzer makes the same input from a seed). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ("information exchange partner service piracy facilitator travel pattern network vessel port " +
  "finance courier cell movement meeting report assessment threat maritime border region coalition mission " +
  "analysis source reliable reporting coverage liaison request support operation").split(" ");

function write(block: GenBlock, indent = ""): string {
  const head = [block.kind, block.name, block.title !== undefined ? JSON.stringify(block.title) : undefined]
    .filter((x) => x !== undefined).join(" ");
  let out = `${indent}${head} {\n`;
  for (const m of block.members) {
    if ("block" in m) out += write(m.block, indent + "  ");
    else out += `${indent}  ${m.key}: ${m.values.join(" ")}\n`;
  }
  return out + `${indent}}\n`;
}

function date(r: () => number, year: number): string {
  const m = 1 + Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  return `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function sentence(r: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(r() * WORDS.length)]!);
  const s = out.join(" ");
  return s[0]!.toUpperCase() + s.slice(1) + ".";
}

function field(key: string, ...values: string[]): GenMember {
  return { key, values };
}

/** One partner file: a service, its assessment and agreement, and `activities` disclosures and receipts. */
function partnerFile(r: () => number, index: number, activities: number): GenBlock[] {
  const svc = `SVC${index}`;
  const country = "X" + String.fromCharCode(65 + (index % 26));
  const blocks: GenBlock[] = [
    {
      kind: "service", name: svc, title: `Service number ${index}`,
      members: [field("country", country), field("type", "intelligence"), field("priority", "secondary"), field("relationship", "trusted")],
    },
    {
      kind: "assessment", name: `${svc}-2025`, title: `Weighing note ${svc}`,
      members: [
        field("service", svc), field("date", "2025-01-10"), field("approval", "director", "2025-01-12", `"DIR/2025/${index}"`),
        { block: { kind: "criteria", members: ["human-rights", "professionalism", "international-obligations", "task-performance", "reciprocity"]
          .map((c) => field(c, "met", JSON.stringify(sentence(r, 6)))) } },
        field("permits", "[general-data, personal-data, information-requests]"), field("review-by", "2027-12-31"),
      ],
    },
    {
      kind: "agreement", name: `MOU-${svc}`, title: "MoU on the exchange of intelligence",
      members: [
        field("form", "mou"), field("kind", "intelligence"), field("parties", `[MIVD, ${svc}]`), field("status", "signed"),
        field("signed", "2025-03-01"), field("ministry-review", "2025-02-01"), field("covers", "[general-data, personal-data]"),
        { block: { kind: "clause", name: "7", title: "Onward disclosure", members: [field("concerns", "third-party-rule"),
          field("text", `"""\n      ${sentence(r, 14)}\n      ${sentence(r, 12)}\n    """`)] } },
      ],
    },
  ];
  for (let k = 0; k < activities; k++) {
    const personal = r() < 0.4;
    const day = date(r, 2026);
    blocks.push({
      kind: "disclosure", name: `D-${index}-${k}`, title: sentence(r, 4),
      members: [
        field("to", svc), field("date", day), field("basis", "own-task"),
        field("investigation", JSON.stringify(sentence(r, 3))), field("data", personal ? "[personal]" : "[general]"),
        field("sources", "closed"), field("reliability", "B2"), field("onward", "none"), field("form", "written"),
        ...(personal ? [field("subjects", "[foreign-national]"), field("recorded", "yes"), field("legal-affairs", day)] : []),
        field("approval", "director", day, `"DIR/2026/${k}"`),
        field("summary", JSON.stringify(sentence(r, 10))),
      ],
    });
    if (k % 3 === 0) {
      blocks.push({
        kind: "receipt", name: `R-${index}-${k}`,
        members: [field("from", svc), field("date", date(r, 2026)), field("data", "[general]"), field("evaluated", "yes"),
          field("lawfully-obtained", "yes")],
      });
    }
  }
  return blocks;
}

const OWN: GenBlock = {
  kind: "service", name: "MIVD", title: "Militaire Inlichtingen- en Veiligheidsdienst",
  members: [field("country", "NL"), field("type", "military-intelligence"), field("own", "yes")],
};

/**
 * A workspace of partner files totalling about `bytes` of Entente text. With `dirty`, most declarations
 * break a rule (bench/dirty.ts); the choices come from a second generator, so the clean workspace of a
 * seed stays byte for byte what it was.
 */
export function generateWorkspace(bytes: number, seed = 1, options: { dirty?: boolean } = {}): GeneratedFile[] {
  const r = rng(seed);
  const d = rng(seed + 1000);
  const files: GeneratedFile[] = [toFile("own.entente", [OWN])];
  let total = files[0]!.text.length;
  for (let i = 0; total < bytes; i++) {
    const blocks = partnerFile(r, i, 18);
    const f = toFile(`partners/p${String(i).padStart(5, "0")}.entente`, options.dirty ? dirty(blocks, d) : blocks);
    files.push(f);
    total += f.text.length;
  }
  return files;
}

function toFile(path: string, blocks: GenBlock[]): GeneratedFile {
  return { path, text: blocks.map((b) => write(b)).join("\n"), json: JSON.stringify(blocks.map(toJson)) };
}

/** The natural JSON form of a declaration: fields as properties, sequences and lists as arrays. */
function toJson(block: GenBlock): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: block.kind };
  if (block.name !== undefined) out.name = block.name;
  if (block.title !== undefined) out.title = block.title;
  for (const m of block.members) {
    if ("block" in m) {
      const list = (out[m.block.kind] ??= []) as unknown[];
      list.push(toJson(m.block));
    } else {
      const values = m.values.map(jsonValue);
      out[m.key] = values.length === 1 ? values[0] : values;
    }
  }
  return out;
}

function jsonValue(v: string): unknown {
  if (v.startsWith("[")) return v.slice(1, -1).split(",").map((x) => x.trim());
  if (v.startsWith('"')) return JSON.parse(v.startsWith('"""') ? JSON.stringify(v.slice(3, -3)) : v);
  return v;
}

/**
 * A workspace of `files` files for the editor benchmark: ordinary partner files and one large
 * partner file of about `bigLines` lines, the file that is edited.
 */
export function generateEditorWorkspace(files: number, bigLines: number, seed = 2): { files: GeneratedFile[]; big: string } {
  const r = rng(seed);
  const out: GeneratedFile[] = [toFile("own.entente", [OWN])];
  for (let i = 0; out.length < files - 1; i++) out.push(toFile(`partners/p${String(i).padStart(5, "0")}.entente`, partnerFile(r, i, 18)));
  let activities = 10;
  let big = toFile("partners/big.entente", partnerFile(rng(seed + 1), 99_999, activities));
  while (big.text.split("\n").length < bigLines) {
    activities = Math.ceil(activities * bigLines / big.text.split("\n").length) + 1;
    big = toFile("partners/big.entente", partnerFile(rng(seed + 1), 99_999, activities));
  }
  out.push(big);
  return { files: out, big: big.path };
}
