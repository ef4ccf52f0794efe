// Turns a file's bytes into text: strips a byte-order mark and locates invalid UTF-8 instead of failing.
import { isUtf8 } from "node:buffer";
import type { FileModel } from "./bound.js";

export interface Decoded {
  text: string;
  /** Whether the bytes began with a UTF-8 byte-order mark (not part of the text). */
  bom: boolean;
  /** Set when the bytes are not valid UTF-8; the text then holds U+FFFD for the invalid bytes. */
  readError?: NonNullable<FileModel["readError"]>;
}

/** Byte offset of the first invalid UTF-8 sequence (bytes are known to be invalid). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    if (len > 1 && !isUtf8(bytes.subarray(i, i + len))) return i; // overlong forms and surrogates
    i += len;
  }
  return bytes.length;
}

/**
 * What `decode` gives for a file whose bytes Node has already decoded as UTF-8 (a call that makes no buffer); undefined
 * when the text holds U+FFFD, which may stand for invalid bytes that only the bytes can tell apart and place.
 */
export function decodedText(text: string): Decoded | undefined {
  if (text.includes("\uFFFD")) return undefined;
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false };
}

export function decode(bytes: Uint8Array): Decoded {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8");
  if (isUtf8(body)) return { text, bom };
  const at = firstInvalidByte(body);
  const offset = Buffer.from(body.buffer, body.byteOffset, at).toString("utf8").length;
  return { text, bom, readError: { id: "invalid-utf8", args: { offset: String(at + (bom ? 3 : 0)) }, start: offset, end: offset + 1 } };
}
