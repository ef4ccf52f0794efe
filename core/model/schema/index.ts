// The schema table: every declaration kind with its fields, nested blocks and words, and lookups into it.
import { internNames } from "../../../grammar/intern.js";
import type { Locale } from "../../../grammar/messages.js";
import { activityKinds } from "./activities.js";
import { AUTHORITIES, BOOL_VALUES } from "./enums.js";
import { partyKinds } from "./parties.js";
import type { BlockSpec, EnumMember, FieldSpec, KindSpec } from "./types.js";

export type { BlockSpec, EnumMember, FieldSpec, KindSpec, SymbolName, ValueType } from "./types.js";
export { AUTHORITIES, BOOL_VALUES, LADDER, RANK_OF, RATINGS } from "./enums.js";
export { CRITERIA } from "./parties.js";

/** All declaration kinds, in the order the documentation lists them. */
export const KINDS: readonly KindSpec[] = [...partyKinds, ...activityKinds];

internNames(wordsOf(KINDS));

/** Every name the schema writes (kinds, fields, blocks, values), as the literals of its source. */
function* wordsOf(x: unknown, seen = new Set<unknown>()): Generator<string> {
  if (typeof x === "string") {
    if (/^[A-Za-z][\w-]*$/.test(x)) yield x;
  } else if (typeof x === "object" && x !== null && !seen.has(x)) {
    seen.add(x);
    for (const v of Array.isArray(x) ? x : Object.values(x)) yield* wordsOf(v, seen);
  }
}

const kinds = new Map(KINDS.map((k) => [k.name, k]));
const fieldIndex = new WeakMap<BlockSpec, Map<string, number>>();
const blockIndex = new WeakMap<BlockSpec, Map<string, BlockSpec>>();

export function kindSpec(name: string): KindSpec | undefined {
  return kinds.get(name);
}

/** Where each field of the block stands among its fields (`block.fields`), by name: for a walk of a block's members, asked once. */
export function fieldPositions(block: BlockSpec): ReadonlyMap<string, number> {
  let m = fieldIndex.get(block);
  if (!m) fieldIndex.set(block, (m = new Map(block.fields.map((f, i) => [f.name, i]))));
  return m;
}

export function fieldSpec(block: BlockSpec, name: string): FieldSpec | undefined {
  const at = fieldPositions(block).get(name);
  return at === undefined ? undefined : block.fields[at];
}

/** Every block of the schema with its key: each kind, and its nested blocks at any depth (`agreement/clause`). */
export function allBlocks(): { key: string; spec: BlockSpec }[] {
  const out: { key: string; spec: BlockSpec }[] = [];
  const visit = (spec: BlockSpec, key: string) => {
    out.push({ key, spec });
    for (const b of spec.blocks) visit(b, `${key}/${b.name}`);
  };
  for (const k of KINDS) visit(k, k.name);
  return out;
}

export function nestedSpec(block: BlockSpec, name: string): BlockSpec | undefined {
  let m = blockIndex.get(block);
  if (!m) blockIndex.set(block, (m = new Map(block.blocks.map((b) => [b.name, b]))));
  return m.get(name);
}

/** Kinds whose declarations are acts of cooperation. */
export const ACTIVITY_KINDS: ReadonlySet<string> = new Set(KINDS.filter((k) => k.activity).map((k) => k.name));
/** Activities that are substantive cooperation (docs/language.md, "Activities": disclosure, request, support, operation). */
export const SUBSTANTIVE_KINDS: ReadonlySet<string> = new Set(KINDS.filter((k) => k.substantive).map((k) => k.name));

const NO_FIELDS: readonly string[] = [];

/** The fields of a kind that name its counterpart services (empty for kinds that are not activities, and unknown kinds). */
export function counterpartFields(kind: string): readonly string[] {
  return kinds.get(kind)?.counterparts ?? NO_FIELDS;
}

/** The fields of a kind that name the services it concerns: a record's subjects, or an activity's counterparts. */
export function aboutFields(kind: string): readonly string[] {
  const k = kinds.get(kind);
  return k?.about ?? k?.counterparts ?? NO_FIELDS;
}

/** A kind in words ("weighing", "verstrekkingen"); an unknown kind as written. */
export function kindWord(kind: string, locale: Locale, count = 1): string {
  const w = kinds.get(kind)?.words[locale];
  return w ? (count === 1 ? w.one : w.many) : kind;
}

/** A value of an enumeration in words, or the value as written when it has none. */
export function valueWord(values: readonly EnumMember[], value: string, locale: Locale): string {
  return values.find((m) => m.name === value)?.term?.[locale] ?? value;
}

/** An authority in words ("the deputy director"). */
export const authorityWord = (authority: string, locale: Locale): string => valueWord(AUTHORITIES, authority, locale);

/**
 * The field of a kind at a path (`["clause", "concerns"]` for a clause's field), nested blocks
 * included; undefined when the schema has no such field.
 */
/** The names of an enum field's values, in the schema's order; [] for a field that is not an enum. */
export function enumNames(kind: string, path: readonly string[]): readonly string[] {
  const v = fieldAtPath(kind, path)?.value;
  return v?.type === "enum" ? v.values.map((m) => m.name) : [];
}

export function fieldAtPath(kind: string, path: readonly string[]): FieldSpec | undefined {
  let block: BlockSpec | undefined = kinds.get(kind);
  for (const name of path.slice(0, -1)) block = block && nestedSpec(block, name);
  return block && fieldSpec(block, path[path.length - 1]!);
}

/**
 * A value of a kind's field in words: `wordOf("disclosure", "data", "personal", "nl")` is
 * "persoonsgegevens". A value the schema gives no words is returned as written.
 */
export function wordOf(kind: string, field: string | readonly string[], value: string, locale: Locale): string {
  const spec = fieldAtPath(kind, typeof field === "string" ? [field] : field);
  const v = spec?.value;
  if (v?.type === "enum") return valueWord(v.values, value, locale);
  if (v?.type === "bool") return valueWord(BOOL_VALUES, value, locale);
  if (v?.type === "approval") return valueWord(AUTHORITIES, value, locale);
  return value;
}

/** A criterion of the weighing in words ("human rights"). */
export function criterionWord(criterion: string, locale: Locale): string {
  const criteria = nestedSpec(kinds.get("assessment")!, "criteria")!;
  return fieldSpec(criteria, criterion)?.term?.[locale] ?? criterion;
}
