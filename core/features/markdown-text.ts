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
    .replace(/:(?=\/\/)|(?<=\bwww)\.|(?<=\b[a-z][a-z0-9+.-]*):(?=[^\s])/gi, "\\$&");
}
