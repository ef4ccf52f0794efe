// Reading a rendered message: its quoted passages, its running text, and the schema's codes and words it may show.
import type { Locale } from "../../grammar/messages.js";
import { AUTHORITIES, BOOL_VALUES, KINDS, RATINGS, type BlockSpec, type EnumMember, type FieldSpec } from "../../core/model/schema/index.js";
import { RULE_IDS } from "../../core/rules/catalogue.js";

/** A quoted passage of a message: what the drafter types or wrote, never running text. */
export interface Quote {
  start: number;
  end: number;
  content: string;
}

const OPENS: Record<string, string> = { "'": "'", '"': '"', "‘": "’", "“": "”", "„": "”" };
const CLOSE_FOLLOWS = /[\s.,;:!?)\]}'"’”…]/;

/**
 * The quoted passages of a text. A straight single quote opens a passage only where a word could
 * start (so "risico's" and "service's" are apostrophes) and closes one only where a word ends.
 */
export function quotesOf(text: string): Quote[] {
  const out: Quote[] = [];
  for (let i = 0; i < text.length; i++) {
    const close = OPENS[text[i]!];
    if (!close) continue;
    if (text[i] === "'" && (/[\p{L}\p{N}]/u.test(text[i - 1] ?? " ") || /\s/.test(text[i + 1] ?? " "))) continue;
    let j = i + 1;
    for (; j < text.length; j++) {
      if (text[j] !== close) continue;
      if (close !== "'" || CLOSE_FOLLOWS.test(text[j + 1] ?? " ")) break;
    }
    if (j >= text.length) continue; // never closed: an apostrophe after all
    out.push({ start: i, end: j + 1, content: text.slice(i + 1, j) });
    i = j;
  }
  return out;
}

/** The text with the inside of every quoted passage blanked out ('#'), so that positions stay the same. */
export function runningText(text: string, quotes = quotesOf(text)): string {
  let out = "";
  let at = 0;
  for (const q of quotes) {
    out += text.slice(at, q.start + 1) + "#".repeat(q.end - q.start - 2) + text[q.end - 1];
    at = q.end;
  }
  return out + text.slice(at);
}

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A word standing on its own: not inside a longer word or code (hyphens belong to codes). */
export const wordPattern = (w: string, flags = "g"): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}_-])${escapeRegExp(w)}(?![\\p{L}\\p{N}_-])`, `${flags}u`);

export function occurrences(text: string, w: string, flags = "g"): number[] {
  return [...text.matchAll(wordPattern(w, flags))].map((m) => m.index!);
}

/** The schema's codes and words, as the checks need them. */
export interface Vocabulary {
  /** Every value, field, block, kind and rule id as written in a file. */
  codes: Set<string>;
  /** The words of each language for values, fields and kinds ("persoonsgegevens", "the director"). */
  terms: Record<Locale, string[]>;
  /** Code → the words each language gives it (several fields may share a value, and so have several). */
  wordsOf: Record<Locale, Map<string, string[]>>;
  /** Field name → its values (`data` → general, personal, …), over every kind that has the field. */
  valuesOf: Map<string, Set<string>>;
}

function valuesOfField(f: FieldSpec): readonly EnumMember[] {
  const v = f.value;
  return v.type === "enum" ? v.values : v.type === "bool" ? BOOL_VALUES : v.type === "approval" ? AUTHORITIES : v.type === "rating" ? RATINGS : [];
}

export function vocabulary(): Vocabulary {
  const codes = new Set<string>(RULE_IDS);
  const terms: Record<Locale, string[]> = { en: [], nl: [] };
  const wordsOf: Record<Locale, Map<string, string[]>> = { en: new Map(), nl: new Map() };
  const valuesOf = new Map<string, Set<string>>();
  const add = (code: string, words: { en: string; nl: string } | undefined) => {
    codes.add(code);
    if (!words) return;
    for (const l of ["en", "nl"] as const) {
      terms[l].push(words[l]);
      wordsOf[l].set(code, [...(wordsOf[l].get(code) ?? []), words[l]]);
    }
  };
  const walk = (b: BlockSpec) => {
    codes.add(b.name);
    for (const f of b.fields) {
      add(f.name, f.term);
      const values = valuesOfField(f);
      for (const m of values) add(m.name, m.term);
      if (values.length > 0) valuesOf.set(f.name, new Set([...(valuesOf.get(f.name) ?? []), ...values.map((m) => m.name)]));
    }
    for (const n of b.blocks) walk(n);
  };
  for (const k of KINDS) {
    walk(k);
    add(k.name, { en: k.words.en.one, nl: k.words.nl.one });
    add(k.name, { en: k.words.en.many, nl: k.words.nl.many });
  }
  return { codes, terms, wordsOf, valuesOf };
}

/** Whether the code at `at` is part of the words of the language for some value ("personal" in "personal data"). */
export function inTerm(running: string, at: number, code: string, terms: readonly string[]): boolean {
  for (const t of terms) {
    const offset = t.search(wordPattern(code, ""));
    if (offset < 0) continue;
    for (const start of occurrences(running, t, "gi")) if (start + offset === at) return true;
  }
  return false;
}

/** Ways an item of an argument may appear in a message: as written, quoted, or in the words of the language. */
export function renderings(item: string, v: Vocabulary, locale: Locale): string[] {
  const out = new Set([item, `'${item}'`, `"${item}"`, ...(v.wordsOf[locale].get(item) ?? [])]);
  return [...out].sort((a, b) => b.length - a.length);
}
