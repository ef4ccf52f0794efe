// Lexing of a single-line string: its escapes, its decoded value and the errors of a string left open.
import { addError, type ErrorList } from "./error-list.js";
import { C, startsPair } from "./characters.js";

/**
 * Lexes a single-line string starting at the quote at `start`, in a text that ends at `n`, and returns the offset after it.
 * The decoded value is recorded only when it differs from the text between the quotes.
 */
export function lexString(text: string, n: number, start: number, errors: ErrorList, index: number, decoded: Map<number, string>): number {
  let i = start + 1;
  let value = "";
  let chunk = i; // start of the run of plain characters not yet copied into value
  let escaped = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === C.Quote) {
      if (escaped) decoded.set(index, value + text.slice(chunk, i));
      return i + 1;
    }
    if (c === C.LF || c === C.CR) break;
    if (c !== C.Backslash) { i++; continue; }
    escaped = true;
    value += text.slice(chunk, i);
    const e = text.charCodeAt(i + 1);
    if (e === C.Quote || e === C.Backslash) { value += text[i + 1]; i += 2; }
    else if (e === 110 /* n */) { value += "\n"; i += 2; }
    else if (e === 116 /* t */) { value += "\t"; i += 2; }
    else if (e === 117 /* u */ && text.charCodeAt(i + 2) === 123 /* { */) {
      const close = text.indexOf("}", i + 3);
      const hex = close < 0 || close - i > 10 ? "" : text.slice(i + 3, close);
      const cp = /^[0-9A-Fa-f]{1,6}$/.test(hex) ? parseInt(hex, 16) : -1;
      if (cp >= 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
        value += String.fromCodePoint(cp);
        i = close + 1;
      } else {
        const end = hex === "" ? i + 3 : close + 1;
        addError(errors, { id: "invalid-unicode-escape", args: { escape: text.slice(i, end) }, start: i, end });
        value += text.slice(i, end);
        i = end;
      }
    } else if (i + 1 >= n || e === C.LF || e === C.CR) {
      i++;
    } else {
      const end = i + (startsPair(text, n, i + 1) ? 3 : 2);
      addError(errors, { id: "invalid-escape", args: { escape: text.slice(i, end) }, start: i, end });
      value += text.slice(i + 1, end);
      i = end;
    }
    chunk = i;
  }
  // A title left open before its block (`service X "Title {`): end the string before the `{`,
  // so that the block still opens and one error is reported instead of a cascade.
  let end = i;
  let k = i;
  while (k > start + 1 && (text.charCodeAt(k - 1) === C.Space || text.charCodeAt(k - 1) === C.Tab)) k--;
  if (k > start + 1 && text.charCodeAt(k - 1) === C.LBrace && k - 1 >= chunk) end = k - 1;
  decoded.set(index, value + text.slice(chunk, end).trimEnd());
  addError(errors, { id: "unterminated-string", args: {}, start, end });
  return end;
}
