// Feature fixtures: an editor feature run on a small workspace written in the language itself, its output kept as readable text beside it.
//
// test/fixtures/features/<feature>/<case>.entente is the workspace; <case>.txt beside it is what the
// feature gives there. `UPDATE=1 npm test` (re)writes the .txt files; review the diff as a user would.
//
// The workspace: the directives of every fixture (see fixtures.ts: `//- file:`, `//- preamble:`,
// `//- today:`, `//- config:`, `//- locale: nl`), and the cursor `$0` where the feature needs a position;
// the cursor is removed before analysis. The feature runs on the file that holds the cursor, or on the
// first file when there is none. Feature-specific directives:
//
//   //- snippets: no         completion as for an editor that ships its own declaration snippets
//   //- declarations: no     references without the declarations themselves
//   //- rename: NEWNAME      the new name (required for rename)
//   //- query: abc           the query of workspace symbols (required)
//
// The expected output, per feature (lines and columns 1-based, ranges `line:col-line:col`, end exclusive;
// a feature that gives nothing writes a line saying so, such as `no hover` or `none`):
//
//   hover              `range L:C-L:C`, a blank line, then the markdown as the editor gets it (rule pages
//                      under this checkout written file://<project>/…); or `no hover`
//   completion         one line per item in the editor's order (sortText, else label): label, kind, detail,
//                      and `[snippet]` when the insert text is a snippet; `(incomplete)` last when more would
//                      match; or `no completions`
//   definition,        one line per place: `file:L:C-L:C text`; or `none`
//   references
//   rename             per changed file `=== file`, then its whole new text; or `refused: <message>`, or `no change`
//   outline            the symbol tree, two spaces per level: `name [SymbolKind] detail (lines A-B)`
//   workspace-symbols  `name [SymbolKind] detail file:L:C-L:C`, in the order the server returns them
//   semantic-tokens    `L:C text → type, modifier…` per token, in document order
//   folding            `A-B kind: <first line of the fold>` (kind left out for blocks and values)
//   inlay-hints        `L:C label`
//   code-lenses        `L service: title`
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Analysis } from "../../core/analysis/analysis.js";
import type { FileModel } from "../../core/model/bound.js";
import { directive, fixtureAnalysis, readFixtureText, type Fixture } from "./fixtures.js";
import { fixtureRoot } from "./paths.js";

export const FEATURES = [
  "hover", "completion", "definition", "references", "rename", "outline", "workspace-symbols",
  "semantic-tokens", "folding", "inlay-hints", "code-lenses",
] as const;
export type Feature = (typeof FEATURES)[number];

export const CURSOR = "$0";

export interface FeatureCase {
  path: string;
  fixture: Fixture;
  analysis: Analysis;
  /** The file the feature asks about: the one holding the cursor, else the first. */
  file: FileModel;
  /** Offset of the cursor in `file`, when the fixture has one. */
  cursor?: number;
  /** A feature-specific directive (`//- rename: X` → option("rename") is "X"). */
  option(key: string): string | undefined;
}

export function featureRoot(): string {
  return join(fixtureRoot(), "features");
}

/** The .entente cases under one feature's folder, sorted. */
export function featureCases(feature: Feature): string[] {
  const dir = join(featureRoot(), feature);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((n) => n.endsWith(".entente")).sort().map((n) => join(dir, n));
}

/** Reads a case: its workspace analysed without the cursor, and where the cursor was. */
export function readFeatureCase(path: string): FeatureCase {
  const text = readFileSync(path, "utf8");
  if (text.split(CURSOR).length > 2) throw new Error(`${path}: more than one cursor ${CURSOR}`);
  const fixture = readFixtureText(path, text);
  const marked = fixture.parts.find((p) => p.text.includes(CURSOR));
  const clean = { ...fixture, parts: fixture.parts.map((p) => ({ ...p, text: p.text.replace(CURSOR, "") })) };
  const analysis = fixtureAnalysis(clean);
  const name = (marked ?? fixture.parts[0]!).name;
  const file = analysis.ws.files.get(name);
  if (!file) throw new Error(`${path}: no file ${name} in the workspace`);
  return {
    path, fixture: clean, analysis, file,
    ...(marked ? { cursor: marked.text.indexOf(CURSOR) } : {}),
    option: (key) => directive(text, key),
  };
}

/** The cursor, for features that need one; a case without it is a mistake in the fixture. */
export function cursorOf(c: FeatureCase): number {
  if (c.cursor === undefined) throw new Error(`${c.path}: this feature needs a cursor ${CURSOR}`);
  return c.cursor;
}

/** A required feature-specific directive. */
export function requiredOption(c: FeatureCase, key: string): string {
  const value = c.option(key);
  if (value === undefined) throw new Error(`${c.path}: this feature needs //- ${key}: …`);
  return value;
}
