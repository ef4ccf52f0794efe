// The shape of the schema table: declaration kinds, their fields and nested blocks, value types and docs.

/** A one-line text in English and Dutch. */
export interface Doc {
  en: string;
  nl: string;
}

export interface EnumMember {
  name: string;
  doc?: Doc;
}

export type ValueType =
  | { type: "ref"; kinds: readonly string[] }
  | { type: "enum"; values: EnumMember[] }
  | { type: "string" }
  | { type: "text" }
  | { type: "date" }
  | { type: "bool" }
  /** `authority date ["reference"]` */
  | { type: "approval" }
  /** A criterion: `met|doubtful|not-met ["motivation"]` */
  | { type: "rating" }
  /** An ISO 3166-1 alpha-2 country code. */
  | { type: "country" }
  /** An identifier of a fixed form, such as an admiralty code `B2`. */
  | { type: "code"; pattern: RegExp; example: string; what: Doc };

/** `[field, value]`: the declaration has that field with that single value. */
export type FieldTest = [field: string, value: string];

export interface FieldSpec {
  name: string;
  doc: Doc;
  value: ValueType;
  /** `list`: written `[a, b]`; `list-or-single`: a list, or one value on its own. */
  list?: "list" | "list-or-single";
  /** The value may be the word `none` instead of a list (`onward: none`). */
  none?: boolean;
  repeatable?: boolean;
  /** Required always (`true`), or only when `when` holds / unless `unless` holds. */
  required?: boolean | { when?: FieldTest; unless?: FieldTest };
}

export interface BlockSpec {
  name: string;
  doc: Doc;
  /** What may follow the keyword: a name (`source S1`), a number (`clause 7`), or nothing. */
  label: "name" | "number" | "none";
  title: boolean;
  repeatable?: boolean;
  fields: FieldSpec[];
  blocks: BlockSpec[];
}

/** A top-level declaration kind; its label is always its name. */
export interface KindSpec extends BlockSpec {
  /** An act of cooperation: it has a date and counterpart services. */
  activity: boolean;
}
