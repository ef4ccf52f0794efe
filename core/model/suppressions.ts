// Suppression comments: `// entente-ignore: rule, rule -- reason` and `// entente-ignore-file: …`.
import type { Comment } from "../../grammar/syntax-tree.js";

export interface SuppressedRule {
  id: string;
  start: number;
  end: number;
}

export interface Suppression {
  /** `entente-ignore-file`: applies to the whole file. */
  wholeFile: boolean;
  rules: SuppressedRule[];
  /** The text after `--`, or null when there is none (which is an error). */
  reason: string | null;
  start: number;
  end: number;
  /** The range the suppression covers: the next declaration, block or field; null for whole-file ones. */
  target: { start: number; end: number } | null;
}

const FORM = /^(\s*)entente-ignore(-file)?\b\s*:?/;

/** Reads the suppression comments among a file's comments; targets are filled in by the binder. */
export function readSuppressions(comments: readonly Comment[]): Suppression[] {
  const out: Suppression[] = [];
  for (const c of comments) {
    if (c.block) continue;
    const m = FORM.exec(c.text);
    if (!m) continue;
    const bodyStart = m[0].length;
    const body = c.text.slice(bodyStart);
    const sep = body.indexOf("--");
    const list = sep < 0 ? body : body.slice(0, sep);
    const reason = sep < 0 ? null : body.slice(sep + 2).trim();
    const rules: SuppressedRule[] = [];
    const base = c.start + 2 + bodyStart; // after `//`
    for (const r of list.matchAll(/[^\s,]+/g)) {
      rules.push({ id: r[0], start: base + r.index, end: base + r.index + r[0].length });
    }
    out.push({
      wholeFile: m[2] !== undefined, rules, reason: reason === "" ? null : reason,
      start: c.start, end: c.end, target: null,
    });
  }
  return out;
}
