// Reads the parts of a rule page that the docs tests check: its sections and their code blocks.

export interface Page {
  title: string;
  sections: Map<string, string>;
}

export function readPage(markdown: string): Page {
  const lines = markdown.split("\n");
  const title = (lines[0] ?? "").replace(/^# /, "");
  const sections = new Map<string, string>();
  let current: string | null = null;
  let body: string[] = [];
  for (const line of lines.slice(1)) {
    const m = /^## (.+)$/.exec(line);
    if (m) {
      if (current) sections.set(current, body.join("\n"));
      current = m[1]!.trim();
      body = [];
    } else body.push(line);
  }
  if (current) sections.set(current, body.join("\n"));
  return { title, sections };
}

/** The fenced code blocks of a section, with their language. */
export function codeBlocks(section: string): { lang: string; code: string }[] {
  const out: { lang: string; code: string }[] = [];
  const re = /^```(\w*)\n([\s\S]*?)^```$/gm;
  for (const m of section.matchAll(re)) out.push({ lang: m[1]!, code: m[2]! });
  return out;
}
