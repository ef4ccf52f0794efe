// The value checks that need other declarations: `via` names a domestic service, `members` not the organisation, and agreements' history is acyclic.
import { refs, str } from "../model/access.js";
import type { Decl } from "../model/bound.js";
import { isDomestic, isOwn } from "../model/queries.js";
import { declsOf, type RuleContext } from "./rule.js";

/** Follows `supersedes` from an agreement; returns the names on the way back to it, or undefined when it does not return. */
function supersessionCycle(ctx: RuleContext, start: Decl): string[] | undefined {
  const path = [start.name];
  let at: Decl | undefined = start;
  for (let i = 0; at && i < 1000; i++) {
    const next = refs(at, "supersedes")?.[0]?.text;
    if (next === undefined) return undefined;
    if (next === start.name) return [...path, next];
    if (path.includes(next)) return undefined; // a cycle further on: reported on its own members
    path.push(next);
    const found = ctx.ws.lookup(next);
    at = found.length === 1 && found[0]!.kind === "agreement" ? found[0] : undefined;
  }
  return undefined;
}

function checkVia(ctx: RuleContext, act: Decl): void {
  for (const atom of refs(act, "via") ?? []) {
    const service = ctx.ws.service(atom.text);
    if (!service || isDomestic(ctx.ws, service)) continue;
    ctx.report({ message: isOwn(service) ? "via-own" : "via-foreign", args: { name: atom.text, act: act.name }, start: atom.start, end: atom.end });
  }
}

/** Reports, as invalid values, what only the workspace can tell is wrong. */
export function checkRelatedValues(ctx: RuleContext): void {
  for (const kind of ["disclosure", "request"]) for (const act of declsOf(ctx, kind)) checkVia(ctx, act);
  for (const s of declsOf(ctx, "service")) {
    for (const atom of refs(s, "members") ?? []) {
      if (atom.text === s.name) ctx.report({ message: "members-self", args: { name: s.name }, start: atom.start, end: atom.end });
    }
  }
  for (const a of declsOf(ctx, "agreement")) {
    for (const atom of refs(a, "amends") ?? []) {
      if (atom.text === a.name) ctx.report({ message: "amends-self", args: { name: a.name }, start: atom.start, end: atom.end });
      else if (str(a, "form") !== "amendment") ctx.report({ message: "amends-form", args: { name: a.name }, start: atom.start, end: atom.end });
    }
    for (const atom of refs(a, "supersedes") ?? []) {
      if (atom.text === a.name) ctx.report({ message: "supersedes-self", args: { name: a.name }, start: atom.start, end: atom.end });
      else {
        const cycle = supersessionCycle(ctx, a);
        if (cycle) ctx.report({ message: "supersedes-cycle", args: { name: a.name, cycle: cycle.join(" → ") }, start: atom.start, end: atom.end });
      }
    }
  }
}
