// The exclusion globs: the same answers as the common glob library on everyday patterns, in bounded steps on hostile ones.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { compileGlobs, MAX_ALTERNATIVES, type GlobMatcher } from "../core/model/glob.js";
import { parseConfig } from "../core/model/config.js";
import { RULES_BY_ID } from "../core/rules/catalogue.js";

const matcher = (...patterns: string[]): GlobMatcher => {
  const m = compileGlobs(patterns);
  assert.ok(!("refused" in m), JSON.stringify(m));
  return m as GlobMatcher;
};

test("everyday patterns match as a drafter expects", () => {
  const cases: [string, string, boolean][] = [
    ["drafts/**", "drafts", true], ["drafts/**", "drafts/a.entente", true], ["drafts/**", "drafts/2026/a.entente", true],
    ["drafts/**", "final/a.entente", false], ["**/old/*.entente", "x/y/old/a.entente", true], ["**/old/*.entente", "old/a.entente", true],
    ["*.entente", "a.entente", true], ["*.entente", "dir/a.entente", false], ["**/*.entente", "dir/a.entente", true],
    ["2026-0?/**", "2026-03/a.entente", true], ["2026-0?/**", "2026-10/a.entente", false], ["[ab]*.entente", "b1.entente", true],
    ["[!ab]*.entente", "b1.entente", false], ["{drafts,old}/**", "old/x.entente", true], ["{drafts,old}/**", "new/x.entente", false],
    [".hidden/**", ".hidden/a.entente", true], ["*", ".dotfile", true], ["a\\*b", "a*b", true], ["a\\*b", "axb", false],
    ["x/{a,b{c,d}}/y", "x/bd/y", true], ["x/{a,b{c,d}}/y", "x/b/y", false],
  ];
  for (const [p, path, want] of cases) assert.equal(matcher(p)(path), want, `${p} on ${path}`);
});

test("a match takes steps in proportion to pattern and path, whatever the pattern", () => {
  // The patterns that take a backtracking matcher seconds or longer.
  const hostile = ["*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b", "**/a/**/a/**/a/**/a/**/a/**/a/**/a/**/b", "{a,{a,{a,{a,{a,{a,b}}}}}}*b"];
  const path = "a/".repeat(40) + "a".repeat(60) + ".entente";
  for (const p of hostile) {
    // Counted, not timed: every comparison of a pattern element with a path element is a step.
    const steps = { count: 0 };
    const m = compileGlobs([p], steps) as GlobMatcher;
    m(path);
    const bound = 4 * p.length * path.length * 4;
    assert.ok(steps.count <= bound, `${p}: ${steps.count} steps for a path of ${path.length} characters (bound ${bound}): it backtracks`);
  }
});

test("patterns that could not be matched safely are refused with a reason, and reported as config-error", () => {
  assert.deepEqual(compileGlobs(["+(a|aa)b"]), { refused: "extglob", pattern: "+(a|aa)b" });
  assert.deepEqual(compileGlobs(["{a,b"]), { refused: "unclosed-brace", pattern: "{a,b" });
  assert.deepEqual(compileGlobs(["[ab"]), { refused: "unclosed-class", pattern: "[ab" });
  assert.deepEqual(compileGlobs(["{a,b}".repeat(9)]), { refused: "too-many-alternatives", pattern: "{a,b}".repeat(9) });
  assert.equal((compileGlobs(["x".repeat(1001)]) as { refused: string }).refused, "too-long");
  assert.ok(2 ** 8 <= MAX_ALTERNATIVES);
  const { problems, config } = parseConfig(`{ "exclude": ["drafts/**", "@(x|y)/**"] }`, RULES_BY_ID);
  assert.deepEqual(problems.map((p) => [p.variant, p.args.reason]), [["exclude-pattern", "extglob"]]);
  assert.deepEqual(config.exclude, [], "no file is excluded by a configuration with a refused pattern");
});

test("on generated literal-and-star patterns, a pattern matches exactly the paths a regular expression of it matches", () => {
  const seg = fc.array(fc.constantFrom("a", "b", "*", "?"), { minLength: 1, maxLength: 5 }).map((cs) => cs.join(""));
  const pat = fc.array(fc.oneof({ weight: 4, arbitrary: seg }, { weight: 1, arbitrary: fc.constant("**") }), { minLength: 1, maxLength: 4 }).map((s) => s.join("/"));
  const path = fc.array(fc.array(fc.constantFrom("a", "b"), { minLength: 1, maxLength: 5 }).map((cs) => cs.join("")), { minLength: 1, maxLength: 5 }).map((s) => s.join("/"));
  // The reference: a naive recursive match, a regular expression per segment; exponential, fine for these small inputs.
  const segment = (s: string) => new RegExp("^" + s.replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]") + "$");
  const reference = (segs: string[], parts: string[]): boolean => {
    if (segs.length === 0) return parts.length === 0;
    const [s, ...rest] = segs;
    if (s === "**") return parts.some((_, i) => reference(rest, parts.slice(i))) || reference(rest, []);
    return parts.length > 0 && segment(s!).test(parts[0]!) && reference(rest, parts.slice(1));
  };
  fc.assert(fc.property(pat, path, (p, x) => {
    assert.equal(matcher(p)(x), reference(p.split("/"), x.split("/")), `${p} on ${x}`);
  }), { numRuns: 3000 });
});
