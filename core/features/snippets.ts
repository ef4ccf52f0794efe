// Snippets for whole declarations, built from the schema: the fields a drafter fills in, with tab stops on the values.
import type { Locale } from "../../grammar/messages.js";
import { fieldSpec, KINDS, type FieldSpec, type KindSpec } from "../model/schema/index.js";

/** The fields each declaration's snippet offers, in the order a drafter fills them in. */
const SNIPPET_FIELDS: Record<string, string[]> = {
  service: ["country", "type", "priority", "relationship"],
  assessment: ["service", "date", "approval", "criteria", "permits", "conditions", "review-by"],
  agreement: ["form", "kind", "parties", "status", "ministry-review", "signed", "expires", "covers", "topics", "clause"],
  liaison: ["service", "stationed", "operational-activities", "location", "own-service-involved", "approval"],
  disclosure: ["to", "date", "basis", "investigation", "data", "subjects", "sources", "reliability", "onward", "form", "channel", "recorded", "legal-affairs", "approval"],
  request: ["to", "date", "type", "asks", "provides", "investigation", "approval"],
  support: ["to", "date", "activities", "location", "approval", "request"],
  operation: ["with", "date", "investigation", "national-need", "added-value", "led-by", "abroad", "powers", "privacy-impact", "approval"],
  meeting: ["with", "date", "report", "report-approved", "exchanged"],
  receipt: ["from", "date", "data", "evaluated", "lawfully-obtained"],
};

/** The usual clauses of an agreement: number, heading and what each concerns. */
const CLAUSES: [string, string, string][] = [
  ["1", "Purpose", "purpose"], ["2", "Scope", "scope"], ["3", "Onward disclosure", "third-party-rule"],
  ["4", "Protection of classified information", "security"], ["5", "Termination", "termination"],
];

class Stops {
  private n = 0;
  next(placeholder: string): string {
    this.n++;
    return `\${${this.n}:${placeholder.replace(/[$}\\]/g, "\\$&")}}`;
  }
  /** A date stop: today's date, or when none is given the editor's own date variables (for a static snippet file). */
  date(today: string | undefined): string {
    if (today !== undefined) return this.next(today);
    this.n++;
    return `\${${this.n}:\${CURRENT_YEAR}-\${CURRENT_MONTH}-\${CURRENT_DATE}}`;
  }
  choice(options: string[]): string {
    this.n++;
    return `\${${this.n}|${options.map((o) => o.replace(/[$}\\,|]/g, "\\$&")).join(",")}|}`;
  }
}

function valueStop(spec: FieldSpec, stops: Stops, today: string | undefined): string {
  const v = spec.value;
  const single = () => {
    switch (v.type) {
      case "enum": return stops.choice(v.values.map((m) => m.name));
      case "bool": return stops.choice(["yes", "no"]);
      case "date": return stops.date(today);
      case "string": return `"${stops.next("")}"`;
      case "text": return `"${stops.next("")}"`;
      case "approval": return `${stops.choice(["director", "department-head", "deputy-director", "minister-of-defence"])} ${stops.date(today)} "${stops.next("reference")}"`;
      case "ref": return stops.next(v.kinds[0]!.toUpperCase());
      case "country": return stops.next("XA");
      case "code": return stops.next(v.example);
      case "rating": return `${stops.choice(["met", "doubtful", "not-met"])} "${stops.next("motivation")}"`;
    }
  };
  if (spec.list) return v.type === "enum" ? `[${stops.next(v.values[0]!.name)}]` : `[${single()}]`;
  return single();
}

/** The snippet body (VS Code / LSP snippet syntax) for a declaration of a kind; without `today`, dates use the editor's date variables. */
export function declarationSnippet(kind: KindSpec, today?: string): string {
  const stops = new Stops();
  const lines = [`${kind.name} ${stops.next("NAME")} "${stops.next("Title")}" {`];
  for (const name of SNIPPET_FIELDS[kind.name] ?? kind.fields.filter((f) => f.required).map((f) => f.name)) {
    const spec = fieldSpec(kind, name);
    if (spec) {
      lines.push(`  ${name}: ${valueStop(spec, stops, today)}`);
    } else if (name === "criteria") {
      lines.push("  criteria {");
      for (const c of ["human-rights", "professionalism", "international-obligations", "task-performance", "reciprocity"]) {
        lines.push(`    ${c}: ${stops.choice(["met", "doubtful", "not-met"])} "${stops.next("motivation")}"`);
      }
      lines.push("  }");
    } else if (name === "clause") {
      for (const [n, title, concerns] of CLAUSES) {
        lines.push(`  clause ${n} "${title}" {`, `    concerns: ${concerns}`, `    text: """`, `      ${stops.next("Text of the clause.")}`, `    """`, "  }");
      }
    } else if (name === "request") {
      lines.push("  request {");
      for (const f of ["signed-by", "description", "reason", "political-risks", "conditions"]) lines.push(`    ${f}: "${stops.next("")}"`);
      lines.push("  }");
    }
  }
  lines.push("}$0");
  return lines.join("\n");
}

export interface Snippet {
  prefix: string;
  name: string;
  body: string;
  description: string;
}

/** A snippet per declaration kind, for the extension's snippet file: dates use the editor's date variables. */
export function declarationSnippets(locale: Locale): Snippet[] {
  return KINDS.map((k) => ({ prefix: k.name, name: k.name, body: declarationSnippet(k), description: k.doc[locale] }));
}
