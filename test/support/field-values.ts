// Values for a field drawn from its schema entry, mostly valid, so that an edit changes what rules decide rather than only raising errors.
import fc from "fast-check";
import { AUTHORITIES, CRITERIA, RATINGS, type FieldSpec } from "../../core/model/schema/index.js";
import { formatDay, parseDate } from "../../core/model/dates.js";

/** The names declared in the workspace, by kind; references are mostly drawn from them. */
export type Declared = ReadonlyMap<string, readonly string[]>;

/** Fields whose values decide findings in other files: the own service, statuses, dates, permits, parties, counterparts. */
export const CROSS_FILE: ReadonlySet<string> = new Set([
  "own", "type", "relationship", "country", "refuses-agreement", "service", "date", "permits", "review-by", "approval",
  "status", "signed", "expires", "parties", "covers", "ad-hoc", "to", "end-recipient", "with", "from", ...CRITERIA,
]);

/** Draws one value from a list (fast-check shrinks the index towards the first). */
export function pick<T>(g: fc.GeneratorValue, items: readonly T[]): T {
  return items[g(fc.nat, { max: items.length - 1 })]!;
}

/** True about once in `n` draws. */
export function oneIn(g: fc.GeneratorValue, n: number): boolean {
  return g(fc.nat, { max: n - 1 }) === 0;
}

const AROUND = parseDate("2026-06-01") as { day: number };
const FRESH_NAMES = ["ZULU", "ALPHA-2027", "NEW-SERVICE"];
const COUNTRIES = ["NL", "XA", "XB", "XD", "XE", "XS", "XT", "XU"];

/** Dates within about three years of the test's "today", unless strict sometimes one the calendar does not have. */
function dateText(g: fc.GeneratorValue, strict: boolean): string {
  if (!strict && oneIn(g, 12)) return pick(g, ["2026-02-30", "YYYY-MM-DD", "2026-6-1"]);
  return formatDay(AROUND.day + g(fc.integer, { min: -1100, max: 1100 }));
}

function refName(g: fc.GeneratorValue, kinds: readonly string[], declared: Declared): string {
  const fitting = kinds.flatMap((k) => declared.get(k) ?? []);
  if (fitting.length > 0 && !oneIn(g, 6)) return pick(g, fitting);
  const any = [...declared.values()].flat();
  return any.length > 0 && !oneIn(g, 3) ? pick(g, any) : pick(g, FRESH_NAMES);
}

/** One value of the field's type, as written in a document. */
function single(g: fc.GeneratorValue, spec: FieldSpec, declared: Declared, strict: boolean): string {
  const v = spec.value;
  switch (v.type) {
    case "ref": return refName(g, v.kinds, declared);
    case "enum": return pick(g, v.values).name;
    case "string": case "text": return pick(g, ['"Counter-piracy"', '"Force protection"', '"""\n    A note.\n  """']);
    case "date": return dateText(g, strict);
    case "bool": return pick(g, ["yes", "no"]);
    case "approval": return `${pick(g, AUTHORITIES).name} ${dateText(g, strict)} "REF/${g(fc.nat, { max: 99 })}"`;
    case "rating": return `${pick(g, RATINGS).name} "Motivated."`;
    case "country": return pick(g, COUNTRIES);
    case "code": return v.example;
    case "dated": return `${dateText(g, strict)} "REF/${g(fc.nat, { max: 99 })}"`;
  }
}

/** A value for the field: a list where the field takes one, now and then `none`, and unless strict a value of the wrong type. */
export function fieldValue(g: fc.GeneratorValue, spec: FieldSpec, declared: Declared, strict = false): string {
  if (!strict && oneIn(g, 20)) return pick(g, ['"wrong"', "2026-01-01", "maybe"]);
  if (spec.none && oneIn(g, 4)) return "none";
  const asList = spec.list === "list" || (spec.list === "list-or-single" && g(fc.boolean));
  if (!asList) return single(g, spec, declared, strict);
  const items = Array.from({ length: g(fc.nat, { max: 3 }) }, () => single(g, spec, declared, strict));
  return `[${[...new Set(items)].join(", ")}]`;
}
