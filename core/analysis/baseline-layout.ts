// The layout in which Entente writes a baseline file: writing it in pieces, and reading it back entry by entry.
import type { BaselineEntry } from "./baseline-file.js";

export const BASELINE_VERSION = 1;

/** The text before the first entry (JSON.stringify's layout of `{ version, findings }` with two spaces). */
const FRAME_START = `{\n  "version": ${BASELINE_VERSION},\n  "findings": [`;
/** Before each entry, after a comma for all but the first. */
export const ENTRY_START = "\n    ";
/** The text after the last entry, and after an empty list. */
export const FRAME_END = "\n  ]\n}\n";
export const EMPTY_END = "]\n}\n";
/** What closes an entry: its brace at the entries' indentation. */
const ENTRY_CLOSE = "\n    }";

/**
 * Hands `take` each entry of a baseline laid out as Entente writes it, each parsed by a JSON.parse of its own; false
 * when the text is laid out otherwise, or an entry is not JSON or `take` refuses it (the caller then reads the text
 * whole). Read whole, the parsed tree of an old register's baseline (18 MB) lives until the last entry is taken
 * from it, so the collector copies all of it into the old generation only to find it garbage there; taken entry by
 * entry, each parsed item dies young. The first "\n    }" after an entry's "{" closes it, since a string holds no
 * line break and nested objects close deeper. The text is then the frame, the entries and the commas between them,
 * each part checked, so it is JSON exactly when each entry is, and its value is the same.
 */
export function eachEntryAsWritten(text: string, take: (item: unknown) => boolean): boolean {
  if (!text.startsWith(FRAME_START)) return false;
  let at = FRAME_START.length;
  let end = EMPTY_END;
  if (!text.startsWith("]", at)) {
    end = FRAME_END;
    for (let first = true; ; first = false) {
      const open = (first ? "" : ",") + ENTRY_START;
      if (!text.startsWith(open, at) || !text.startsWith("{", at + open.length)) return false;
      const from = at + open.length;
      const close = text.indexOf(ENTRY_CLOSE, from);
      if (close < 0) return false;
      at = close + ENTRY_CLOSE.length;
      let item: unknown;
      try {
        item = JSON.parse(text.slice(from, at));
      } catch {
        return false;
      }
      if (!take(item)) return false;
      if (!text.startsWith(",", at)) break;
    }
  }
  // The final line break is Entente's; JSON allows any spaces, tabs and line breaks after the value, and nothing else.
  const rest = end.slice(0, -1);
  return text.startsWith(rest, at) && /^[ \t\n\r]*$/.test(text.slice(at + rest.length));
}

/**
 * An entry as `JSON.stringify(entry, null, 2)` lays it out at its depth in the list: the keys in one order, the
 * arguments sorted, a count and a reason only where they say something. Written directly: given indentation,
 * JSON.stringify leaves V8's fast path, and a first baseline of an old register writes 68,000 entries.
 */
function entryText(e: BaselineEntry): string {
  const args: Record<string, string> = {};
  for (const k of Object.keys(e.args).sort()) args[k] = e.args[k]!;
  // The object's own order, which is JSON.stringify's: names that are array indices come first (a hand-edited file may hold one).
  const names = Object.keys(args);
  let argsText = "{}";
  if (names.length > 0) {
    argsText = "{";
    for (let i = 0; i < names.length; i++) argsText += `${i === 0 ? "" : ","}\n        ${JSON.stringify(names[i])}: ${JSON.stringify(args[names[i]!])}`;
    argsText += "\n      }";
  }
  return `{\n      "file": ${JSON.stringify(e.file)},\n      "declaration": ${JSON.stringify(e.declaration)},\n      "path": ${JSON.stringify(e.path)},`
    + `\n      "rule": ${JSON.stringify(e.rule)},\n      "args": ${argsText}`
    + (e.count > 1 ? `,\n      "count": ${e.count}` : "") + (e.reason !== null ? `,\n      "reason": ${JSON.stringify(e.reason)}` : "") + ENTRY_CLOSE;
}

/**
 * The text of a baseline file in pieces, exactly as `JSON.stringify({ version, findings }, null, 2)` and a final
 * newline write it whole, given its entries in the file's order (`sortedEntries`): keys in one order, two-space
 * indentation. A first baseline of an old register records 70,000 findings, and then neither a copy of every entry
 * nor the whole text is held at once.
 */
export function* baselineChunks(sorted: Iterable<BaselineEntry>): Generator<string> {
  yield FRAME_START;
  let first = true;
  for (const e of sorted) {
    yield (first ? ENTRY_START : "," + ENTRY_START) + entryText(e);
    first = false;
  }
  yield first ? EMPTY_END : FRAME_END;
}
