// A workspace checked two ways: incrementally, through the language server's scheduler as an editor drives it, and from scratch.
import { Analysis } from "../../core/analysis/analysis.js";
import type { Diagnostic } from "../../core/model/diagnostic.js";
import { Checker } from "../../server/lsp/checker.js";
import type { Edit, Texts } from "./workspace-edits.js";

export interface Session {
  /** The texts the editor holds now. */
  readonly texts: Texts;
  /** Hands an edit to the scheduler as the document events would; nothing is analysed yet. */
  apply(edit: Edit): void;
  /** Analyses and checks everything outstanding. */
  settle(): void;
  /** Lets these files rest, as the server does with closed files when it idles (`core/model/dormant.ts`). */
  rest(uris: Iterable<string>): void;
  /** Checks every file again, as after a change of settings: each check reads the files it depends on, resting or not. */
  recheck(): void;
  /** The first file whose published findings differ from a check from scratch, described; undefined when none does. */
  difference(): string | undefined;
}

/** Documents that are not on disk: every file gets the default configuration, and nothing is read. */
const analysis = (today: number) => new Analysis({ roots: [], today, pathOf: () => undefined });

/**
 * `wholeFiles`: each new text is read as a file changed on disk is (the whole file replaced, `Analysis.setFile`),
 * rather than as an editor's keystrokes (only the declarations the edit touched read again, `editFile`).
 */
export function session(initial: Texts, today: number, options: { wholeFiles?: boolean } = {}): Session {
  const texts = new Map(initial);
  const incremental = analysis(today);
  const published = new Map<string, Diagnostic[]>();
  // Every file is an editor's document here, open.
  const checker = new Checker(incremental, (uri, diagnostics) => published.set(uri, diagnostics), (message) => {
    throw new Error(message);
  }, () => true);
  const edited = options.wholeFiles
    ? (uri: string) => checker.changed(uri, incremental.setFile(uri, texts.get(uri)!))
    : (uri: string) => checker.edited(uri, () => incremental.editFile(uri, texts.get(uri)!));
  for (const uri of texts.keys()) edited(uri);
  return {
    texts,
    apply(edit) {
      for (const [uri, text] of edit.changes) {
        if (text !== undefined) {
          texts.set(uri, text);
          edited(uri);
        } else if (texts.delete(uri)) {
          checker.removed(uri, incremental.removeFile(uri));
        }
      }
    },
    settle: () => checker.settle(),
    rest: (uris) => void incremental.rest(uris),
    recheck() {
      checker.everything();
      checker.settle();
    },
    difference() {
      const scratch = analysis(today);
      for (const [uri, text] of texts) scratch.setFile(uri, text);
      const uris = [...new Set([...texts.keys(), ...published.keys()])].sort();
      for (const uri of uris) {
        const want = texts.has(uri) ? scratch.check(uri) : [];
        const got = published.get(uri) ?? [];
        const d = describeDifference(want, got);
        if (d) return `${uri}${texts.has(uri) ? "" : " (deleted)"}:\n${d}`;
      }
      return undefined;
    },
  };
}

/** What a diagnostic says, in one line per finding and related location. */
function line(d: Diagnostic): string {
  const at = (r: Diagnostic["range"]) => `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
  const related = d.related.map((r) => `\n      related ${r.uri} ${at(r.range)}: ${r.message}`).join("");
  const fix = d.fix ? `\n      fix ${JSON.stringify(d.fix)}` : "";
  return `${d.severity} ${d.rule} ${at(d.range)}: ${d.message}${related}${fix}${d.requires ? `\n      requires ${d.requires}` : ""}`;
}

function describeDifference(want: Diagnostic[], got: Diagnostic[]): string | undefined {
  const w = want.map(line);
  const g = got.map(line);
  if (JSON.stringify(w) === JSON.stringify(g) && JSON.stringify(want) === JSON.stringify(got)) return undefined;
  const missing = w.filter((l) => !g.includes(l));
  const stale = g.filter((l) => !w.includes(l));
  if (missing.length === 0 && stale.length === 0) return `  same findings, different details:\n  scratch ${JSON.stringify(want)}\n  editor  ${JSON.stringify(got)}`;
  return [...missing.map((l) => `  only from scratch: ${l}`), ...stale.map((l) => `  only in the editor: ${l}`)].join("\n");
}
