// Random edits of a multi-file workspace, drawn from its current text: fields that other files' findings read, renames, moves, files coming and going, typos.
import fc from "fast-check";
import { parse } from "../../grammar/parse.js";
import type { Block, Field } from "../../grammar/syntax-tree.js";
import { kindSpec, nestedSpec, type BlockSpec } from "../../core/model/schema/index.js";
import { CROSS_FILE, fieldValue, oneIn, pick, type Declared } from "./field-values.js";
import { mutate, mutation, type Mutation } from "./generators.js";

/** The workspace's files by identity; an edit replaces some texts and deletes some files (undefined). */
export type Texts = ReadonlyMap<string, string>;
export interface Edit {
  what: string;
  changes: [uri: string, text: string | undefined][];
}

interface Found {
  uri: string;
  block: Block;
}

function declarations(texts: Texts): Found[] {
  return [...texts].flatMap(([uri, text]) => parse(text).declarations.map((block) => ({ uri, block })));
}

/** The declared names by kind. */
function declaredNames(decls: readonly Found[]): Declared {
  const out = new Map<string, string[]>();
  for (const { block } of decls) {
    if (!block.label) continue;
    const k = block.keyword.text;
    out.set(k, [...(out.get(k) ?? []), block.label.text]);
  }
  return out;
}

const splice = (text: string, start: number, end: number, insert: string) => text.slice(0, start) + insert + text.slice(end);
const nameOf = (d: Found) => `${d.block.keyword.text} ${d.block.label?.text ?? "(unnamed)"}`;
const short = (s: string) => JSON.stringify(s.length > 60 ? s.slice(0, 57) + "..." : s);

/** Sets, adds or removes one field of a declaration or of one of its nested blocks (criteria, clauses). */
function editField(g: fc.GeneratorValue, texts: Texts, decls: readonly Found[], d: Found, spec: BlockSpec): Edit {
  const nested = d.block.members.filter((m): m is Block => m.type === "block" && nestedSpec(spec, m.keyword.text) !== undefined);
  const node = nested.length > 0 && oneIn(g, 3) ? pick(g, nested) : d.block;
  const nodeSpec = node === d.block ? spec : nestedSpec(spec, node.keyword.text)!;
  const cross = nodeSpec.fields.filter((f) => CROSS_FILE.has(f.name));
  const field = pick(g, cross.length > 0 && !oneIn(g, 4) ? cross : nodeSpec.fields);
  const old = node.members.find((m): m is Field => m.type === "field" && m.name === field.name);
  const text = texts.get(d.uri)!;
  const where = `${d.uri}: ${nameOf(d)}${node === d.block ? "" : ` ${node.keyword.text}`}`;
  if (old && oneIn(g, 6)) return { what: `${where}: remove ${short(text.slice(old.start, old.end))}`, changes: [[d.uri, splice(text, old.start, old.end, "")]] };
  const line = `${field.name}: ${fieldValue(g, field, declaredNames(decls))}`;
  if (old) return { what: `${where}: ${short(text.slice(old.start, old.end))} -> ${short(line)}`, changes: [[d.uri, splice(text, old.start, old.end, line)]] };
  const at = node.close >= 0 ? node.close : node.end;
  return { what: `${where}: add ${short(line)}`, changes: [[d.uri, splice(text, at, at, `  ${line}\n`)]] };
}

function rename(g: fc.GeneratorValue, texts: Texts, decls: readonly Found[], d: Found): Edit {
  const label = d.block.label!;
  const names = [...declaredNames(decls).values()].flat();
  const name = oneIn(g, 2) ? pick(g, names) : pick(g, [`${label.text}-B`, label.text.slice(0, -1), "ZULU"]);
  return { what: `${d.uri}: rename ${nameOf(d)} to ${name}`, changes: [[d.uri, splice(texts.get(d.uri)!, label.start, label.end, name)]] };
}

/** A file to receive a declaration: another one mostly, or a new one. */
function otherFile(g: fc.GeneratorValue, texts: Texts, not: string | undefined): string {
  const others = [...texts.keys()].filter((u) => u !== not);
  return others.length > 0 && !oneIn(g, 4) ? pick(g, others) : newUri(texts);
}

function newUri(texts: Texts): string {
  let n = 1;
  while (texts.has(`new-${n}.entente`)) n++;
  return `new-${n}.entente`;
}

const appended = (texts: Texts, uri: string, decl: string) => `${texts.get(uri) ?? ""}\n${decl}\n`;

function moveOrCopy(g: fc.GeneratorValue, texts: Texts, d: Found, move: boolean): Edit {
  const text = texts.get(d.uri)!;
  const decl = text.slice(d.block.start, d.block.end);
  const to = move ? otherFile(g, texts, d.uri) : oneIn(g, 2) ? d.uri : otherFile(g, texts, undefined);
  const changes: Edit["changes"] = [[to, appended(texts, to, decl)]];
  if (move) changes.unshift([d.uri, splice(text, d.block.start, d.block.end, "")]);
  return { what: `${move ? "move" : "copy"} ${nameOf(d)} from ${d.uri} to ${to}`, changes };
}

/** One builder for every draw: fast-check's generator keeps an entry per builder, so a new arrow each time would grow it without end. */
const mutations = () => mutation;

function describe(uri: string, text: string, [pos, len, ins, op]: Mutation): string {
  const at = text.length === 0 ? 0 : pos % (text.length + 1);
  const what = ["cut", "insert", "repeat", "replace"][op]!;
  const affected = op === 1 ? "" : ` ${short(text.slice(at, at + len))}`;
  return `${uri}: ${what}${affected} at ${at}${op === 1 || op === 3 ? ` with ${short(ins)}` : ""}`;
}

type Op = "field" | "rename" | "delete" | "copy" | "move" | "delete-file" | "new-file" | "mutate";
const OPS: [Op, number][] = [["field", 10], ["rename", 2], ["delete", 1], ["copy", 1], ["move", 2], ["delete-file", 1], ["new-file", 1], ["mutate", 3]];

function drawOp(g: fc.GeneratorValue): Op {
  let n = g(fc.nat, { max: OPS.reduce((s, [, w]) => s + w, 0) - 1 });
  for (const [op, w] of OPS) if ((n -= w) < 0) return op;
  return "mutate";
}

/** One edit of the workspace, drawn from its current text. */
export function drawEdit(g: fc.GeneratorValue, texts: Texts): Edit {
  const op = drawOp(g);
  const decls = declarations(texts);
  if (op === "new-file" || texts.size === 0) {
    const uri = newUri(texts);
    const copies = decls.length > 0 ? Array.from({ length: g(fc.nat, { max: 2 }) }, () => pick(g, decls)) : [];
    const text = copies.map((d) => texts.get(d.uri)!.slice(d.block.start, d.block.end)).join("\n\n");
    return { what: `new file ${uri}${copies.length > 0 ? ` with a copy of ${copies.map(nameOf).join(", ")}` : ""}`, changes: [[uri, text]] };
  }
  if (op === "delete-file") {
    const uri = pick(g, [...texts.keys()]);
    return { what: `delete ${uri}`, changes: [[uri, undefined]] };
  }
  if (op === "mutate" || decls.length === 0) {
    const uri = pick(g, [...texts.keys()]);
    const m = g(mutations);
    return { what: describe(uri, texts.get(uri)!, m), changes: [[uri, mutate(texts.get(uri)!, m)]] };
  }
  // A kind first, then a declaration of it: the few services, weighings and agreements that other files depend on
  // are edited as often as the many activities.
  const kind = pick(g, [...new Set(decls.map((x) => x.block.keyword.text))]);
  const d = pick(g, decls.filter((x) => x.block.keyword.text === kind));
  const spec = kindSpec(d.block.keyword.text);
  if (op === "field" && spec) return editField(g, texts, decls, d, spec);
  if ((op === "rename" || op === "field") && d.block.label) return rename(g, texts, decls, d);
  if (op === "move" || op === "copy") return moveOrCopy(g, texts, d, op === "move");
  return { what: `${d.uri}: delete ${nameOf(d)}`, changes: [[d.uri, splice(texts.get(d.uri)!, d.block.start, d.block.end, "")]] };
}
