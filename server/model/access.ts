// Typed reads of bound fields for rules: undefined means absent or invalid, so a rule cannot decide and stays silent.
import type { Approval, BoundField, Node, Rating, Ref } from "./bound.js";
import type { DateValue } from "./dates.js";

function valid(node: Node, name: string): BoundField | undefined {
  const b = node.fields.get(name)?.[0];
  return b && b.ok ? b : undefined;
}

/** Whether the field is written at all, valid or not. */
export function has(node: Node, name: string): boolean {
  return node.fields.has(name);
}

/** The field's first occurrence, for pointing at it. */
export function fieldAt(node: Node, name: string): BoundField | undefined {
  return node.fields.get(name)?.[0];
}

export function date(node: Node, name: string): DateValue | undefined {
  return valid(node, name)?.value as DateValue | undefined;
}

export function flag(node: Node, name: string): boolean | undefined {
  return valid(node, name)?.value as boolean | undefined;
}

/** A single enum, string, text, country or code value. */
export function str(node: Node, name: string): string | undefined {
  return valid(node, name)?.value as string | undefined;
}

/** A list of enum or string values. */
export function list(node: Node, name: string): string[] | undefined {
  return valid(node, name)?.value as string[] | undefined;
}

/** The names a reference field holds, as a list even when written as a single name. */
export function refs(node: Node, name: string): Ref[] | undefined {
  const v = valid(node, name)?.value;
  if (v === undefined) return undefined;
  return Array.isArray(v) ? (v as Ref[]) : [v as Ref];
}

export function rating(node: Node, name: string): Rating | undefined {
  return valid(node, name)?.value as Rating | undefined;
}

/** All valid `approval` lines of a node. */
export function approvals(node: Node): Approval[] {
  const out: Approval[] = [];
  for (const b of node.fields.get("approval") ?? []) if (b.ok) out.push(b.value as Approval);
  return out;
}

/** Whether some approval line is invalid: rules about approvals cannot decide then. */
export function approvalsUncertain(node: Node): boolean {
  return (node.fields.get("approval") ?? []).some((b) => !b.ok);
}
