// The mandate ladder: ranks of authorities and what a declaration's approvals add up to.
import { approvals } from "./access.js";
import type { Approval, Node } from "./bound.js";
import { LADDER, RANK_OF } from "./schema/index.js";

export type Authority = (typeof LADDER)[number] | "secretary-general" | "minister-of-interior";

/** Rank on the ladder (0 = analyst), or -1 for authorities outside it; a deputy head of department ranks as the head. */
export function rankOf(authority: string): number {
  return (LADDER as readonly string[]).indexOf(Object.hasOwn(RANK_OF, authority) ? RANK_OF[authority]! : authority);
}

/** The highest rank among the node's approvals, or -1 when it has none on the ladder. */
export function approvalRank(node: Node): number {
  let best = -1;
  for (const a of approvals(node)) best = Math.max(best, rankOf(a.authority));
  return best;
}

/** The highest-ranking approval on the ladder, for pointing at it. */
export function highestApproval(node: Node): Approval | undefined {
  let best: Approval | undefined;
  for (const a of approvals(node)) if (rankOf(a.authority) >= 0 && (!best || rankOf(a.authority) > rankOf(best.authority))) best = a;
  return best;
}

/** Whether the node has an approval of at least `authority`'s rank (ladder) or by exactly that authority (outside it). */
export function hasApproval(node: Node, authority: Authority): boolean {
  const needed = rankOf(authority);
  return approvals(node).some((a) => (needed < 0 ? a.authority === authority : rankOf(a.authority) >= needed));
}

/** Whether `authority` is at least as high as `than` on the ladder. */
export function atLeast(authority: string, than: Authority): boolean {
  const r = rankOf(authority);
  return r >= 0 && r >= rankOf(than);
}
