// Text from a file made safe to quote in a message: no control or direction characters, and not too long.

/**
 * Characters that would act rather than show on a terminal, in a CI log or an editor: C0 and C1
 * controls, DEL, and the bidirectional and line-separating format characters that can make a line
 * read differently from what it holds.
 */
const ACTING = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same class, for asking whether there is one at all (a test is a third of the cost of a replace that finds nothing). */
const ANY_ACTING = new RegExp(ACTING.source);

/** The text with every acting character shown as an escape (`\u{1b}`) instead. */
export function visible(text: string): string {
  if (!ANY_ACTING.test(text)) return text;
  return text.replace(ACTING, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** At most `max` characters of a text, made visible, with "…" where it was cut. */
export function excerpt(text: string, max = 40): string {
  const shown = visible(text);
  return shown.length <= max ? shown : shown.slice(0, max - 1) + "…";
}
