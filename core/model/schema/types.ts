// The shape of the schema table: declaration kinds, their fields and nested blocks, value types, words and docs.

/** A one-line text in English and Dutch. */
export interface Doc {
  en: string;
  nl: string;
}

/** How a value is named in running text, in English and Dutch ("persoonsgegevens", not `personal`). */
export type Term = Doc;

export interface EnumMember {
  name: string;
  doc?: Doc;
  /** The value in words, for messages and reports; without one, messages quote the value as written. */
  term?: Term;
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
  | { type: "code"; pattern: RegExp; example: string; what: Doc }
  /** `date ["reference"]`: something that happened on a day, with its reference (a review by the Ministry). */
  | { type: "dated" };

/** `[field, value]`: the declaration has that field with that single value. */
export type FieldTest = [field: string, value: string];

export interface FieldSpec {
  name: string;
  doc: Doc;
  value: ValueType;
  /** The field in words, where messages name what it records rather than the field ("human rights"). */
  term?: Term;
  /** A sample value: a snippet writes a text field with one as a text block holding it. */
  example?: string;
  /** `list`: written `[a, b]`; `list-or-single`: a list, or one value on its own. */
  list?: "list" | "list-or-single";
  /** The value may be the word `none` instead of a list (`onward: none`). */
  none?: boolean;
  repeatable?: boolean;
  /** Required always (`true`), or only when `when` holds / unless one of `unless` holds. */
  required?: boolean | { when?: FieldTest; unless?: readonly FieldTest[] };
}

/**
 * How the outline shows a block: one of the symbol kinds editors know (the language server maps
 * the name to its protocol number).
 */
export type SymbolName =
  | "Class" | "Interface" | "Namespace" | "Constructor" | "Event" | "Method" | "Function" | "Module"
  | "Object" | "Field" | "String" | "Struct" | "Variable" | "Key" | "Array";

/** One instance of a repeatable nested block that a declaration's snippet writes out (an agreement's usual clauses). */
export interface SnippetInstance {
  label: string;
  title: string;
  /** Field values written as they are; the other fields of the block's snippet get tab stops. */
  values: Record<string, string>;
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
  /** How the outline shows the block. */
  symbol: SymbolName;
  /**
   * The members a snippet of the block writes, in the order a drafter fills them in (field and
   * nested block names); without it, the required fields.
   */
  snippet?: readonly string[];
  /** For a repeatable nested block: the instances a snippet writes (without it, one). */
  snippetInstances?: readonly SnippetInstance[];
}

/** A declaration kind in words: one and many, in English and Dutch. */
export interface KindWords {
  en: { one: string; many: string };
  nl: { one: string; many: string };
}

/** A top-level declaration kind; its label is always its name. */
export interface KindSpec extends BlockSpec {
  words: KindWords;
  /** An act of cooperation: it has a date and counterpart services. */
  activity: boolean;
  /** Substantive cooperation (disclosure, request, support, operation): the weighing and agreement rules apply. */
  substantive?: boolean;
  /** For an activity: the reference fields that name its counterpart services (docs/language.md, "Activities"). */
  counterparts?: readonly string[];
  /** For a record about services (assessment, agreement, liaison): the reference fields that name them. */
  about?: readonly string[];
  /** The field that lists the data the declaration gives away (`data` of a disclosure, `provides` of a request). */
  data?: string;
}
