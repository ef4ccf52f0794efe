// `--format sarif`: SARIF 2.1.0, one reporting descriptor per rule, for code-scanning uploads.
import { existsSync, readFileSync } from "node:fs";
import type * as Sarif from "sarif";
import type { Locale } from "../../grammar/messages.js";
import { RULES } from "../../core/rules/catalogue.js";
import { ruleDocPath, ruleDocUri, toolDocUri } from "../../core/rules/docs.js";
import { compareDiagnostics } from "../../core/model/diagnostic.js";
import { ententeVersion } from "../../core/version.js";
import { ascii, ByteBatches } from "./bytes.js";
import type { FileResult, LintResult } from "./result.js";

const LEVEL = { error: "error", warning: "warning", info: "note" } as const satisfies Record<string, Sarif.Result.level>;

function help(id: string): { text: string; markdown: string } | undefined {
  const path = ruleDocPath(id);
  if (!existsSync(path)) return undefined;
  const markdown = readFileSync(path, "utf8");
  return { text: markdown, markdown };
}

/** The reporting descriptors, one per rule of the catalogue, in its order (a result's `ruleIndex` points into them). */
function descriptors(locale: Locale): Sarif.ReportingDescriptor[] {
  return RULES.map((r): Sarif.ReportingDescriptor => {
    const h = help(r.id);
    return {
      id: r.id,
      name: r.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
      shortDescription: { text: r.summary[locale] },
      helpUri: ruleDocUri(r.id),
      ...(h ? { help: h } : {}),
      defaultConfiguration: { level: LEVEL[r.severity] },
      properties: { tags: [`section-${r.section}`] },
    };
  });
}

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };

const location = (path: string, range: Range): Sarif.Location => ({
  physicalLocation: {
    artifactLocation: { uri: encodeURI(path), uriBaseId: "%SRCROOT%" },
    region: {
      startLine: range.start.line + 1, startColumn: range.start.character + 1,
      endLine: range.end.line + 1, endColumn: range.end.character + 1,
    },
  },
});

/**
 * A file's results: every finding, reported or held back. A finding the baseline accepts is suppressed (with its
 * reason), and with --new-since each says whether it is new, so that code scanning follows findings by their
 * fingerprint across commits.
 */
function fileResults(result: LintResult, file: FileResult, index: ReadonlyMap<string, number>): Sarif.Result[] {
  const t = result.triage;
  const prints = file.fingerprints ?? t?.fingerprints;
  return [...file.diagnostics, ...(file.held ?? [])].sort(compareDiagnostics).map((d): Sarif.Result => ({
    ruleId: d.rule,
    ruleIndex: index.get(d.rule),
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [location(file.path, d.range)],
    ...(d.related.length > 0 ? {
      relatedLocations: d.related.map((r, i) => ({ id: i + 1, ...location(relatedPath(result, r.uri, file.path), r.range), message: { text: r.message } })),
    } : {}),
    ...(prints?.has(d) ? { partialFingerprints: fingerprints(prints.get(d)!) } : {}),
    ...(t?.newSince ? { baselineState: t.existing?.has(d) ? "unchanged" : "new" } : {}),
    ...(d.baseline ? { suppressions: [{ kind: "external", status: "accepted", ...(d.baseline.reason ? { justification: d.baseline.reason } : {}) }] } : {}),
  }));
}

/** Where each result starts in the log (`runs[0].results`, four levels down), as `JSON.stringify` lays it out. */
const FIRST_RESULT = ascii("\n        ");
const NEXT_RESULT = ascii(",\n        ");

/**
 * The log in pieces, exactly as `JSON.stringify(log, null, 2)` writes it whole, with each file's results
 * made when the report reaches the file: a first run over an old register has 70,000 findings, each with
 * its related places, and neither they nor the log (80 MB of it) are then held at once.
 */
export function* sarifChunks(result: LintResult, locale: Locale): Generator<string | Uint8Array> {
  const rules = descriptors(locale);
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const log: Sarif.Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: { driver: { name: "Entente", version: ententeVersion(), semanticVersion: ententeVersion(), informationUri: toolDocUri(), rules } },
      columnKind: "utf16CodeUnits",
      results: [],
    }],
  };
  // The log as a frame around its empty list of results: no string value can hold this text, as its quotes would be escaped.
  const frame = JSON.stringify(log, null, 2) + "\n";
  const hole = frame.lastIndexOf('"results": []') + '"results": ['.length;
  yield frame.slice(0, hole);
  const out = new ByteBatches();
  let first = true;
  for (const file of result.files) {
    for (const r of fileResults(result, file, index)) {
      out.bytes(first ? FIRST_RESULT : NEXT_RESULT);
      out.layout(r, 4);
      first = false;
    }
    yield* out.full();
  }
  yield* out.all();
  yield (first ? "" : "\n      ") + frame.slice(hole);
}

/** The name of Entente's fingerprint: the finding key (rule, file, declaration, field, arguments), hashed; its version changes if the key ever does. */
const FINGERPRINT = "ententeFindingKey/v1";

/**
 * The key under Entente's own name, and in the slot GitHub code scanning matches results by: given, it is
 * used instead of a hash of the line's text, so that a finding keeps its alert when lines above it move.
 */
const fingerprints = (key: string) => ({ [FINGERPRINT]: key, primaryLocationLineHash: key });


function relatedPath(result: LintResult, uri: string, fallback: string): string {
  return result.paths?.get(uri) ?? fallback;
}
