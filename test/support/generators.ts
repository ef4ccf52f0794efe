// fast-check generators of documents: well-formed ones, mutations of them, and plain noise.
import fc from "fast-check";

const identStart = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_");
const identRest = fc.constantFrom(..."abcxyzABCXYZ019_-");
export const ident = fc.tuple(identStart, fc.array(identRest, { maxLength: 8 })).map(([h, t]) => h + t.join(""));

const stringChar = fc.oneof(
  fc.constantFrom("a", "b", " ", "é", "😀", "/", "*", "{", "}", ":", "'"),
  fc.constantFrom('\\"', "\\\\", "\\n", "\\t", "\\u{1F600}", "\\u{41}"),
);
const str = fc.array(stringChar, { maxLength: 10 }).map((cs) => `"${cs.join("")}"`);
const textBlock = fc.array(fc.constantFrom("line one", "  indented", "", "with \"quotes\"", "é😀"), { maxLength: 4 })
  .map((lines) => `"""\n${lines.map((l) => `    ${l}`).join("\n")}\n  """`);
const date = fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const num = fc.tuple(fc.nat(999), fc.option(fc.nat(99), { nil: undefined })).map(([a, b]) => (b === undefined ? `${a}` : `${a}.${b}`));
const atom = fc.oneof(ident, str, textBlock, date, num);
const list = fc.array(fc.array(fc.oneof(ident, str, date, num), { minLength: 1, maxLength: 2 }), { maxLength: 4 })
  .chain((items) => fc.boolean().map((trailing) => `[${items.map((i) => i.join(" ")).join(", ")}${trailing && items.length > 0 ? "," : ""}]`));
const value = fc.oneof({ weight: 4, arbitrary: atom }, { weight: 1, arbitrary: list });

const comment = fc.constantFrom("// note", "/* block */", "/* multi\n line */", "// entente-ignore: x -- y");
const ws = fc.constantFrom(" ", "  ", "\t", "\n", "\r\n", "\r", "\n\n");

type Block = { keyword: string; label?: string; title?: string; members: (Block | { key: string; values: string[] })[] };

const fieldArb = fc.record({ key: ident, values: fc.array(value, { minLength: 1, maxLength: 3 }) });

const blockArb: fc.Memo<Block> = fc.memo((depth) =>
  fc.record({
    keyword: ident,
    label: fc.option(fc.oneof(ident, num), { nil: undefined }),
    title: fc.option(str, { nil: undefined }),
    members: fc.array(depth > 1 ? fc.oneof({ weight: 4, arbitrary: fieldArb }, { weight: 1, arbitrary: blockArb(depth - 1) }) : fieldArb, { maxLength: 5 }),
  }),
);

const declaration = fc.record({
  keyword: ident, label: ident, title: fc.option(str, { nil: undefined }),
  members: fc.array(fc.oneof({ weight: 4, arbitrary: fieldArb }, { weight: 1, arbitrary: blockArb(3) }), { maxLength: 6 }),
});

function render(b: Block, sep: () => string): string {
  const head = [b.keyword, b.label, b.title].filter((x) => x !== undefined).join(" ");
  const body = b.members.map((m) => ("key" in m ? `${m.key}:${sep()}${m.values.join(sep())}` : render(m, sep))).join(sep());
  return `${head}${sep()}{${sep()}${body}${sep()}}`;
}

/** A well-formed document: the grammar must accept it without a single error. */
export const validDocument = fc.tuple(
  fc.array(declaration, { maxLength: 5 }),
  fc.array(ws, { minLength: 1, maxLength: 8 }),
  fc.array(comment, { maxLength: 3 }),
).map(([decls, seps, comments]) => {
  let k = 0;
  const sep = () => seps[k++ % seps.length]!;
  const body = decls.map((d) => render(d, sep)).join("\n");
  return comments.length > 0 ? `${comments.join("\n")}\n${body}` : body;
});

const snippet = fc.oneof(
  fc.constantFrom("{", "}", "[", "]", ":", ",", '"', '"""', "//", "/*", "*/", "\\", "\n", "\r", "\r\n", "\0", "\uFEFF",
    "😀", "é", "\uD800", "\u00A0", "2026-02-30", "2026-1-1", "4.", "x:", "a b {", "}}}", "{{{", "entente-ignore:"),
  ident, date, num,
);

/** One random edit of a text: a position, a length, a snippet, and what to do (cut, insert, duplicate, replace). */
export const mutation = fc.tuple(fc.nat(), fc.nat(20), snippet, fc.nat(3));
export type Mutation = [pos: number, len: number, snippet: string, op: number];

/** Applies a mutation; the position wraps around the text, so that any mutation fits any text. */
export function mutate(text: string, [pos, len, ins, op]: Mutation): string {
  const at = text.length === 0 ? 0 : pos % (text.length + 1);
  if (op === 0) return text.slice(0, at) + text.slice(at + len);
  if (op === 1) return text.slice(0, at) + ins + text.slice(at);
  if (op === 2) return text.slice(0, at) + text.slice(at, at + len) + text.slice(at);
  return text.slice(0, at) + ins + text.slice(at + len);
}

/** A well-formed document with a few random cuts, insertions and duplications. */
export const mutatedDocument = fc.tuple(validDocument, fc.array(mutation, { minLength: 1, maxLength: 5 }))
  .map(([doc, edits]) => edits.reduce(mutate, doc));

/** Arbitrary text, including lone surrogates and control characters. */
export const noise = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.array(snippet, { maxLength: 60 }).map((s) => s.join(" ")),
);
