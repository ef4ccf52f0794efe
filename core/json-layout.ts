// JSON text laid out as JSON.stringify(value, null, 2) lays it out, for reports and files written in pieces.

/** JSON text as JSON.stringify writes it `by` deeper inside an enclosing value: every line after the first moved right. */
export const deeper = (text: string, by: string) => text.replaceAll("\n", "\n" + by);
