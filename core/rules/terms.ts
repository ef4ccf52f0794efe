// Words for rule messages: values in words from the schema table, lists joined as the locale joins them.
import type { Locale } from "../../grammar/messages.js";
import { criterionWord, wordOf } from "../model/schema/index.js";
import { joinAnd, words } from "../words/index.js";

export { authorityWord, criterionWord, kindWord, wordOf } from "../model/schema/index.js";
export { joinAnd };

/**
 * Comma-separated values of a kind's field in words, joined as the locale joins a list:
 * `valuesWords("agreement", "covers", "general-data,personal-data", "en")` is
 * "providing general data and providing personal data".
 */
export function valuesWords(kind: string, field: string | readonly string[], csv: string | undefined, locale: Locale): string {
  return joinAnd((csv ?? "").split(",").filter((x) => x !== "").map((v) => wordOf(kind, field, v, locale)), locale);
}

/** Comma-separated criteria in words: "human-rights,reciprocity" → "human rights and reciprocity". */
export function criteriaWords(csv: string | undefined, locale: Locale): string {
  return joinAnd((csv ?? "").split(",").filter((x) => x !== "").map((c) => criterionWord(c, locale)), locale);
}

/** "a" or "an" before an English word. */
export const article = (word: string): string => words("en").article(word);
