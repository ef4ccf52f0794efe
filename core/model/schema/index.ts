// The schema table: every declaration kind with its fields and nested blocks, and lookups into it.
import { activityKinds } from "./activities.js";
import { partyKinds } from "./parties.js";
import type { BlockSpec, FieldSpec, KindSpec } from "./types.js";

export type { BlockSpec, Doc, EnumMember, FieldSpec, KindSpec, ValueType } from "./types.js";
export { AUTHORITIES, BOOL_VALUES, LADDER, RATINGS } from "./enums.js";
export { CRITERIA } from "./parties.js";

/** All declaration kinds, in the order the documentation lists them. */
export const KINDS: readonly KindSpec[] = [...partyKinds, ...activityKinds];

const kinds = new Map(KINDS.map((k) => [k.name, k]));
const fieldIndex = new WeakMap<BlockSpec, Map<string, FieldSpec>>();
const blockIndex = new WeakMap<BlockSpec, Map<string, BlockSpec>>();

export function kindSpec(name: string): KindSpec | undefined {
  return kinds.get(name);
}

export function fieldSpec(block: BlockSpec, name: string): FieldSpec | undefined {
  let m = fieldIndex.get(block);
  if (!m) fieldIndex.set(block, (m = new Map(block.fields.map((f) => [f.name, f]))));
  return m.get(name);
}

export function nestedSpec(block: BlockSpec, name: string): BlockSpec | undefined {
  let m = blockIndex.get(block);
  if (!m) blockIndex.set(block, (m = new Map(block.blocks.map((b) => [b.name, b]))));
  return m.get(name);
}

/** Kinds whose declarations are acts of cooperation. */
export const ACTIVITY_KINDS: ReadonlySet<string> = new Set(KINDS.filter((k) => k.activity).map((k) => k.name));
/** Activities that are substantive cooperation (RULES.md: disclosure, request, support, operation). */
export const SUBSTANTIVE_KINDS: ReadonlySet<string> = new Set(["disclosure", "request", "support", "operation"]);
