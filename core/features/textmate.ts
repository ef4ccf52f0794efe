// The TextMate grammar for editors that colour without a language server, built from the schema's kinds and values.
import { AUTHORITIES, BOOL_VALUES, KINDS, RATINGS, type BlockSpec } from "../model/schema/index.js";

const IDENT = "[A-Za-z_][A-Za-z0-9_-]*";
/** Identifiers may contain '-', so a word boundary is "not next to an identifier character". */
const word = (alternatives: Iterable<string>) => `(?<![A-Za-z0-9_-])(?:${[...new Set(alternatives)].sort().join("|")})(?![A-Za-z0-9_-])`;

function enumValues(block: BlockSpec, into: Set<string>): void {
  for (const f of block.fields) if (f.value.type === "enum") for (const m of f.value.values) into.add(m.name);
  for (const b of block.blocks) enumValues(b, into);
}

/** The grammar as a plain object, ready to be written as `entente.tmLanguage.json`. */
export function textmateGrammar(): object {
  const values = new Set<string>([...AUTHORITIES, ...RATINGS].map((m) => m.name));
  for (const k of KINDS) enumValues(k, values);
  const constants = [...BOOL_VALUES.map((m) => m.name), "none"];
  for (const c of constants) values.delete(c);
  return {
    name: "Entente",
    scopeName: "source.entente",
    fileTypes: ["entente"],
    patterns: [{ include: "#comments" }, { include: "#declaration" }, { include: "#block-head" }, { include: "#field" }, { include: "#values" }, { include: "#punctuation" }],
    repository: {
      comments: {
        patterns: [
          {
            name: "comment.line.double-slash.entente",
            begin: "//",
            end: "$",
            beginCaptures: { 0: { name: "punctuation.definition.comment.entente" } },
            patterns: [{
              match: `(entente-ignore(?:-file)?)(:)\\s*(${IDENT}(?:\\s*,\\s*${IDENT})*)`,
              captures: { 1: { name: "keyword.control.directive.entente" }, 2: { name: "punctuation.separator.entente" }, 3: { name: "constant.other.rule.entente" } },
            }],
          },
          { name: "comment.block.entente", begin: "/\\*", end: "\\*/", captures: { 0: { name: "punctuation.definition.comment.entente" } } },
        ],
      },
      // A declaration: its kind at the start of a line, then its name (keywords are contextual, so the kind alone is not enough).
      declaration: {
        match: `^\\s*(${KINDS.map((k) => k.name).join("|")})\\s+(${IDENT})(?=\\s*(?:"|\\{|$|//))`,
        captures: { 1: { name: "keyword.other.declaration.entente" }, 2: { name: "entity.name.type.entente" } },
      },
      "block-head": {
        match: `(${IDENT})(?:\\s+(${IDENT})|\\s+([0-9]+(?:\\.[0-9]+)*))?(?=\\s*(?:"[^"]*"\\s*)?\\{)`,
        captures: { 1: { name: "keyword.other.block.entente" }, 2: { name: "entity.name.section.entente" }, 3: { name: "constant.numeric.entente" } },
      },
      field: {
        match: `(${IDENT})\\s*(:)`,
        captures: { 1: { name: "variable.other.property.entente" }, 2: { name: "punctuation.separator.key-value.entente" } },
      },
      values: {
        patterns: [
          { include: "#text-block" },
          { include: "#string" },
          { name: "constant.other.date.entente", match: "(?<![A-Za-z0-9_-])[0-9]{4}-[0-9]{2}-[0-9]{2}(?![A-Za-z0-9_-])" },
          { name: "constant.numeric.entente", match: "(?<![A-Za-z0-9_-])[0-9]+(?:\\.[0-9]+)*(?![A-Za-z0-9_.-])" },
          { name: "constant.language.entente", match: word(constants) },
          { name: "support.constant.entente", match: word(values) },
          { name: "variable.other.constant.entente", match: `(?<![A-Za-z0-9_-])[A-Z][A-Z0-9_-]*(?![A-Za-z0-9_-])` },
        ],
      },
      "text-block": {
        name: "string.quoted.triple.entente",
        begin: '"""',
        end: '"""',
        captures: { 0: { name: "punctuation.definition.string.entente" } },
      },
      string: {
        name: "string.quoted.double.entente",
        begin: '"',
        end: '"|$',
        captures: { 0: { name: "punctuation.definition.string.entente" } },
        patterns: [
          { name: "constant.character.escape.entente", match: '\\\\(?:["\\\\nt]|u\\{[0-9A-Fa-f]{1,6}\\})' },
          { name: "invalid.illegal.escape.entente", match: "\\\\." },
        ],
      },
      punctuation: {
        patterns: [
          { name: "punctuation.section.block.begin.entente", match: "\\{" },
          { name: "punctuation.section.block.end.entente", match: "\\}" },
          { name: "punctuation.section.list.begin.entente", match: "\\[" },
          { name: "punctuation.section.list.end.entente", match: "\\]" },
          { name: "punctuation.separator.comma.entente", match: "," },
        ],
      },
    },
  };
}
