// Character codes the lexer compares against, and how it tells characters apart and names the ones it refuses.

/** UTF-16 code units the lexer tests for. */
export const enum C {
  Tab = 9, LF = 10, CR = 13, Space = 32, Quote = 34, Star = 42, Comma = 44, Minus = 45, Dot = 46,
  Slash = 47, D0 = 48, D9 = 57, Colon = 58, UA = 65, UZ = 90, LBracket = 91, Backslash = 92, RBracket = 93,
  Underscore = 95, La = 97, Lz = 122, LBrace = 123, RBrace = 125,
}

/**
 * Whether a surrogate pair starts at `at` and ends before `n`: a lone high surrogate is one character on its own,
 * so that an error's range never reaches past the text or swallows the character after it.
 */
export function startsPair(text: string, n: number, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && at + 1 < n && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
}

/** Describes a character the language does not allow, for an error message. */
export function describeCharacter(text: string, at: number): string {
  const cp = text.codePointAt(at) ?? 0;
  const hex = "U+" + cp.toString(16).toUpperCase().padStart(4, "0");
  if (cp === 0) return `NUL (${hex})`;
  if (cp === 0xa0) return `no-break space (${hex})`;
  if (cp === 0xfeff) return `byte-order mark (${hex})`;
  if (cp === 0xfffd) return `replacement character (${hex})`;
  if (cp < 32 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x2000 && cp <= 0x200f) || cp === 0x2028 || cp === 0x2029 || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) {
    return hex;
  }
  return `'${String.fromCodePoint(cp)}' (${hex})`;
}
