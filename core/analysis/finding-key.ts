// A finding's identity that survives edits elsewhere in its file: rule, file, declaration, the field that holds it and its arguments; never a line number.
import { nodeCrypto } from "../lazy-node.js";
import { firstNotBefore } from "../model/search.js";
import { visible } from "../../grammar/excerpt.js";
import type { Block, Member, SyntaxTree } from "../../grammar/syntax-tree.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { ruleById } from "../rules/catalogue.js";

export interface FindingKey {
  rule: string;
  /** The file, relative to the folder the keys are taken from (the baseline's, or the repository's), '/'-separated. */
  file: string;
  /** `kind NAME` of the declaration that holds the finding; null for a finding outside every declaration. */
  declaration: string | null;
  /** The nested blocks and the field inside the declaration that hold the finding (`clause 7/onward`); empty on the declaration itself. */
  path: string;
  /** The message's arguments that say what was found (names, values, dates from the file), sorted by name. */
  args: Record<string, string>;
}

/**
 * Arguments that only help the reader and change for reasons that have nothing to do with the finding:
 * the date of the run, a did-you-mean found among the other names of the workspace, and the lists and
 * examples of valid values that the schema supplies (a new version of Entente may add a value).
 */
const PRESENTATION = new Set(["today", "suggestion", "allowed", "example", "what", "whatNl"]);

/** An argument longer than this is kept as its start and a hash of the whole, so that a key stays readable. */
const MAX_ARGUMENT = 200;

function keyArgument(value: string): string {
  if (value.length <= MAX_ARGUMENT) return visible(value);
  const hash = sha256(value).slice(0, 16);
  return `${visible(value.slice(0, 100))}…sha256:${hash}`;
}

/** Whether an argument of a rule's finding belongs to its key: not presentation, nor what the rule says surrounds it (`Rule.contextArgs`). */
export function keyed(rule: string, name: string): boolean {
  return !PRESENTATION.has(name) && ruleById(rule)?.contextArgs?.includes(name) !== true;
}

/** The arguments of a finding that belong to its key, sorted by name. */
function keyArguments(rule: string, args: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(args ?? {}).sort()) {
    if (keyed(rule, name)) out[name] = keyArgument(args![name]!);
  }
  return out;
}

/** The last of the nodes (sorted by start, not overlapping) that holds the offset; a node's end counts as inside it. */
function holding<T extends { start: number; end: number }>(nodes: readonly T[], offset: number): T | undefined {
  const found = nodes[firstNotBefore(nodes, (n) => n.start <= offset) - 1];
  return found !== undefined && offset <= found.end ? found : undefined;
}

/** A block as a key names it: its keyword and its label (`clause 7`, `disclosure D-2026-002`). */
const blockName = (b: Block) => (b.label ? `${b.keyword.text} ${b.label.text}` : b.keyword.text);

/** The declaration and the path of nested blocks and field that hold an offset. */
function anchorAt(tree: SyntaxTree, offset: number): { declaration: string | null; path: string } {
  const decl = holding(tree.declarations, offset);
  if (!decl) return { declaration: null, path: "" };
  const segments: string[] = [];
  let block: Block = decl;
  for (;;) {
    const member: Member | undefined = holding(block.members, offset);
    if (!member) break;
    if (member.type === "field") {
      segments.push(member.name);
      break;
    }
    segments.push(blockName(member));
    block = member;
  }
  return { declaration: blockName(decl), path: segments.join("/") };
}

/** The key of a finding in a file (whose tree it was found in), the file named as `file`. */
export function findingKey(tree: SyntaxTree, d: Diagnostic, file: string): FindingKey {
  const { declaration, path } = anchorAt(tree, d.start);
  return { rule: d.rule, file, declaration, path, args: keyArguments(d.rule, d.args) };
}

/**
 * A key as one string, without its file: what two findings of one file must share to be the same. The
 * arguments a key leaves out are left out here too, so that a baseline written when they were kept still matches.
 */
function localKey(k: Omit<FindingKey, "file">): string {
  const names: string[] = [];
  let sorted = true;
  for (const name in k.args) {
    if (!keyed(k.rule, name)) continue;
    if (names.length > 0 && names[names.length - 1]! > name) sorted = false;
    names.push(name);
  }
  // A key made by `findingKey` has its arguments in order already; one read from a baseline may not.
  if (!sorted) names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let args = "";
  for (const name of names) args += `${args === "" ? "" : ","}[${JSON.stringify(name)},${JSON.stringify(k.args[name])}]`;
  // JSON.stringify([rule, declaration, path, [[name, value], …]]), put together from its strings: a third cheaper.
  return `[${JSON.stringify(k.rule)},${k.declaration === null ? "null" : JSON.stringify(k.declaration)},${JSON.stringify(k.path)},[${args}]]`;
}

/** A key as one string, file included: `JSON.stringify([file, localKey])`. */
export function fullKey(k: FindingKey): string {
  return `[${JSON.stringify(k.file)},${JSON.stringify(localKey(k))}]`;
}

/** The key as a fingerprint for SARIF's `partialFingerprints` (a hash: code scanning compares it, nobody reads it). */
export function fingerprint(k: FindingKey): string {
  return sha256(fullKey(k)).slice(0, 32);
}

/**
 * A text's SHA-256 in hex. Node's one-shot `hash` (from 20.12) makes no hash object: for the 68,000 fingerprints of
 * an old register's SARIF log, about 170 ms instead of 310 (`createHash`, which an older Node still gets).
 */
function sha256(text: string): string {
  const crypto = nodeCrypto();
  return typeof crypto.hash === "function" ? crypto.hash("sha256", text, "hex") : crypto.createHash("sha256").update(text).digest("hex");
}

/**
 * Pairs findings with earlier ones by key, counting: when a key occurred `n` times before, its first
 * `n` findings now (in the order given: by position) are the old ones, and any more are new.
 */
export function matchCounts<T>(items: readonly T[], keyOf: (item: T) => string, before: Map<string, number>): { old: T[]; added: T[] } {
  const used = new Map<string, number>();
  const old: T[] = [];
  const added: T[] = [];
  for (const item of items) {
    const k = keyOf(item);
    const n = used.get(k) ?? 0;
    if (n < (before.get(k) ?? 0)) {
      used.set(k, n + 1);
      old.push(item);
    } else added.push(item);
  }
  return { old, added };
}
