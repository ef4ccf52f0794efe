// What a lawyer would stumble over in a rendered message: codes in running text, lists not joined in words, counts that disagree, stray tokens, the other language.
import type { Locale } from "../../grammar/messages.js";
import { RULE_IDS } from "../../core/rules/catalogue.js";
import { escapeRegExp, inTerm, occurrences, quotesOf, renderings, runningText, type Quote, type Vocabulary } from "./message-text.js";

/** A rendered message with what it was rendered from. */
export interface Rendered {
  text: string;
  locale: Locale;
  args: Record<string, string>;
  /** The message's template, to tell which arguments it puts into its text as they are. */
  render: (a: Record<string, string>) => string;
}

/** What the checks look at: the message, its quotes and its running text (quotes blanked out). */
interface Reading extends Rendered {
  quotes: Quote[];
  running: string;
  v: Vocabulary;
  /** Lists already reported, so that two checks do not report one list twice. */
  lists: Set<string>;
}

/** Everything a lawyer would stumble over in one rendered message; empty when it reads well. */
export function inspect(m: Rendered, v: Vocabulary): string[] {
  const quotes = quotesOf(m.text);
  const r: Reading = { ...m, quotes, running: runningText(m.text, quotes), v, lists: new Set() };
  return [...layout(r), ...grammar(r), ...codes(r), ...otherLanguage(r), ...codeLists(r), ...argumentLists(r), ...quotedLists(r), ...counts(r)];
}

const ABBREVIATIONS = /(?:^|[\s(])(?:art|arts|ch|hfst|nr|no|cf|e\.g|i\.e|bijv|o\.a|sub|par|para|resp|vs|etc)\.$/i;

function layout({ text, running }: Reading): string[] {
  const out: string[] = [];
  const stray = /\bundefined\b|\bnull\b|\bNaN\b|\[object|\$\{/.exec(text);
  if (stray) out.push(`shows '${stray[0]}'`);
  if (/(^|[^'])''(?!')/.test(text) || /(^|[^"])""(?!")/.test(text) || /\(\s*\)/.test(text)) out.push("shows an empty quotation or parentheses (an argument was empty)");
  if (/ {2}/.test(running)) out.push("has a doubled space");
  if (/\s[.,;:!?)]/.test(running) || /\(\s/.test(running)) out.push("has a space before punctuation, or after an opening parenthesis");
  if (/^\s|\s$/.test(text)) out.push("begins or ends with a space");
  const list = /\[[^\]"'#]*\]/.exec(running);
  if (list) out.push(`shows a list as written in a file (${list[0]}) in running text: quote it as what the drafter types, or name the items in words`);
  if (/^\p{Ll}/u.test(text)) out.push("begins with a lowercase letter");
  for (const s of running.matchAll(/([.!?])\s+(?=\p{Ll})/gu)) {
    if (s[1] === "." && ABBREVIATIONS.test(running.slice(0, s.index! + 1))) continue;
    out.push(`a sentence begins with a lowercase letter: "${text.slice(s.index! + 2, s.index! + 22)}…"`);
  }
  return out;
}

function grammar({ text, running, locale }: Reading): string[] {
  const out: string[] = [];
  const repeated = /(?<!\p{L})(\p{L}+) \1(?!\p{L})/iu.exec(running) ?? (locale === "nl" ? /\bgeen een\b/i.exec(running) : null);
  if (repeated) out.push(`says "${repeated[0]}"`);
  if (locale !== "en") return out;
  // "a 'assessment'", "an service": the article goes by the sound of the next word (u and h vary: "a unit", "an hour").
  for (const m of running.matchAll(/(?<!\p{L})([Aa]n?) (['"]?)([\p{L}#]+)/gu)) {
    const at = m.index! + m[1]!.length + 1 + m[2]!.length;
    const next = /^[\p{L}-]+/u.exec(text.slice(at))?.[0] ?? "";
    if (m[1]!.length === 1 && /^[aeio]/i.test(next) && !/^one/i.test(next)) out.push(`says "${m[1]} ${m[2]}${next}"`);
    if (m[1]!.length === 2 && /^[bcdfgjklmnpqrstvwxz]/.test(next)) out.push(`says "${m[1]} ${m[2]}${next}"`);
  }
  return out;
}

const IDENT = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const SENTINEL = "Zqzq";

/** The arguments a message puts into its running text as they are (not quoted, and not turned into words). */
function rawArguments({ render, args }: Reading): string[] {
  return Object.keys(args).filter((k) => {
    try {
      return runningText(render({ ...args, [k]: SENTINEL })).includes(SENTINEL);
    } catch {
      return false;
    }
  });
}

/** The items of an argument: comma-separated, or joined with "or", "and" or "→". */
const itemsOf = (value: string): string[] => value.split(/\s*,\s*|\s+or\s+|\s+and\s+|\s*→\s*/).map((s) => s.trim()).filter((s) => s !== "");

/** Four words either side of a quoted passage, within its clause: where a value of the field it names would be meant. */
function near(running: string, q: Quote): { from: number; to: number } {
  const before = /(?:[^.;:\s]+\s+){0,4}$/.exec(running.slice(0, q.start))![0];
  const after = /^(?:\s+[^.;:\s]+){0,4}/.exec(running.slice(q.end))![0];
  return { from: q.start - before.length, to: q.end + after.length };
}

/**
 * Codes in running text: hyphenated codes and rule ids anywhere; identifiers in camel case; an argument
 * put in as written that is a code, or a word the drafter wrote ("not yesterday"); a value of a field
 * near the quoted field ("'data' does not include personal"). The words of the language for a value
 * may hold the code ("personal data"), and then it is no code.
 */
function codes(r: Reading): string[] {
  const { running, locale, args, quotes, v } = r;
  const out: string[] = [];
  const seen = new Set<string>();
  const flag = (code: string, why: string) => {
    if (seen.has(code)) return;
    seen.add(code);
    out.push(`shows ${code} in running text (${why}): quote it where the drafter types it, or say it in words`);
  };
  const terms = v.terms[locale];
  for (const m of running.matchAll(/(?<![\p{L}\p{N}_-])[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?![\p{L}\p{N}_-])/gu)) {
    if (v.codes.has(m[0]) && !inTerm(running, m.index!, m[0], terms)) flag(m[0], RULE_IDS.has(m[0]) ? "a rule id" : "a code of the schema");
  }
  for (const m of running.matchAll(/(?<![\p{L}\p{N}_-])(?:[a-z]+|[A-Z][a-z]+)[A-Z][A-Za-z]*/gu)) flag(m[0], "an identifier");
  for (const k of rawArguments(r)) {
    // Only what the argument itself put there: the message's own words may use the same word ("an agent").
    let without = "";
    try {
      without = runningText(r.render({ ...args, [k]: SENTINEL }));
    } catch {
      // a message that cannot render without the argument: count against nothing
    }
    const bare = (text: string, item: string) => occurrences(text, item).filter((at) => !inTerm(text, at, item, terms)).length;
    for (const item of itemsOf(args[k]!).filter((i) => IDENT.test(i))) {
      if (bare(running, item) > bare(without, item)) flag(item, `the argument '${k}' as written`);
    }
    const items = args[k]!.split(",").map((s) => s.trim());
    if (items.length > 1 && [args[k]!, items.join(", ")].some((raw) => running.includes(raw))) {
      out.push(`puts the list in '${k}' into its text as written ("${args[k]}"): join it in words`);
    }
  }
  for (const q of quotes) {
    const field = /^([a-z][a-z-]*):?(?: .*)?$/.exec(q.content)?.[1];
    const values = field ? v.valuesOf.get(field) : undefined;
    if (!values) continue;
    const { from, to } = near(running, q);
    for (const value of values) {
      if (value.includes("-")) continue; // found anywhere above
      if (occurrences(running.slice(from, to), value).some((at) => !inTerm(running, from + at, value, terms))) flag(value, `a value of '${field}'`);
    }
  }
  return out;
}

// Words of one language only (a capital at the start of a sentence counts too).
const ONLY: Record<Locale, readonly string[]> = {
  en: ["the", "and", "with", "which", "that", "this", "these", "must", "from", "without", "when", "where", "not", "but", "been", "has", "have",
    "should", "would", "its", "their", "are", "were", "into", "because", "before", "after", "or", "needs", "takes", "there"],
  nl: ["de", "het", "een", "niet", "geen", "van", "voor", "wordt", "worden", "zijn", "bij", "naar", "deze", "dit", "ook", "maar", "dat",
    "die", "heeft", "moet", "uit", "als", "aan", "tot", "nog", "wel", "zonder", "tussen", "en", "verwacht", "staat", "gegevens", "dienst"],
};

function otherLanguage({ running, locale }: Reading): string[] {
  const other: Locale = locale === "en" ? "nl" : "en";
  const found = ONLY[other].filter((w) => occurrences(running, w).length + occurrences(running, w[0]!.toUpperCase() + w.slice(1)).length > 0);
  return found.length > 0 ? [`reads as ${other === "nl" ? "Dutch" : "English"} in places: ${found.map((w) => `'${w}'`).join(", ")}`] : [];
}

const JOINERS: Record<Locale, string> = { en: "and|or|nor", nl: "en|of|noch" };
const and = (locale: Locale) => (locale === "en" ? "'and'" : "'en'");
/** Whether what follows a list's last item joins one more with a word ("a, b and c"; "a motivation, the director's decision and …"). */
const joined = (after: string, locale: Locale) => new RegExp(`^,?[^.;:,]{0,40}? (?:${JOINERS[locale]}) `).test(after);

/** Codes of the schema listed with commas alone ("service, assessment, agreement"). */
function codeLists({ running, locale, v, lists }: Reading): string[] {
  const out: string[] = [];
  for (const m of running.matchAll(/(?<![\p{L}\p{N}_-])[a-z][a-z-]*(?:, [a-z][a-z-]*)+(?![\p{L}\p{N}_-])/gu)) {
    if (!m[0].split(", ").every((c) => v.codes.has(c)) || joined(running.slice(m.index! + m[0].length), locale)) continue;
    lists.add(m[0]);
    out.push(`lists codes of the schema with commas alone: "${m[0]}"`);
  }
  return out;
}

/** Where the items of each argument appear in the text, as written, quoted or in words. */
function itemSpans(r: Reading, items: string[]): { start: number; end: number }[] {
  const alternatives = [...new Set(items.flatMap((i) => renderings(i, r.v, r.locale)))].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const one = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}_-])`, "gu");
  return [...r.text.matchAll(one)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

const argumentItems = (value: string) => value.replace(/^\[|\]$/g, "").split(",").map((s) => s.trim()).filter((s) => s !== "");

/** An argument's items joined with commas alone ("general data, personal data"), outside what the drafter types. */
function argumentLists(r: Reading): string[] {
  const { text, quotes, locale, lists } = r;
  const out: string[] = [];
  for (const [k, value] of Object.entries(r.args)) {
    const found = itemSpans(r, argumentItems(value));
    for (let i = 0; i < found.length - 1; i++) {
      if (text.slice(found[i]!.end, found[i + 1]!.start) !== ", ") continue;
      let j = i + 1;
      while (j < found.length - 1 && text.slice(found[j]!.end, found[j + 1]!.start) === ", ") j++;
      const span = text.slice(found[i]!.start, found[j]!.end);
      const typed = quotes.some((q) => q.start < found[i]!.start && found[j]!.end < q.end); // 'to: [ALPHA, BRAVO]'
      const bracketed = text[found[i]!.start - 1] === "[" && text[found[j]!.end] === "]"; // reported in `layout`
      if (!typed && !bracketed && !lists.has(span) && !joined(text.slice(found[j]!.end), locale)) {
        out.push(`lists the items of '${k}' as "${span}" without ${and(locale)} before the last`);
      }
      lists.add(span);
      i = j;
    }
  }
  return out;
}

/** "'a', 'b'" with no word before the last quoted item. */
function quotedLists({ text, quotes, locale, lists }: Reading): string[] {
  const out: string[] = [];
  for (let i = 0; i < quotes.length - 1; i++) {
    if (text.slice(quotes[i]!.end, quotes[i + 1]!.start) !== ", ") continue;
    let j = i + 1;
    while (j < quotes.length - 1 && text.slice(quotes[j]!.end, quotes[j + 1]!.start) === ", ") j++;
    const span = text.slice(quotes[i]!.start, quotes[j]!.end);
    if (!lists.has(span) && !joined(text.slice(quotes[j]!.end), locale)) out.push(`lists ${span} without ${and(locale)} or '${locale === "en" ? "or" : "of"}' before the last`);
    lists.add(span);
    i = j;
  }
  return out;
}

const PLURAL: Record<Locale, readonly string[]> = {
  en: ["fields", "values", "services", "agreements", "criteria", "authorities", "approvals", "rules", "kinds", "entries", "items", "forms", "acts",
    "disclosures", "requests", "weighings", "partners", "counterparts", "settings", "members", "clauses", "countries", "categories"],
  nl: ["velden", "waarden", "diensten", "overeenkomsten", "regels", "soorten", "partners", "verstrekkingen", "verzoeken", "wegingsnotities",
    "goedkeuringen", "instellingen", "bepalingen", "landen", "categorieën", "vormen", "handelingen"],
};
const SINGULAR: Record<Locale, readonly string[]> = {
  en: ["field", "value", "service", "agreement", "criterion", "authority", "approval", "rule", "kind", "entry", "item", "form", "act",
    "disclosure", "request", "weighing", "partner", "counterpart", "setting", "member", "clause", "country", "category"],
  nl: ["veld", "waarde", "dienst", "overeenkomst", "criterium", "regel", "soort", "partner", "verstrekking", "verzoek", "wegingsnotitie",
    "goedkeuring", "instelling", "bepaling", "land", "categorie", "vorm", "handeling"],
};
const plural = (noun: string, locale: Locale) => PLURAL[locale].includes(noun) && !SINGULAR[locale].includes(noun);
const singular = (noun: string, locale: Locale) => SINGULAR[locale].includes(noun) && !PLURAL[locale].includes(noun);

/**
 * Counts that disagree with what they count: the noun before an argument's items ("the fields 'x'" for
 * one, "de velden" for one, "the field 'a', 'b'"), a number and its noun ("1 fields"), and a number and
 * the list after it ("3 fields: 'a' and 'b'").
 */
function counts(r: Reading): string[] {
  const { running, locale } = r;
  const out: string[] = [];
  for (const [k, value] of Object.entries(r.args)) {
    const items = argumentItems(value);
    const first = itemSpans(r, items)[0];
    if (!first) continue;
    const noun = /(\p{L}+)$/u.exec(running.slice(0, first.start).replace(/[:\s[]+$/, ""))?.[1]?.toLowerCase();
    if (!noun) continue;
    if (items.length === 1 && plural(noun, locale)) out.push(`says "${noun}" before the one item of '${k}'`);
    if (items.length > 1 && singular(noun, locale)) out.push(`says "${noun}" before the ${items.length} items of '${k}'`);
  }
  for (const m of running.matchAll(/(?<![\p{L}\p{N}.-])(\d+) (\p{L}+)/gu)) {
    const n = Number(m[1]);
    const noun = m[2]!.toLowerCase();
    if ((n === 1 && plural(noun, locale)) || (n !== 1 && singular(noun, locale))) out.push(`says "${m[0]}"`);
    const list = /^: ([^.;]*)/.exec(running.slice(m.index! + m[0].length))?.[1];
    const listed = list?.split(new RegExp(`, | (?:${JOINERS[locale]}) `)).length;
    if (listed !== undefined && listed !== n) out.push(`says "${m[0]}" but lists ${listed}`);
  }
  return out;
}
