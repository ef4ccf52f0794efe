// Glob patterns of `exclude`, matched in time proportional to pattern and path: no pattern can make a match take seconds.

/**
 * One element of a path segment's pattern: a literal character, any one character (`?`), a class
 * (`[a-z]`, `[!x]`), or any run of characters (`*`).
 */
type Piece = { kind: "char"; c: string } | { kind: "one" } | { kind: "class"; negated: boolean; ranges: [string, string][] } | { kind: "star" };
/** A segment of the pattern between slashes: pieces, or `**` (any number of segments). */
type Segment = Piece[] | "**";

export type GlobMatcher = (path: string) => boolean;

/** The most alternatives braces may expand to: `{a,b}{c,d}` is 4; a pattern that asks for more is refused. */
export const MAX_ALTERNATIVES = 256;
/** The longest pattern taken: no folder layout needs more, and a longer one is someone testing the limits. */
const MAX_PATTERN = 1000;

/** Expands `{a,b}` alternatives (nested ones too), or says why the pattern is refused. */
function expandBraces(pattern: string): string[] | string {
  let open = -1;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (c === "{") {
      if (depth++ === 0) open = i;
    } else if (c === "}" && depth > 0 && --depth === 0) {
      const inner = pattern.slice(open + 1, i);
      const parts: string[] = [];
      let from = 0;
      let d = 0;
      for (let k = 0; k < inner.length; k++) {
        const x = inner[k];
        if (x === "\\") k++;
        else if (x === "{") d++;
        else if (x === "}") d--;
        else if (x === "," && d === 0) {
          parts.push(inner.slice(from, k));
          from = k + 1;
        }
      }
      parts.push(inner.slice(from));
      const out: string[] = [];
      for (const p of parts) {
        const rest = expandBraces(pattern.slice(0, open) + p + pattern.slice(i + 1));
        if (typeof rest === "string") return rest;
        out.push(...rest.slice(0, MAX_ALTERNATIVES + 1 - out.length));
        if (out.length > MAX_ALTERNATIVES) return "too-many-alternatives";
      }
      return out;
    }
  }
  return depth > 0 ? "unclosed-brace" : [pattern];
}

function parseSegment(s: string): Piece[] | string {
  const out: Piece[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "\\" && i + 1 < s.length) out.push({ kind: "char", c: s[++i]! });
    else if (c === "*") {
      if (out[out.length - 1]?.kind !== "star") out.push({ kind: "star" });
    } else if (c === "?") out.push({ kind: "one" });
    else if (c === "[") {
      const close = s.indexOf("]", i + 2);
      if (close < 0) return "unclosed-class";
      let body = s.slice(i + 1, close);
      const negated = body[0] === "!" || body[0] === "^";
      if (negated) body = body.slice(1);
      const ranges: [string, string][] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === "-" && k + 2 < body.length) {
          ranges.push([body[k]!, body[k + 2]!]);
          k += 2;
        } else ranges.push([body[k]!, body[k]!]);
      }
      out.push({ kind: "class", negated, ranges });
      i = close;
    } else if ((c === "+" || c === "@" || c === "!") && s[i + 1] === "(") return "extglob";
    else out.push({ kind: "char", c });
  }
  return out;
}

function fits(p: Piece, c: string): boolean {
  if (p.kind === "char") return p.c === c;
  if (p.kind === "one") return true;
  if (p.kind === "class") return p.ranges.some(([a, b]) => c >= a && c <= b) !== p.negated;
  return false;
}

/**
 * Whether `items` fit `pattern`, where `isAny` marks the pattern elements that take any run of items
 * (a `*` in a segment, a `**` among segments). The classic greedy match that returns only to the
 * latest such element: at most |pattern| × |items| steps, whatever the pattern.
 */
function greedy<P, I>(pattern: readonly P[], items: readonly I[], isAny: (p: P) => boolean, one: (p: P, i: I) => boolean, steps?: { count: number }): boolean {
  let p = 0;
  let i = 0;
  let star = -1;
  let resume = 0;
  while (i < items.length) {
    if (steps) steps.count++;
    if (p < pattern.length && !isAny(pattern[p]!) && one(pattern[p]!, items[i]!)) {
      p++;
      i++;
    } else if (p < pattern.length && isAny(pattern[p]!)) {
      star = p++;
      resume = i;
    } else if (star >= 0) {
      p = star + 1;
      i = ++resume;
    } else return false;
  }
  while (p < pattern.length && isAny(pattern[p]!)) p++;
  return p === pattern.length;
}

function compileOne(pattern: string): Segment[] | string {
  const segments: Segment[] = [];
  for (const s of pattern.split("/")) {
    if (s === "") continue;
    if (s === "**") {
      if (segments[segments.length - 1] !== "**") segments.push("**");
      continue;
    }
    const pieces = parseSegment(s);
    if (typeof pieces === "string") return pieces;
    segments.push(pieces);
  }
  return segments;
}

/**
 * A matcher for glob patterns (`steps`, when given, counts the comparisons made, for the tests) (a path matches when it matches any of them), or the reason one is
 * refused: `extglob` (`+(…)`, `@(…)`, `!(…)`), `unclosed-brace`, `unclosed-class`,
 * `too-many-alternatives` or `too-long`. A `*` stays within a path segment, `**` spans segments, dot files
 * included; a pattern ending in `/**` also matches the folder itself.
 */
export function compileGlobs(patterns: readonly string[], steps?: { count: number }): GlobMatcher | { refused: string; pattern: string } {
  const compiled: Segment[][] = [];
  for (const pattern of patterns) {
    if (pattern.length > MAX_PATTERN) return { refused: "too-long", pattern };
    const alternatives = expandBraces(pattern);
    if (typeof alternatives === "string") return { refused: alternatives, pattern };
    for (const a of alternatives) {
      const segments = compileOne(a);
      if (typeof segments === "string") return { refused: segments, pattern };
      compiled.push(segments);
    }
  }
  return (path) => {
    const parts = path.split("/").filter((s) => s !== "");
    return compiled.some((segments) => greedy(segments, parts, (s) => s === "**",
      (s, part) => s !== "**" && greedy(s, [...part], (p) => p.kind === "star", fits, steps), steps));
  };
}
