// entente-baseline.json: reading it strictly (every problem located by line), and the order of its entries, one per finding key.
import { LineIndex } from "../../grammar/line-index.js";
import { jsonc, type JsonNode, type ParseError } from "../model/jsonc.js";
import { BASELINE_VERSION, eachEntryAsWritten } from "./baseline-layout.js";
import type { FindingKey } from "./finding-key.js";

export const BASELINE_NAME = "entente-baseline.json";

/** One key of the baseline: how many findings carry it, and why they were accepted, when someone wrote it down. */
export interface BaselineEntry extends FindingKey {
  count: number;
  reason: string | null;
}

/** What is wrong with a baseline file, for the words that say it (core/words, `baseline`). */
export type BaselineProblem =
  | { kind: "read"; code: string }
  | { kind: "syntax"; detail: string }
  | { kind: "root" }
  | { kind: "unknown-key"; key: string; allowed: string }
  | { kind: "version"; value: string }
  | { kind: "missing"; key: string }
  | { kind: "type"; key: string; expected: "string" | "text-or-null" | "object" | "list" | "count" };

export interface BaselineError {
  path: string;
  /** 1-based. */
  line: number;
  column: number;
  problem: BaselineProblem;
}

const TOP_KEYS = ["version", "findings"];
const ENTRY_KEYS = ["rule", "file", "declaration", "path", "args", "count", "reason"];

/** Reads a baseline file; a file that does not exist is `undefined`, anything wrong with one that does is an error. */
export function readBaselineFile(path: string, read: (path: string) => string): BaselineEntry[] | BaselineError | undefined {
  let text: string;
  try {
    text = read(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return code === "ENOENT" ? undefined : { path, line: 1, column: 1, problem: { kind: "read", code } };
  }
  return parseBaseline(path, text.startsWith("\uFEFF") ? text.slice(1) : text);
}

/**
 * The entries of a baseline text, or the first problem in it. An old register's baseline holds tens of
 * thousands of entries (18 MB for 68,000): JSON.parse reads it in a tenth of the time and memory of a
 * tree with positions, and only a text it finds anything wrong with is read again to say where.
 */
function parseBaseline(path: string, text: string): BaselineEntry[] | BaselineError {
  return quickEntries(text) ?? locatedEntries(path, text);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The entries of a baseline without a problem, as `locatedEntries` reads them; undefined when there is any problem. */
export function quickEntries(text: string): BaselineEntry[] | undefined {
  const shared = sharing();
  const entries: BaselineEntry[] = [];
  const taken = eachEntryAsWritten(text, (item) => {
    const entry = quickEntry(item, shared);
    if (entry) entries.push(entry);
    return entry !== undefined;
  });
  return taken ? entries : wholeEntries(text);
}

/** `quickEntries` of a text laid out otherwise than Entente writes it: parsed whole. */
export function wholeEntries(text: string): BaselineEntry[] | undefined {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(root) || Object.keys(root).some((k) => !TOP_KEYS.includes(k))) return undefined;
  if (root.version !== BASELINE_VERSION || !Array.isArray(root.findings)) return undefined;
  const entries: BaselineEntry[] = [];
  const shared = sharing();
  for (const item of root.findings) {
    const entry = quickEntry(item, shared);
    if (!entry) return undefined;
    entries.push(entry);
  }
  return entries;
}

/**
 * One copy of each value: JSON.parse makes a string for every value, and the same file, rule, declaration and
 * names recur across the entries (one copy of each saves a quarter of what a baseline of 68,000 findings holds,
 * 38 -> 29 MB).
 */
function sharing(): (s: string) => string {
  const copies = new Map<string, string>();
  return (s) => {
    const kept = copies.get(s);
    if (kept !== undefined) return kept;
    copies.set(s, s);
    return s;
  };
}

function quickEntry(item: unknown, shared: (s: string) => string): BaselineEntry | undefined {
  if (!isObject(item) || Object.keys(item).some((k) => !ENTRY_KEYS.includes(k))) return undefined;
  const text = (key: string, optional: boolean): string | null | undefined => {
    const v = item[key];
    if (typeof v === "string") return v;
    return optional && (v === undefined || v === null) ? null : undefined;
  };
  const rule = text("rule", false);
  const file = text("file", false);
  const declaration = text("declaration", true);
  const path = text("path", true);
  const reason = text("reason", true);
  if (rule == null || file == null || declaration === undefined || path === undefined || reason === undefined) return undefined;
  const args: Record<string, string> = {};
  if (item.args !== undefined) {
    if (!isObject(item.args)) return undefined;
    for (const [k, v] of Object.entries(item.args)) {
      if (typeof v !== "string") return undefined;
      args[k] = shared(v);
    }
  }
  const count = item.count === undefined ? 1 : item.count;
  if (typeof count !== "number" || !Number.isInteger(count) || count < 1) return undefined;
  return { rule: shared(rule), file: shared(file), declaration: declaration && shared(declaration), path: shared(path ?? ""), args, count, reason };
}

/** The entries of a baseline text, or the first problem in it, located. */
export function locatedEntries(path: string, text: string): BaselineEntry[] | BaselineError {
  const lines = new LineIndex(text);
  const at = (offset: number, problem: BaselineProblem): BaselineError => {
    const p = lines.positionAt(offset);
    return { path, line: p.line + 1, column: p.character + 1, problem };
  };
  const errors: ParseError[] = [];
  const root = jsonc.parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0) return at(errors[0]!.offset, { kind: "syntax", detail: jsonc.printParseErrorCode(errors[0]!.error) });
  if (!root || root.type !== "object") return at(root?.offset ?? 0, { kind: "root" });
  const props = members(root);
  for (const [key, node] of props) if (!TOP_KEYS.includes(key)) return at(node.parent!.offset, { kind: "unknown-key", key, allowed: TOP_KEYS.join(", ") });
  const version = props.get("version");
  if (!version) return at(root.offset, { kind: "missing", key: "version" });
  if (version.value !== BASELINE_VERSION) return at(version.offset, { kind: "version", value: text.slice(version.offset, version.offset + version.length) });
  const findings = props.get("findings");
  if (!findings) return at(root.offset, { kind: "missing", key: "findings" });
  if (findings.type !== "array") return at(findings.offset, { kind: "type", key: "findings", expected: "list" });
  const entries: BaselineEntry[] = [];
  for (const item of findings.children ?? []) {
    const entry = readEntry(item, at);
    if ("problem" in entry) return entry;
    entries.push(entry);
  }
  return entries;
}

function members(node: JsonNode): Map<string, JsonNode> {
  const out = new Map<string, JsonNode>();
  for (const prop of node.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (k && v) out.set(String(k.value), v);
  }
  return out;
}

function readEntry(item: JsonNode, at: (offset: number, p: BaselineProblem) => BaselineError): BaselineEntry | BaselineError {
  if (item.type !== "object") return at(item.offset, { kind: "type", key: "findings", expected: "object" });
  const props = members(item);
  for (const [key, node] of props) if (!ENTRY_KEYS.includes(key)) return at(node.parent!.offset, { kind: "unknown-key", key, allowed: ENTRY_KEYS.join(", ") });
  const str = (key: string, optional = false): string | null | BaselineError => {
    const n = props.get(key);
    if (!n) return optional ? null : at(item.offset, { kind: "missing", key });
    if (n.type === "string") return n.value as string;
    if (optional && n.type === "null") return null;
    return at(n.offset, { kind: "type", key, expected: optional ? "text-or-null" : "string" });
  };
  const rule = str("rule");
  const file = str("file");
  const declaration = str("declaration", true);
  const path = str("path", true);
  const reason = str("reason", true);
  for (const v of [rule, file, declaration, path, reason]) if (v !== null && typeof v === "object") return v;
  const args: Record<string, string> = {};
  const argsNode = props.get("args");
  if (argsNode) {
    if (argsNode.type !== "object") return at(argsNode.offset, { kind: "type", key: "args", expected: "object" });
    for (const [k, v] of members(argsNode)) {
      if (v.type !== "string") return at(v.offset, { kind: "type", key: `args.${k}`, expected: "string" });
      args[k] = v.value as string;
    }
  }
  let count = 1;
  const countNode = props.get("count");
  if (countNode) {
    if (countNode.type !== "number" || !Number.isInteger(countNode.value) || (countNode.value as number) < 1) return at(countNode.offset, { kind: "type", key: "count", expected: "count" });
    count = countNode.value as number;
  }
  return { rule: rule as string, file: file as string, declaration: declaration as string | null, path: (path as string | null) ?? "", args, count, reason: reason as string | null };
}

/** Two names in the order of their UTF-16 code units, which is how a baseline orders its files. */
export const compareNames = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order of the file: by file, declaration, path, rule, then arguments, so that a new baseline's diff shows only what changed. */
export function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return compareNames(a.file, b.file) || compareNames(a.declaration ?? "", b.declaration ?? "") || compareNames(a.path, b.path)
    || compareNames(a.rule, b.rule) || compareNames(JSON.stringify(a.args), JSON.stringify(b.args));
}

/** Entries in the file's order (a sorted copy; entries that compare equal keep their order). */
export function sortedEntries(entries: readonly BaselineEntry[]): BaselineEntry[] {
  return [...entries].sort(compareEntries);
}
