// A report's bytes written straight into buffers, for the formats whose reports run to tens of megabytes.
import type { Range } from "../../core/model/diagnostic.js";

/**
 * Characters after which a string's JSON is no longer the string between quotes: the quote, the backslash and
 * the control characters, which `JSON.stringify` escapes, and any surrogate, of which it escapes a lone one.
 */
const NOT_PLAIN = /["\\\u0000-\u001f\ud800-\udfff]/;

/** Text that is ASCII, as bytes (the fixed parts of a format's layout). */
export const ascii = (text: string): Uint8Array => Buffer.from(text, "latin1");

const NO_BATCHES: readonly Uint8Array[] = Object.freeze([]);
const TRUE = ascii("true");
const FALSE = ascii("false");
const NULL = ascii("null");
const EMPTY_LIST = ascii("[]");
const EMPTY_OBJECT = ascii("{}");
const BRACKET = ascii("[");
const CLOSE_BRACKET = ascii("]");
const BRACE = ascii("{");
const CLOSE_BRACE = ascii("}");
const COMMA = ascii(",");

/** A line break and the indentation of `depth` levels of two spaces, as `JSON.stringify(value, null, 2)` writes them. */
const breaks: Uint8Array[] = [];
const lineAt = (depth: number): Uint8Array => (breaks[depth] ??= ascii(`\n${"  ".repeat(depth)}`));

/** A key's line in an object `depth` levels in: the line break, the indentation, the key as JSON, a colon and a space; made once. */
const keyLines: Map<string, Uint8Array>[] = [];
function keyLine(depth: number, key: string): Uint8Array {
  const lines = (keyLines[depth] ??= new Map());
  let bytes = lines.get(key);
  if (!bytes) lines.set(key, (bytes = Buffer.concat([lineAt(depth + 1), Buffer.from(`${JSON.stringify(key)}: `, "utf8")])));
  return bytes;
}

/** Whether `JSON.stringify` leaves a value out of an object. */
const leftOut = (v: unknown) => v === undefined || typeof v === "function" || typeof v === "symbol";

/**
 * Fills buffers of about `size` bytes and hands each on (`full`) once the next write does not fit, never to write
 * it again, so a reader may keep it. A report made as text piece by piece costs more than its bytes: every piece
 * is a string joined to the next, then copied flat, then encoded (the JSON of 68,000 findings: 95 MB made for
 * 36 MB written; the SARIF log's results, laid out by `JSON.stringify` and then encoded, a third of its lint).
 */
export class ByteBatches {
  private buffer: Buffer;
  private at = 0;
  private done: Uint8Array[] = [];

  /**
   * `size`: a log written beside the report (`--sarif-output`) runs ahead of it by up to a batch, and the files it
   * took wait for the report with their findings; at 32 KB that is a file or two (the dirty register's peak with
   * the log: 113 MB, as before; 64 KB: 120 MB; 256 KB: 141–158 MB).
   */
  constructor(private readonly size = 1 << 15) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  /** Room for `most` bytes more, in a fresh buffer when the present one has too little. */
  private room(most: number): void {
    if (this.at + most <= this.buffer.length) return;
    if (this.at > 0) this.done.push(this.buffer.subarray(0, this.at));
    this.buffer = Buffer.allocUnsafe(Math.max(this.size, most));
    this.at = 0;
  }

  /** The batches filled since the last asking, in order. */
  full(): readonly Uint8Array[] {
    if (this.done.length === 0) return NO_BATCHES;
    const done = this.done;
    this.done = [];
    return done;
  }

  /** Every batch not yet given, the one being filled too; the next bytes go after them, in the same buffer. */
  all(): readonly Uint8Array[] {
    if (this.at > 0) {
      this.done.push(this.buffer.subarray(0, this.at));
      this.buffer = this.buffer.subarray(this.at);
      this.at = 0;
    }
    return this.full();
  }

  bytes(b: Uint8Array): void {
    const n = b.length;
    this.room(n);
    // Most are a few bytes (a comma, a line's indentation, a key): a loop, as `set` is a call that costs more.
    if (n <= 32) {
      const buffer = this.buffer;
      const at = this.at;
      for (let i = 0; i < n; i++) buffer[at + i] = b[i]!;
    } else this.buffer.set(b, this.at);
    this.at += n;
  }

  /** A whole number that is not negative and below 2^53, in decimal. */
  natural(n: number): void {
    this.room(16);
    this.digits(n);
  }

  private digits(n: number): void {
    if (n >= 10) this.digits(Math.floor(n / 10));
    this.buffer[this.at++] = 48 + (n % 10);
  }

  /** Text in UTF-8, as it is. */
  text(s: string): void {
    // Three bytes at most for each UTF-16 unit: a pair takes four for its two, and a lone surrogate three.
    this.room(3 * s.length);
    this.at += this.buffer.write(s, this.at);
  }

  /** A string as `JSON.stringify` writes it, in UTF-8. */
  json(s: string): void {
    // Six bytes at most for each UTF-16 unit: an escaped control character or lone surrogate is six ASCII
    // characters, and no other unit takes more than three bytes in UTF-8.
    this.room(6 * s.length + 2);
    if (NOT_PLAIN.test(s)) {
      this.at += this.buffer.write(JSON.stringify(s), this.at);
      return;
    }
    this.buffer[this.at++] = 0x22;
    this.at += this.buffer.write(s, this.at);
    this.buffer[this.at++] = 0x22;
  }

  /**
   * Plain data (strings, numbers, booleans, null, lists and objects of them) as `JSON.stringify(value, null, 2)`
   * writes it where its first line is `depth` levels in: keys in their order, those whose value is undefined left
   * out. Nothing with a `toJSON` method, and no cycles.
   */
  layout(value: unknown, depth: number): void {
    if (typeof value === "string") this.json(value);
    else if (typeof value === "number") {
      if (Number.isSafeInteger(value) && value >= 0) this.natural(value);
      else this.bytes(ascii(JSON.stringify(value)));
    } else if (typeof value === "boolean") this.bytes(value ? TRUE : FALSE);
    else if (value === null || typeof value !== "object") this.bytes(NULL);
    else if (Array.isArray(value)) this.list(value, depth);
    else this.object(value as Record<string, unknown>, depth);
  }

  private list(items: readonly unknown[], depth: number): void {
    if (items.length === 0) return this.bytes(EMPTY_LIST);
    const inner = lineAt(depth + 1);
    for (let i = 0; i < items.length; i++) {
      this.bytes(i === 0 ? BRACKET : COMMA);
      this.bytes(inner);
      // What an object would leave out is null in a list, as `layout` writes it.
      this.layout(items[i], depth + 1);
    }
    this.bytes(lineAt(depth));
    this.bytes(CLOSE_BRACKET);
  }

  private object(o: Record<string, unknown>, depth: number): void {
    let first = true;
    for (const key in o) {
      const v = o[key];
      if (!Object.hasOwn(o, key) || leftOut(v)) continue;
      this.bytes(first ? BRACE : COMMA);
      first = false;
      this.bytes(keyLine(depth, key));
      this.layout(v, depth + 1);
    }
    if (first) return this.bytes(EMPTY_OBJECT);
    this.bytes(lineAt(depth));
    this.bytes(CLOSE_BRACE);
  }
}

/** The four labels a format writes before a range's numbers: start line and column, end line and column. */
export type RangeLabels = readonly [Uint8Array, Uint8Array, Uint8Array, Uint8Array];

/** A range's numbers, 1-based, each after its label. */
export function writeRange(out: ByteBatches, range: Range, labels: RangeLabels): void {
  out.bytes(labels[0]);
  out.natural(range.start.line + 1);
  out.bytes(labels[1]);
  out.natural(range.start.character + 1);
  out.bytes(labels[2]);
  out.natural(range.end.line + 1);
  out.bytes(labels[3]);
  out.natural(range.end.character + 1);
}

/** The bytes `make` gives for each of a few strings that every finding repeats (rule ids, severities), made once. */
export function madeOnce(make: (s: string) => string): (s: string) => Uint8Array {
  const made = new Map<string, Uint8Array>();
  return (s) => {
    let bytes = made.get(s);
    if (!bytes) made.set(s, (bytes = Buffer.from(make(s), "utf8")));
    return bytes;
  };
}
