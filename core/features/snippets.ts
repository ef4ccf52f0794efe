// Snippets for whole declarations, built from the schema: the fields a drafter fills in, with tab stops on the values.
import type { Locale } from "../../grammar/messages.js";
import { fieldSpec, KINDS, nestedSpec, type BlockSpec, type FieldSpec, type KindSpec } from "../model/schema/index.js";

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
      case "dated": return `${stops.date(today)} "${stops.next("reference")}"`;
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

/** The members of a block in a snippet: the block's own snippet order, or its required fields. */
function snippetMembers(block: BlockSpec): readonly string[] {
  return block.snippet ?? block.fields.filter((f) => f.required).map((f) => f.name);
}

/** The lines of a block's members, indented; `values` are written as they are instead of a tab stop. */
function memberLines(block: BlockSpec, indent: string, stops: Stops, today: string | undefined, values: Record<string, string> = {}): string[] {
  const lines: string[] = [];
  for (const name of snippetMembers(block)) {
    const field = fieldSpec(block, name);
    const nested = field ? undefined : nestedSpec(block, name);
    if (field && Object.hasOwn(values, name)) lines.push(`${indent}${name}: ${values[name]}`);
    else if (field?.example !== undefined && field.value.type === "text") {
      lines.push(`${indent}${name}: """`, `${indent}  ${stops.next(field.example)}`, `${indent}"""`);
    } else if (field) lines.push(`${indent}${name}: ${valueStop(field, stops, today)}`);
    else if (nested) {
      for (const instance of nested.snippetInstances ?? [{ label: "", title: "", values: {} }]) {
        const head = [nested.name, instance.label, instance.title && `"${instance.title}"`].filter(Boolean).join(" ");
        lines.push(`${indent}${head} {`, ...memberLines(nested, indent + "  ", stops, today, instance.values), `${indent}}`);
      }
    }
  }
  return lines;
}

/** The snippet body (VS Code / LSP snippet syntax) for a declaration of a kind; without `today`, dates use the editor's date variables. */
export function declarationSnippet(kind: KindSpec, today?: string): string {
  const stops = new Stops();
  const lines = [`${kind.name} ${stops.next("NAME")} "${stops.next("Title")}" {`, ...memberLines(kind, "  ", stops, today)];
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
