// `--format sarif`: SARIF 2.1.0, one reporting descriptor per rule, for code-scanning uploads.
import { existsSync, readFileSync } from "node:fs";
import type * as Sarif from "sarif";
import type { Locale } from "../../grammar/messages.js";
import { RULES } from "../../core/rules/catalogue.js";
import { ruleDocPath, ruleDocUri } from "../../core/rules/docs.js";
import { ententeVersion } from "../../core/version.js";
import { ordered, type LintResult } from "./result.js";

const LEVEL = { error: "error", warning: "warning", info: "note" } as const satisfies Record<string, Sarif.Result.level>;

function help(id: string): { text: string; markdown: string } | undefined {
  const path = ruleDocPath(id);
  if (!existsSync(path)) return undefined;
  const markdown = readFileSync(path, "utf8");
  return { text: markdown, markdown };
}

export function sarif(result: LintResult, locale: Locale): string {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const rules = RULES.map((r): Sarif.ReportingDescriptor => {
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
  const location = (path: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): Sarif.Location => ({
    physicalLocation: {
      artifactLocation: { uri: encodeURI(path), uriBaseId: "%SRCROOT%" },
      region: {
        startLine: range.start.line + 1, startColumn: range.start.character + 1,
        endLine: range.end.line + 1, endColumn: range.end.character + 1,
      },
    },
  });
  const results = [...ordered(result)].map(({ file, d }): Sarif.Result => ({
    ruleId: d.rule,
    ruleIndex: index.get(d.rule),
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [location(file.path, d.range)],
    ...(d.related.length > 0 ? {
      relatedLocations: d.related.map((r, i) => ({ id: i + 1, ...location(relatedPath(result, r.uri, file.path), r.range), message: { text: r.message } })),
    } : {}),
  }));
  const log: Sarif.Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: { driver: { name: "Entente", version: ententeVersion(), semanticVersion: ententeVersion(), rules } },
      columnKind: "utf16CodeUnits",
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + "\n";
}

function relatedPath(result: LintResult, uri: string, fallback: string): string {
  return result.paths?.get(uri) ?? fallback;
}
