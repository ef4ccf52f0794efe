// Syntax error messages in English and Dutch, written for drafters rather than for parser authors.
import { excerpt } from "./excerpt.js";
import type { SyntaxError } from "./syntax-tree.js";

export type Locale = "en" | "nl";

type Args = Record<string, string>;
type Template = (a: Args) => string;

const found: Record<Locale, (a: Args) => string> = {
  en: (a) => {
    switch (a.found) {
      case "Ident": return `the name '${a.image}'`;
      case "String": return `the string ${a.image}`;
      case "TextBlock": return "a text block";
      case "Date": return `the date ${a.image}`;
      case "Number": return `the number ${a.image}`;
      case "EOF": return "the end of the file";
      default: return `'${a.image}'`;
    }
  },
  nl: (a) => {
    switch (a.found) {
      case "Ident": return `de naam '${a.image}'`;
      case "String": return `de tekst ${a.image}`;
      case "TextBlock": return "een tekstblok";
      case "Date": return `de datum ${a.image}`;
      case "Number": return `het getal ${a.image}`;
      case "EOF": return "het einde van het bestand";
      default: return `'${a.image}'`;
    }
  },
};

const capital = (s: string) => (s.startsWith("'") ? s : s[0]!.toUpperCase() + s.slice(1));

const en: Record<string, Template> = {
  "unexpected-character": (a) => `Unexpected character ${a.char}: it is not part of the language. Remove it, or put the text in quotes.`,
  "unterminated-string": () => `This string is not closed: add '"' before the end of the line. A string cannot span lines; use a text block ("""…""") for longer text.`,
  "invalid-escape": (a) => `Unknown escape '${a.escape}'. A string may contain \\", \\\\, \\n, \\t and \\u{…}; write \\\\ for a backslash.`,
  "invalid-unicode-escape": (a) => `Invalid Unicode escape '${a.escape}': write \\u{…} with 1 to 6 hexadecimal digits naming a valid code point.`,
  "unterminated-text-block": () => `This text block is not closed: add """ where its text ends.`,
  "unterminated-comment": () => `This comment is not closed: add */ where it ends.`,
  "field-outside-block": (a) => `The field '${a.name}' stands outside any declaration: move it inside the braces { … } of the declaration it belongs to.`,
  "expected-declaration": (a) => `Expected a declaration such as 'service NAME { … }', but found ${found.en(a)}.`,
  "unexpected-close-brace": () => `Unexpected '}': no block is open here. Remove it, or add the '{' it was meant to close.`,
  "number-as-name": (a) => `The name of a '${a.kind}' must begin with a letter, not a digit ('${a.image}').`,
  "expected-name": (a) => `Expected a name after '${a.kind}', as in '${a.kind} NAME { … }'.`,
  "expected-open-brace": (a) => `Expected '{' after '${a.header}' to open its block.`,
  "expected-close-brace": (a) => `Expected '}' to close the block '${a.header}' opened on line ${a.line}.`,
  "expected-colon": (a) => `Expected ':' after the field name '${a.name}'.`,
  "expected-value": (a) => `Expected a value after '${a.name}:'.`,
  "expected-field-name": () => `Expected a field name before ':'.`,
  "unexpected-token": (a) => `${capital(found.en(a))} cannot stand here: a block holds fields ('name: value') and nested blocks.`,
  "expected-close-bracket": (a) => `Expected ']' to close the list opened on line ${a.line}.`,
  "nested-list": () => `Lists cannot be nested: remove this '['.`,
  "empty-list-entry": () => `Empty list entry: remove the extra ','.`,
  "nesting-too-deep": (a) => `Blocks are nested more than ${a.max} levels deep; the content of this block is skipped and not checked.`,
  "too-many-errors": (a) => `Too many syntax errors: ${a.count} more are not reported. Fix the ones above first.`,
  "invalid-utf8": (a) => `This file is not valid UTF-8 (the first invalid byte is at byte offset ${a.offset}); the invalid bytes are shown as '\uFFFD'. Save the file as UTF-8.`,
  "parser-exception": (a) => `Did not expect ${found.en(a)} here.`,
  "internal-error": (a) => `Entente could not parse this file because of an internal error: "${a.detail}". Please report it; the file itself is unchanged.`,
};

const nl: Record<string, Template> = {
  "unexpected-character": (a) => `Onverwacht teken ${a.char}: dit maakt geen deel uit van de taal. Verwijder het, of zet de tekst tussen aanhalingstekens.`,
  "unterminated-string": () => `Deze tekst is niet afgesloten: zet een '"' vóór het einde van de regel. Een tekst tussen aanhalingstekens kan niet over meerdere regels lopen; gebruik voor langere tekst een tekstblok ("""…""").`,
  "invalid-escape": (a) => `Onbekende escape '${a.escape}'. Een tekst mag \\", \\\\, \\n, \\t en \\u{…} bevatten; schrijf \\\\ voor een backslash.`,
  "invalid-unicode-escape": (a) => `Ongeldige Unicode-escape '${a.escape}': schrijf \\u{…} met 1 tot 6 hexadecimale cijfers die een geldig codepunt aanduiden.`,
  "unterminated-text-block": () => `Dit tekstblok is niet afgesloten: zet """ waar de tekst eindigt.`,
  "unterminated-comment": () => `Dit commentaar is niet afgesloten: zet */ waar het eindigt.`,
  "field-outside-block": (a) => `Het veld '${a.name}' staat buiten een declaratie: plaats het binnen de accolades { … } van de declaratie waartoe het behoort.`,
  "expected-declaration": (a) => `Hier werd een declaratie verwacht, zoals 'service NAAM { … }', maar er staat ${found.nl(a)}.`,
  "unexpected-close-brace": () => `Onverwachte '}': hier is geen blok geopend. Verwijder deze, of voeg de '{' toe die ermee gesloten moest worden.`,
  "number-as-name": (a) => `De naam van een '${a.kind}' moet met een letter beginnen, niet met een cijfer ('${a.image}').`,
  "expected-name": (a) => `Na '${a.kind}' wordt een naam verwacht, zoals in '${a.kind} NAAM { … }'.`,
  "expected-open-brace": (a) => `Na '${a.header}' wordt een '{' verwacht die het blok opent.`,
  "expected-close-brace": (a) => `Er ontbreekt een '}' om het blok '${a.header}' te sluiten dat op regel ${a.line} is geopend.`,
  "expected-colon": (a) => `Na de veldnaam '${a.name}' wordt een ':' verwacht.`,
  "expected-value": (a) => `Na '${a.name}:' wordt een waarde verwacht.`,
  "expected-field-name": () => `Vóór ':' wordt een veldnaam verwacht.`,
  "unexpected-token": (a) => `${capital(found.nl(a))} kan hier niet staan: een blok bevat velden ('naam: waarde') en geneste blokken.`,
  "expected-close-bracket": (a) => `Er ontbreekt een ']' om de lijst te sluiten die op regel ${a.line} is geopend.`,
  "nested-list": () => `Lijsten kunnen niet genest worden: verwijder deze '['.`,
  "empty-list-entry": () => `Lege plaats in de lijst: verwijder de overbodige ','.`,
  "nesting-too-deep": (a) => `Blokken zijn meer dan ${a.max} niveaus diep genest; de inhoud van dit blok wordt overgeslagen en niet gecontroleerd.`,
  "too-many-errors": (a) => `Te veel syntaxfouten: nog ${a.count} worden niet gemeld. Herstel eerst de bovenstaande.`,
  "invalid-utf8": (a) => `Dit bestand is geen geldige UTF-8 (de eerste ongeldige byte staat op byte-positie ${a.offset}); de ongeldige bytes worden getoond als '\uFFFD'. Sla het bestand op als UTF-8.`,
  "parser-exception": (a) => `Hier werd ${found.nl(a)} niet verwacht.`,
  "internal-error": (a) => `Entente kon dit bestand door een interne fout niet ontleden: "${a.detail}". Meld dit alstublieft; het bestand zelf is niet gewijzigd.`,
};

const catalogues: Record<Locale, Record<string, Template>> = { en, nl };

/** The ids of all syntax messages, for tests that check every one exists in both languages. */
export const syntaxMessageIds: readonly string[] = Object.keys(en);

export function syntaxMessage(error: Pick<SyntaxError, "id" | "args">, locale: Locale = "en"): string {
  const template = catalogues[locale][error.id] ?? catalogues.en[error.id];
  if (!template) return error.id;
  // Whatever an error quotes from the file (a name, a header, an escape) is shown short and made
  // visible here, once for every caller: the lexer and the grammar quote what they met as it was.
  const shown: Args = {};
  for (const [k, v] of Object.entries(error.args)) shown[k] = excerpt(v, MAX_QUOTE);
  return template(shown);
}

/** The longest text a syntax error quotes: a keyword and a name, with room to spare. */
const MAX_QUOTE = 80;
