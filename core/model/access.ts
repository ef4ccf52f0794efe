// Typed reads of bound fields for rules: undefined means absent or invalid, so a rule cannot decide and stays silent.
import { firstValue, onlyValue, type Atom, type Field, type Member, type Value } from "../../grammar/syntax-tree.js";
import { INVALID, NONE, type Approval, type Dated, type Decl, type Node, type Rating } from "./bound.js";

/**
 * Where a declaration's name is written (its keyword when it has none yet). Read from the syntax, which a
 * re-parse moves: a copy kept on the declaration would have to be moved with it after every keystroke.
 */
export function nameSpan(d: Decl): { start: number; end: number } {
  const at = d.syntax.label ?? d.syntax.keyword;
  return { start: at.start, end: at.end };
}

/** The first field of that name in the node (later ones are duplicates, reported elsewhere). */
export function fieldAt(node: Node, name: string): Field | undefined {
  for (const m of node.syntax.members) if (m.type === "field" && m.name === name) return m;
  return undefined;
}

/** Whether the field is written, valid or not; a blank text (`""`) counts as not written. */
export function has(node: Node, name: string): boolean {
  const f = fieldAt(node, name);
  if (!f) return false;
  const only = onlyValue(f);
  return !(only && (only.kind === "string" || only.kind === "text") && only.text.trim() === "");
}

/** The first value of the field of that name, if it is written with one. */
export function firstValueAt(node: Node, name: string): Value | undefined {
  const f = fieldAt(node, name);
  return f && firstValue(f);
}

/** The text of a field's first value when that is an identifier: a name as written, whether it resolves or not. */
export function firstIdent(f: Field | undefined): string | undefined {
  const v = f && firstValue(f);
  return v?.kind === "ident" ? v.text : undefined;
}

function value(node: Node, name: string): unknown {
  const v = fieldAt(node, name)?.data;
  return v === INVALID ? undefined : v;
}

/** A date as a day number (see dates.ts); for a `dated` field, its date. */
export function date(node: Node, name: string): number | undefined {
  const v = value(node, name) as number | Dated | undefined;
  return typeof v === "object" ? v.date : v;
}

/** The reference a `dated` field gives after its date, if any. */
export function reference(node: Node, name: string): string | undefined {
  const v = value(node, name) as Dated | undefined;
  return typeof v === "object" ? v.reference ?? undefined : undefined;
}

export function flag(node: Node, name: string): boolean | undefined {
  return value(node, name) as boolean | undefined;
}

/** A single enum, string, text, country or code value. */
export function str(node: Node, name: string): string | undefined {
  return value(node, name) as string | undefined;
}

/** A list of enum or string values. */
export function list(node: Node, name: string): string[] | undefined {
  return value(node, name) as string[] | undefined;
}

/** The names a reference field holds, as a list even when written as a single name; [] for `none`. */
export function refs(node: Node, name: string): Atom[] | undefined {
  const v = value(node, name);
  if (v === undefined) return undefined;
  if (v === NONE) return [];
  return Array.isArray(v) ? (v as Atom[]) : [v as Atom];
}

export function rating(node: Node, name: string): Rating | undefined {
  return value(node, name) as Rating | undefined;
}

/** All valid `approval` lines of a node. */
export function approvals(node: Node): Approval[] {
  return approvalFields(node).map((f) => f.data as Approval);
}

/** Whether a member is a valid `approval` line. */
const validApproval = (m: Member): m is Field => m.type === "field" && m.name === "approval" && m.data !== undefined && m.data !== INVALID;

/** The valid approval lines of a node as fields, for a finding that points at one. */
export function approvalFields(node: Node): Field[] {
  const out: Field[] = [];
  for (const m of node.syntax.members) if (validApproval(m)) out.push(m);
  return out;
}

/**
 * The earliest day on which one of these authorities approved, by the node's valid approval lines; undefined
 * when none did. A loop of its own, not `approvals(node).some(…)`: rules ask it for every act and counterpart.
 */
export function firstApprovalBy(node: Node, authorities: readonly string[]): number | undefined {
  let first: number | undefined;
  for (const m of node.syntax.members) {
    if (!validApproval(m)) continue;
    const a = m.data as Approval;
    if (authorities.includes(a.authority) && (first === undefined || a.date < first)) first = a.date;
  }
  return first;
}

/** Whether some approval line is invalid: rules about approvals cannot decide then. */
export function approvalsUncertain(node: Node): boolean {
  return node.syntax.members.some((m) => m.type === "field" && m.name === "approval" && m.data === INVALID);
}
