// One fuzz input through everything in process: load, check, every editor feature, the formatter and the safe fixes, with the invariants of each.
import { MAX_SYNTAX_ERRORS } from "../../grammar/error-list.js";
import type { SyntaxTree } from "../../grammar/syntax-tree.js";
import { Analysis } from "../../core/analysis/analysis.js";
import { checkTree, exercise, probeOffsets, Violation } from "../support/exercise.js";
import { rng, type Input } from "./inputs.js";

/** What became of one input: how big it was, how long it took, and every invariant it broke. */
export interface Outcome {
  seed: number;
  kind: string;
  chars: number;
  ms: number;
  failures: string[];
}

/** A failure as one line: the broken invariant, or the exception with where it was thrown. */
function describe(e: unknown): string {
  if (e instanceof Violation) return e.message;
  if (!(e instanceof Error)) return String(e);
  const at = (e.stack ?? "").split("\n").slice(1, 3).map((l) => l.trim().replace(/\(.*\/(out\/)?/, "(")).join(" ← ");
  return `${e.name}: ${e.message.split("\n")[0]} [${at}]`;
}

/** How many syntax errors of each kind a tree has. */
function errorCounts(tree: SyntaxTree): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of tree.errors) out.set(e.id, (out.get(e.id) ?? 0) + 1);
  return out;
}

export function checkInput(input: Input): Outcome {
  const t0 = performance.now();
  const failures: string[] = [];
  const guard = (what: string, fn: () => void): boolean => {
    try {
      fn();
      return true;
    } catch (e) {
      failures.push(`${what}: ${describe(e)}`);
      return false;
    }
  };
  const analysis = new Analysis({ roots: [], pathOf: () => undefined, today: input.today, settings: { locale: input.locale, rules: {} } });
  const chars = [...input.files.values()].reduce((n, t) => n + t.length, 0);
  const done = () => ({ seed: input.seed, kind: input.kind, chars, ms: performance.now() - t0, failures });
  if (!guard("reading the files", () => { for (const [id, text] of input.files) analysis.setFile(id, text); })) return done();
  guard("checking the workspace", () => void analysis.checkAll());

  // Every editor feature on the hostile files, at the ends, the middle and a few offsets of the seed's choosing.
  const r = rng(input.seed ^ 0x5bd1e995);
  for (const id of input.targets) {
    guard(`the features of ${id}`, () => {
      const text = input.files.get(id)!;
      const offsets = [...probeOffsets(text.length), ...Array.from({ length: 4 }, () => Math.floor(r() * (text.length + 1)))];
      const { formatted } = exercise(analysis, id, offsets);
      if (formatted === undefined && analysis.ws.files.get(id)!.tree.errors.length === 0) {
        throw new Violation("the formatter refused a file without syntax errors (its own safety check failed)");
      }
    });
  }

  // The safe fixes, in memory as `lint --fix` applies them: no syntax error the file did not have before.
  const before = new Map([...analysis.ws.files].map(([id, f]) => [id, errorCounts(f.tree)]));
  guard("--fix", () => {
    analysis.fix();
    for (const [id, f] of analysis.ws.files) {
      checkTree(f.tree);
      const had = before.get(id)!;
      if (had.has("too-many-errors")) continue; // beyond the first hundred, the errors kept say too little to compare
      const added = [...errorCounts(f.tree)].filter(([e, n]) => n > (had.get(e) ?? 0)).map(([e]) => e);
      if (added.length > 0 && f.tree.errors.length <= MAX_SYNTAX_ERRORS) throw new Violation(`--fix gave ${id} syntax errors it did not have: ${added.join(", ")}`);
    }
  });
  return done();
}
