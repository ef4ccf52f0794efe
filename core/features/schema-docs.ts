// The tables of the language reference (docs/language.md, docs/language.nl.md), generated from the schema table.
import type { Locale } from "../../grammar/messages.js";
import { allBlocks, AUTHORITIES, KINDS, LADDER, RANK_OF, RATINGS, authorityWord, kindWord, nestedSpec } from "../model/schema/index.js";
import type { BlockSpec, EnumMember, FieldSpec, ValueType } from "../model/schema/index.js";
import { joinAnd, words } from "../words/index.js";

/** Where the values of an enumeration were first listed in a page: a later field that shares them points there. */
type Shown = Map<readonly EnumMember[], { field: string; key: string }>;

const MARKER = /<!-- schema:([a-z/-]+) -->\n[\s\S]*?<!-- \/schema -->/g;

/** A table cell: one line, and no `|` that would end it. */
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |\n`;
const header = (cells: readonly string[]) => row(cells) + `|${cells.map(() => "---|").join("")}\n`;
const code = (text: string) => `\`${text}\``;

/** The key of every table a page of the reference must hold: each kind, each nested block (`agreement/clause`), the authorities. */
export function schemaKeys(): string[] {
  return [...allBlocks().map((b) => b.key), "authorities"];
}

function blockAt(key: string): BlockSpec | undefined {
  const [kind, ...path] = key.split("/");
  let block: BlockSpec | undefined = KINDS.find((k) => k.name === kind);
  for (const name of path) block = block && nestedSpec(block, name);
  return block;
}

/** A reference's kinds in words: "service", "disclosure or receipt"; `many` for lists. */
function kindsWords(kinds: readonly string[], locale: Locale, many: boolean): string {
  const ws = kinds.map((k) => kindWord(k, locale, many ? 2 : 1));
  return many ? joinAnd(ws, locale) : ws.join(` ${words(locale).or} `);
}

/** What a field's value is, in words: "date", "list of services", "authority, date and reference". */
export function typeWords(spec: FieldSpec, locale: Locale): string {
  const T = words(locale).docs;
  const v: ValueType = spec.value;
  let type: string;
  switch (v.type) {
    case "ref":
      type = spec.list === "list" ? T.many(kindsWords(v.kinds, locale, true))
        : spec.list === "list-or-single" ? T.oneOrMany(kindsWords(v.kinds, locale, false), kindsWords(v.kinds, locale, true))
        : kindsWords(v.kinds, locale, false);
      break;
    case "enum": type = spec.list ? T.enumMany : T.enumOne; break;
    case "string": type = spec.list ? T.strings : T.string; break;
    case "text": type = T.text; break;
    case "date": type = T.date; break;
    case "bool": type = T.bool; break;
    case "approval": type = T.approval; break;
    case "dated": type = T.dated; break;
    case "rating": type = T.rating; break;
    case "country": type = T.country; break;
    case "code": type = v.what[locale]; break;
  }
  if (spec.none) type = T.orNone(type);
  return spec.repeatable ? `${type}; ${T.repeatable}` : type;
}

/** Whether and when a field is required, in words: "yes", "when `status: signed`". */
export function requiredWords(spec: FieldSpec, locale: Locale): string {
  const T = words(locale).docs;
  const r = spec.required;
  if (r === true) return T.yes;
  if (r && r.when) return T.requiredWhen(code(r.when.join(": ")));
  if (r && r.unless) return T.requiredUnless(r.unless.map((u) => code(u.join(": "))).join(` ${words(locale).or} `));
  return T.no;
}

/** Value, words and meaning; without the meaning column where no value has a doc (the words say it all). */
function valuesTable(values: readonly EnumMember[], locale: Locale): string {
  const T = words(locale).docs;
  const meaning = values.some((m) => m.doc);
  let out = header(meaning ? [T.value, T.inWords, T.meaning] : [T.value, T.inWords]);
  for (const m of values) {
    const cells = [code(m.name), m.term?.[locale] ?? ""];
    out += row(meaning ? [...cells, m.doc?.[locale] ?? ""] : cells);
  }
  return out;
}

/** The values an enumeration (or a rating) field takes, or where they were listed before. */
function valuesOf(spec: FieldSpec, key: string, locale: Locale, shown: Shown): string {
  const T = words(locale).docs;
  const values = spec.value.type === "enum" ? spec.value.values : spec.value.type === "rating" ? RATINGS : undefined;
  if (!values) return "";
  const before = shown.get(values);
  if (before) return `\n${T.sameValues(spec.name, before.field, code(before.key))}\n`;
  shown.set(values, { field: spec.name, key });
  return `\n${spec.value.type === "rating" ? T.ratings : T.valuesOf(spec.name)}\n\n${valuesTable(values, locale)}`;
}

/** The table of a kind or nested block: its fields and blocks, then the values of each enumeration among them. */
export function blockTable(block: BlockSpec, key: string, locale: Locale, shown: Shown = new Map()): string {
  const T = words(locale).docs;
  let out = header([T.field, T.type, T.required, T.meaning]);
  for (const f of block.fields) out += row([code(f.name), typeWords(f, locale), requiredWords(f, locale), f.doc[locale]]);
  for (const b of block.blocks) {
    const type = b.repeatable ? `${T.block[b.label]}; ${T.repeatable}` : T.block[b.label];
    out += row([code(b.name), type, T.no, b.doc[locale]]);
  }
  let rating = false;
  for (const f of block.fields) {
    // The criteria share one rating: its values are listed once, after the table.
    if (f.value.type === "rating") { if (!rating) out += valuesOf(f, key, locale, shown); rating = true; continue; }
    out += valuesOf(f, key, locale, shown);
  }
  return out;
}

/** The mandate ladder: every authority, its words, its rank (a deputy's is the one they stand in for) and meaning. */
export function authoritiesTable(locale: Locale): string {
  const T = words(locale).docs;
  const ladder = LADDER as readonly string[];
  let out = header([T.value, T.inWords, T.rank, T.meaning]);
  for (const a of AUTHORITIES) {
    const standsFor = Object.hasOwn(RANK_OF, a.name) ? RANK_OF[a.name] : undefined;
    const rank = standsFor ? T.ranksAs(authorityWord(standsFor, locale), ladder.indexOf(standsFor) + 1)
      : ladder.includes(a.name) ? String(ladder.indexOf(a.name) + 1) : T.outsideLadder;
    out += row([code(a.name), a.term?.[locale] ?? "", rank, a.doc?.[locale] ?? ""]);
  }
  return out;
}

/** The generated content for one marker key; throws on a key the schema does not know. */
export function schemaSection(key: string, locale: Locale, shown: Shown = new Map()): string {
  if (key === "authorities") return authoritiesTable(locale);
  const block = blockAt(key);
  if (!block) throw new Error(`<!-- schema:${key} -->: the schema has no kind or nested block '${key}'`);
  return blockTable(block, key, locale, shown);
}

/**
 * The page with every `<!-- schema:KEY -->` … `<!-- /schema -->` section generated anew from the
 * schema, in the page's language; the text around the markers is left as it is.
 */
export function fillSchemaTables(markdown: string, locale: Locale): string {
  const shown: Shown = new Map();
  return markdown.replace(MARKER, (_all, key: string) => `<!-- schema:${key} -->\n${schemaSection(key, locale, shown)}<!-- /schema -->`);
}

/** The marker keys a page holds, in order. */
export function markerKeys(markdown: string): string[] {
  return [...markdown.matchAll(MARKER)].map((m) => m[1]!);
}
