// A JSON Schema for entente-baseline.json, so that an editor completes and checks an entry while a reviewer writes its reason.
import { BASELINE_VERSION } from "../analysis/baseline-layout.js";

/** The schema as a plain object; `entente lint` remains the authority (it names the line of anything wrong). */
export function baselineSchema(): object {
  const text = { type: "string" };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "Entente baseline",
    description: "Findings accepted when Entente was adopted; written by 'entente lint --write-baseline', which keeps the reasons.",
    type: "object",
    additionalProperties: false,
    required: ["version", "findings"],
    properties: {
      version: { const: BASELINE_VERSION, description: "The version of this file's format." },
      findings: {
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["rule", "file"],
          properties: {
            file: { ...text, description: "The file, relative to this baseline's folder." },
            declaration: { type: ["string", "null"], description: "The kind and name of the declaration that holds the finding." },
            path: { ...text, description: "The nested blocks and the field inside the declaration that hold the finding." },
            rule: { ...text, description: "The rule id." },
            args: { type: "object", additionalProperties: text, description: "What the finding names: the arguments of its message." },
            count: { type: "integer", minimum: 1, description: "How many identical findings this entry accepts (1 when absent)." },
            reason: { ...text, description: "Why the finding was accepted: review tools show it; rewriting the baseline keeps it." },
          },
        },
      },
    },
  };
}
