// A report's pieces, text or UTF-8 already, read back as the one text a reader of the output sees.
export const piecesText = (pieces: Iterable<string | Uint8Array>): string =>
  Buffer.concat([...pieces].map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : p))).toString("utf8");
