// The words of a locale, and the few ways of putting words together that every message shares.
import type { Locale } from "../../grammar/messages.js";
import { en, type Words } from "./en.js";
import { nl } from "./nl.js";

export type { Words };

const BY_LOCALE: Readonly<Record<Locale, Words>> = { en, nl };

export function words(locale: Locale): Words {
  return BY_LOCALE[locale];
}

/** Joins items as "a, b and c" / "a, b en c". */
export function joinAnd(items: readonly string[], locale: Locale): string {
  return join(items, words(locale).and);
}

/** Items joined as a list of alternatives: "a, b or c" / "a, b of c". */
export function joinOr(items: readonly string[], locale: Locale): string {
  return join(items, words(locale).or);
}

function join(items: readonly string[], last: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;
}
