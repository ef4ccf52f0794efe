// Turns a generated partner file into one of an old register, where most declarations break a rule (the bench's "dirty" workspace).
import type { GenBlock, GenMember } from "./generate.js";

/** The value list of a field, or undefined when the declaration has none. */
function values(block: GenBlock, key: string): string[] | undefined {
  for (const m of block.members) if (!("block" in m) && m.key === key) return m.values;
  return undefined;
}

function without(block: GenBlock, ...keys: string[]): GenMember[] {
  return block.members.filter((m) => "block" in m || !keys.includes(m.key));
}

function replace(block: GenBlock, key: string, next: string[]): GenMember[] {
  return block.members.map((m) => ("block" in m || m.key !== key ? m : { key, values: next }));
}

/** The day after a YYYY-MM-DD date, as text (the generator's dates stop at day 28, so no month rolls over). */
function dayAfter(date: string): string {
  return `${date.slice(0, 8)}${String(Number(date.slice(8)) + 1).padStart(2, "0")}`;
}

/**
 * What a first run over an old register meets. A partner is sometimes not weighed at all, or weighed
 * with a review date long past, or has no agreement, so that every act with it is reported; a disclosure
 * often lacks its reliability, its basis, its Legal Affairs date or its art. 42 record, is approved by
 * too low an authority, or approved after the fact; a receipt is often not evaluated or of doubtful origin.
 * Each choice comes from `r`, so the same seed gives the same workspace.
 */
export function dirty(blocks: GenBlock[], r: () => number): GenBlock[] {
  const unweighed = r() < 0.25;
  const overdue = !unweighed && r() < 0.3;
  const noAgreement = r() < 0.3;
  const out: GenBlock[] = [];
  for (const block of blocks) {
    if (block.kind === "assessment") {
      if (unweighed) continue;
      if (overdue) out.push({ ...block, members: replace(block, "review-by", ["2025-12-31"]) });
      else out.push(block);
    } else if (block.kind === "agreement") {
      if (!noAgreement) out.push(block);
    } else if (block.kind === "disclosure") out.push(disclosure(block, r));
    else if (block.kind === "receipt") out.push(receipt(block, r));
    else out.push(block);
  }
  return out;
}

function disclosure(block: GenBlock, r: () => number): GenBlock {
  let b = block;
  const personal = values(b, "data")?.[0] === "[personal]";
  if (r() < 0.5) b = { ...b, members: without(b, "reliability") };
  if (r() < 0.15) b = { ...b, members: without(b, "basis") };
  if (personal && r() < 0.6) b = { ...b, members: without(b, "legal-affairs") };
  if (personal && r() < 0.5) b = { ...b, members: without(b, "recorded") };
  const approval = values(b, "approval")!;
  if (personal && r() < 0.5) b = { ...b, members: replace(b, "approval", ["department-head", ...approval.slice(1)]) };
  if (r() < 0.3) b = { ...b, members: replace(b, "approval", [values(b, "approval")![0]!, dayAfter(approval[1]!), approval[2]!]) };
  return b;
}

function receipt(block: GenBlock, r: () => number): GenBlock {
  let b = block;
  if (r() < 0.6) b = { ...b, members: without(b, "evaluated") };
  if (r() < 0.3) b = { ...b, members: replace(b, "lawfully-obtained", ["unknown"]) };
  return b;
}
