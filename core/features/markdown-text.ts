// Text from a file made inert for Markdown: what a drafter wrote shows as written, and never becomes a link, image or HTML.

/**
 * The characters that can start Markdown or HTML escaped (CommonMark lets any ASCII punctuation be),
 * line breaks made spaces, acting characters removed, and the forms renderers turn into links
 * (`https://…`, `www.…`, `mailto:`, an e-mail address) broken up: a title like `[x](command:…)`, `![x](…)` or
 * `<img src=…>` stays plain text.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, " ")
    .replace(/[\\`*_{}[\]<>()#+!|~&@]/g, "\\$&")
    // The colon of a scheme is matched before the look back at the scheme: looking back first, at every
    // position, would walk back over the whole of a long name each time (quadratic).
    .replace(/:(?=\/\/)|(?<=\bwww)\.|:(?<=\b[a-z][a-z0-9+.-]*:)(?=[^\s])/gi, "\\$&");
}

/**
 * Text from a file (a file name) as a Markdown code span that it cannot leave: the fence is longer
 * than any run of backticks inside (a name holding `` ` `` once closed the span and let a link follow),
 * line breaks and acting characters become spaces, and in a table cell `|` is escaped, which GitHub's
 * tables require even inside code.
 */
export function markdownCode(text: string, inTable = false): string {
  let inner = text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, " ");
  if (inTable) inner = inner.replace(/\|/g, "\\|");
  let longest = 0;
  for (const run of inner.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  // A span that starts or ends with a backtick or a space needs a space inside each fence; exactly one is removed when shown.
  const pad = /^[` ]|[` ]$/.test(inner) ? " " : "";
  return `${fence}${pad}${inner}${pad}${fence}`;
}
