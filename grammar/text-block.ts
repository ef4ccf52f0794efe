// Text block values: drop the blank first and last line, then the indentation all other lines share.

const LINE_BREAK = /\r\n|\r|\n/;

function indentOf(line: string): number {
  let k = 0;
  while (k < line.length && (line.charCodeAt(k) === 32 || line.charCodeAt(k) === 9)) k++;
  return k;
}

function isBlank(line: string): boolean {
  return indentOf(line) === line.length;
}

/** The value of a text block, given the raw text between its `"""` delimiters. Lines are joined with \n. */
export function dedentTextBlock(raw: string): string {
  const lines = raw.split(LINE_BREAK);
  if (lines.length > 1 && isBlank(lines[0]!)) lines.shift();
  if (lines.length > 1 && isBlank(lines[lines.length - 1]!)) lines.pop();
  let common = Infinity;
  for (const line of lines) {
    if (!isBlank(line)) common = Math.min(common, indentOf(line));
  }
  if (common === Infinity) common = 0;
  return lines.map((line) => (isBlank(line) ? "" : line.slice(common))).join("\n");
}
