// The real readers of what `entente render` writes: LibreOffice (headless) opens Word files, poppler's pdftotext reads PDFs.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { tempDir } from "./temp.js";

function version(command: string, args: string[]): string | undefined {
  const r = spawnSync(command, args, { encoding: "utf8", timeout: 60_000 });
  return r.status === 0 ? (r.stdout || r.stderr).split("\n")[0] : undefined;
}

const libreOffice = version("soffice", ["--version"]);
const pdftotextVersion = version("pdftotext", ["-v"]);

/**
 * Why the readers' tests cannot run here, if they cannot: said loudly on a developer's machine;
 * where real readers are required (CI, ENTENTE_REQUIRE_EDITORS=1) the tests fail instead.
 */
export function readersMissing(): string | undefined {
  const missing = [libreOffice ? null : "LibreOffice (soffice, Debian's libreoffice-writer-nogui)", pdftotextVersion ? null : "pdftotext (Debian's poppler-utils)"].filter(Boolean);
  return missing.length > 0 ? `${missing.join(" and ")} not installed: the tests with real document readers DID NOT RUN. Install with 'apt-get install -y libreoffice-writer-nogui poppler-utils'.` : undefined;
}

/** Converts Word files to PDF with LibreOffice, all in one run (it takes seconds to start); returns the PDFs' paths in order. */
export function wordToPdf(files: string[]): string[] {
  const out = tempDir("lo");
  const profile = join(out, "profile");
  mkdirSync(profile);
  const r = spawnSync("soffice", [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", out, ...files],
    { encoding: "utf8", timeout: 180_000 });
  if (r.status !== 0) throw new Error(`LibreOffice failed (${r.status}): ${r.stderr}`);
  return files.map((f) => join(out, basename(f).replace(/\.docx$/, ".pdf")));
}

/** The text of a PDF in reading order, as pdftotext gives it. */
export function pdfText(path: string): string {
  const r = spawnSync("pdftotext", ["-enc", "UTF-8", path, "-"], { encoding: "utf8", timeout: 60_000 });
  if (r.status !== 0) throw new Error(`pdftotext failed on ${path}: ${r.stderr}`);
  return r.stdout;
}

/** Page numbers and the draft header taken out, directional marks dropped, and no blanks: text to search for a clause in. */
export function comparable(text: string): string {
  return text
    .split("\n").filter((l) => !/^(Page|Pagina) \d+ (of|van) \d+$/.test(l.trim()) && !/^(DRAFT|CONCEPT)\b/.test(l.trim())).join("\n")
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "").replace(/\s+/g, "");
}

/** Whether the pieces occur in the text in this order; returns the first that does not. */
export function firstOutOfOrder(text: string, pieces: readonly string[]): string | undefined {
  let at = 0;
  for (const p of pieces) {
    const i = text.indexOf(comparable(p), at);
    if (i < 0) return p;
    at = i + comparable(p).length;
  }
  return undefined;
}
