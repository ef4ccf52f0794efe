// A JSON Schema for `entente.json`, built from the rule catalogue, so that editors complete and check rule ids and severities.
import { DEFAULT_CONFIG } from "../model/config.js";
import { RULES } from "../rules/catalogue.js";

/** The schema as a plain object; the language server remains the authority (the `config-error` rule). */
export function configSchema(): object {
  const rules: Record<string, object> = {};
  for (const r of RULES) {
    // Some rules cannot be configured at all, the other always-on rules only not switched off.
    if (r.fixedSeverity) continue;
    const severities = r.alwaysOn ? ["error", "warning", "info"] : ["error", "warning", "info", "off"];
    rules[r.id] = { enum: severities, description: `${r.summary.en} (default: ${r.severity})` };
  }
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "Entente configuration",
    type: "object",
    additionalProperties: false,
    properties: {
      reviewIntervalMonths: {
        type: "integer", minimum: 1, maximum: 120, default: DEFAULT_CONFIG.reviewIntervalMonths,
        description: "How many months an assessment of a partner service stays current before it must be reviewed.",
      },
      locale: { enum: ["en", "nl"], default: DEFAULT_CONFIG.locale, description: "The language of diagnostics: English (en) or Dutch (nl)." },
      exclude: {
        type: "array", items: { type: "string", minLength: 1 },
        description: "Glob patterns, relative to this file, of paths that are not part of the workspace.",
      },
      rules: {
        type: "object", additionalProperties: false, properties: rules,
        description: "Severity per rule id: error, warning, info or off.",
      },
    },
  };
}
