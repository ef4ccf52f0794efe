// Checks a field's value sequence against its schema type and turns it into a typed value.
import { excerpt } from "../../grammar/excerpt.js";
import { itemEnd, itemStart, onlyValue, valueSpan, valuesOf, type Atom, type Field, type Value } from "../../grammar/syntax-tree.js";
import { INVALID, NONE, type Approval, type Dated, type Problem, type Rating } from "./bound.js";
import { parseDate } from "./dates.js";
import { AUTHORITIES, RATINGS, type FieldSpec, type ValueType } from "./schema/index.js";
import { COUNTRY_CODES } from "./schema/countries.js";
import { nearest } from "./suggest.js";

type Report = (p: Problem) => void;

const ATOM_NAMES: Record<string, string> = { ident: "name", string: "string", text: "text block", date: "date", number: "number" };

function invalid(report: Report, at: { start: number; end: number }, variant: string, args: Record<string, string>, replacement?: string): void {
  const p: Problem = { rule: "invalid-value", variant, args, start: at.start, end: at.end };
  if (replacement !== undefined) {
    p.replacement = replacement;
    args.suggestion = replacement;
  }
  report(p);
}

function found(a: Atom): string {
  return a.kind === "string" ? `"${excerpt(a.text)}"` : a.kind === "text" ? '"""…"""' : excerpt(a.text);
}

/** A right value written in quotes ("FR" for FR): reported with the name to write, and not taken as the value. */
function unquote(report: Report, a: Atom, field: string, name: string): undefined {
  invalid(report, a, "unquote", { name: field, value: found(a) }, name);
  return undefined;
}

/** A name, or a name in quotes ("FR" for FR): what a did-you-mean may offer to replace. */
function named(a: Atom): boolean {
  return a.kind === "ident" || a.kind === "string";
}

/** Checks one atom against a value type; reports and returns undefined when it does not fit. */
function checkAtom(type: ValueType, a: Atom, field: string, report: Report): unknown {
  if (a.kind === "date" && type.type !== "date" && type.type !== "string" && type.type !== "text") {
    invalid(report, a, "not-date", { name: field, found: a.text });
    return undefined;
  }
  switch (type.type) {
    case "date": {
      if (a.kind !== "date") {
        invalid(report, a, "date", { name: field, found: found(a), kind: ATOM_NAMES[a.kind]! });
        return undefined;
      }
      const d = parseDate(a.text);
      if (typeof d === "string") {
        report({ rule: "invalid-date", variant: d, args: { text: a.text }, start: a.start, end: a.end });
        return undefined;
      }
      return d.day;
    }
    case "string":
    case "text":
      if (a.kind === "string" || (a.kind === "text" && type.type === "text")) return a.text;
      if (a.kind === "text") invalid(report, a, "text-block", { name: field });
      else invalid(report, a, "quote", { name: field, value: excerpt(a.text) }, JSON.stringify(a.text));
      return undefined;
    case "bool":
      if (a.kind === "ident" && (a.text === "yes" || a.text === "no")) return a.text === "yes";
      invalid(report, a, "bool", { name: field, value: found(a) }, a.kind === "ident" ? boolGuess(a.text) : undefined);
      return undefined;
    case "enum": {
      // The common case, a valid value, is found without making the list of names (every enum atom of a register passes here).
      if (a.kind === "ident") for (const v of type.values) if (v.name === a.text) return a.text;
      if (a.kind === "string" && type.values.some((v) => v.name === a.text.trim())) return unquote(report, a, field, a.text.trim());
      const names = type.values.map((v) => v.name);
      invalid(report, a, "enum", { name: field, value: found(a), allowed: names.join(", ") }, named(a) ? nearest(a.text.trim(), names) : undefined);
      return undefined;
    }
    case "ref":
      if (a.kind === "ident") return a;
      invalid(report, a, "ref", { name: field, kinds: type.kinds.join(" or "), found: found(a) });
      return undefined;
    case "country":
      if (a.kind === "ident" && COUNTRY_CODES.has(a.text)) return a.text;
      if (a.kind === "string" && COUNTRY_CODES.has(a.text.trim().toUpperCase())) return unquote(report, a, field, a.text.trim().toUpperCase());
      invalid(report, a, "country", { value: found(a) }, named(a) && COUNTRY_CODES.has(a.text.trim().toUpperCase()) ? a.text.trim().toUpperCase() : undefined);
      return undefined;
    case "code":
      if (a.kind === "ident" && type.pattern.test(a.text)) return a.text;
      if (a.kind === "string" && type.pattern.test(a.text.trim().toUpperCase())) return unquote(report, a, field, a.text.trim().toUpperCase());
      invalid(report, a, "code", { name: field, value: found(a), what: type.what.en, whatNl: type.what.nl, example: type.example },
        named(a) && type.pattern.test(a.text.trim().toUpperCase()) ? a.text.trim().toUpperCase() : undefined);
      return undefined;
    case "approval":
    case "rating":
    case "dated":
      return undefined; // sequences: see checkSequence
  }
}

function boolGuess(text: string): string | undefined {
  const t = text.toLowerCase();
  if (["true", "ja", "y", "on"].includes(t)) return "yes";
  if (["false", "nee", "n", "off"].includes(t)) return "no";
  return nearest(text, ["yes", "no"]);
}

const RATING_TYPE: ValueType = { type: "enum", values: RATINGS };
const AUTHORITY_TYPE: ValueType = { type: "enum", values: AUTHORITIES };
const DATE_TYPE: ValueType = { type: "date" };

/** A sequence's atoms (the field's values themselves); undefined, reported, when a list stands among them. */
function atomsOf(spec: FieldSpec, field: Field, report: Report): Atom[] | undefined {
  const values = valuesOf(field);
  if (values.every((v) => v.kind !== "list")) return values as Atom[];
  invalid(report, valueSpan(field)!, "no-list", { name: spec.name });
  return undefined;
}

/** Approvals and ratings are sequences of atoms: `director 2026-03-02 "ref"`, `met "motivation"`. */
function checkSequence(spec: FieldSpec, field: Field, report: Report): unknown {
  const atoms = atomsOf(spec, field, report);
  if (!atoms) return undefined;
  const [head, second, third] = atoms;
  // An approval is at most three atoms, a rating two: what follows is one mistake.
  const extra = spec.value.type === "approval" ? 3 : 2;
  if (atoms.length > extra) {
    invalid(report, { start: atoms[extra]!.start, end: atoms[atoms.length - 1]!.end }, `${spec.value.type}-form`, { name: spec.name });
    return undefined;
  }
  if (spec.value.type === "rating") {
    const rating = checkAtom(RATING_TYPE, head!, spec.name, report) as string | undefined;
    if (rating === undefined) return undefined;
    if (second && second.kind !== "string" && second.kind !== "text") {
      invalid(report, second, "quote", { name: spec.name, value: excerpt(second.text) }, JSON.stringify(second.text));
      return undefined;
    }
    return { rating, motivation: second ? second.text : null } satisfies Rating;
  }
  const authority = checkAtom(AUTHORITY_TYPE, head!, spec.name, report) as string | undefined;
  if (authority === undefined) return undefined;
  if (!second || second.kind !== "date") {
    invalid(report, second ?? head!, "approval-date", { authority });
    return undefined;
  }
  const date = checkAtom(DATE_TYPE, second, spec.name, report);
  if (date === undefined) return undefined;
  if (third && third.kind !== "string") {
    invalid(report, third, "quote", { name: spec.name, value: excerpt(third.text) }, JSON.stringify(third.text));
    return undefined;
  }
  return { authority, date: date as number, reference: third ? third.text : null } satisfies Approval;
}

/** `date ["reference"]`: a date, then optionally the reference as a string. */
function checkDated(spec: FieldSpec, field: Field, report: Report): Dated | undefined {
  const atoms = atomsOf(spec, field, report);
  if (!atoms) return undefined;
  const [first, second] = atoms;
  if (atoms.length > 2) {
    invalid(report, { start: atoms[2]!.start, end: atoms[atoms.length - 1]!.end }, "dated-form", { name: spec.name });
    return undefined;
  }
  const date = checkAtom(DATE_TYPE, first!, spec.name, report) as number | undefined;
  if (date === undefined) return undefined;
  if (second && second.kind !== "string") {
    invalid(report, second, "quote", { name: spec.name, value: second.text }, JSON.stringify(second.text));
    return undefined;
  }
  return { date, reference: second ? second.text : null };
}

/** Placeholders that fixes insert where only a person can supply the fact. */
export const PLACEHOLDER_DATE = "YYYY-MM-DD";
export const PLACEHOLDER_TEXT = "TODO:";

function isPlaceholder(a: Atom): boolean {
  return (a.kind === "ident" && a.text === PLACEHOLDER_DATE) || ((a.kind === "string" || a.kind === "text") && a.text.startsWith(PLACEHOLDER_TEXT));
}

function placeholderIn(v: Value): Atom | undefined {
  if (v.kind !== "list") return isPlaceholder(v) ? v : undefined;
  for (const item of v.items) {
    if (!Array.isArray(item)) {
      if (isPlaceholder(item)) return item;
    } else for (const a of item) if (isPlaceholder(a)) return a;
  }
  return undefined;
}

function firstPlaceholder(held: Field["value"]): Atom | undefined {
  if (!Array.isArray(held)) return placeholderIn(held);
  for (const v of held) {
    const p = placeholderIn(v);
    if (p) return p;
  }
  return undefined;
}

/**
 * Checks a field's values against its spec; returns the typed value (see bound.ts), or INVALID. Run
 * for every field of a register, so the common shapes (one value, a list of names) make no array of
 * their own beyond the typed list.
 */
export function checkField(spec: FieldSpec, field: Field, report: Report): unknown {
  if (Array.isArray(field.value) && field.value.length === 0) return INVALID; // reported by the parser
  const placeholder = firstPlaceholder(field.value);
  if (placeholder) {
    invalid(report, placeholder, placeholder.kind === "ident" ? "placeholder-date" : "placeholder-text", { name: spec.name });
    return INVALID;
  }
  if (spec.value.type === "approval" || spec.value.type === "rating") return checkSequence(spec, field, report) ?? INVALID;
  if (spec.value.type === "dated") return checkDated(spec, field, report) ?? INVALID;
  const single = onlyValue(field);
  if (spec.none && single && single.kind === "ident" && single.text === "none") return NONE;
  if (!spec.list) {
    if (single === undefined || single.kind === "list") {
      invalid(report, valueSpan(field)!, single ? "no-list" : "single", { name: spec.name, count: String(valuesOf(field).length) });
      return INVALID;
    }
    return checkAtom(spec.value, single, spec.name, report) ?? INVALID;
  }
  // A list field: `[a, b]`, or a lone name where the schema allows it.
  if (single && single.kind === "list") {
    for (const item of single.items) {
      if (Array.isArray(item)) {
        invalid(report, { start: itemStart(item), end: itemEnd(item) }, "list-item", { name: spec.name }, item.map((a) => a.text).join(", "));
        return INVALID;
      }
    }
    return checkList(spec, single.items as Atom[], report);
  }
  if (single !== undefined && spec.list !== "list") return checkList(spec, [single], report); // a lone name where the schema allows one
  const values = valuesOf(field);
  const plain = values.filter((v): v is Atom => v.kind !== "list");
  const text = plain.map((a) => (a.kind === "string" ? JSON.stringify(a.text) : a.text)).join(", ");
  invalid(report, valueSpan(field)!, "write-list", { name: spec.name, list: `[${text}]` }, plain.length === values.length ? `[${text}]` : undefined);
  return INVALID;
}

/**
 * A list's typed values, in an array of exactly their number: the field keeps it for good, and an array
 * grown by pushing keeps room for 17 (a register's 66,000 list fields, most of one entry, lost 8 MB to it).
 */
function checkList(spec: FieldSpec, atoms: readonly Atom[], report: Report): unknown {
  const typed = new Array<unknown>(atoms.length);
  let ok = true;
  for (let i = 0; i < atoms.length; i++) {
    const v = checkAtom(spec.value, atoms[i]!, spec.name, report);
    if (v === undefined) ok = false;
    else typed[i] = v;
  }
  return ok ? typed : INVALID;
}
