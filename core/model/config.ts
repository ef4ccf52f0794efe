// `entente.json`: review interval, locale, excluded paths and rule severities, read strictly with exact error ranges.
import { jsonc, type JsonNode, type ParseError } from "./jsonc.js";
import type { Locale } from "../../grammar/messages.js";
import { compileGlobs, type GlobMatcher } from "./glob.js";
import { nearest } from "./suggest.js";

export type Severity = "error" | "warning" | "info";
export type SeveritySetting = Severity | "off";

export interface Config {
  reviewIntervalMonths: number;
  locale: Locale;
  exclude: string[];
  rules: Record<string, SeveritySetting>;
}

export const DEFAULT_CONFIG: Readonly<Config> = Object.freeze({ reviewIntervalMonths: 24, locale: "en", exclude: [], rules: {} });

/** The configuration in force for a file of the workspace, by its identity. */
export type ConfigOf = (fileId: string) => Config;

/** A configuration error, located in the configuration text; reported by the `config-error` rule. */
export interface ConfigProblem {
  variant: string;
  args: Record<string, string>;
  start: number;
  end: number;
}

const KEYS = ["reviewIntervalMonths", "locale", "exclude", "rules"];
const SEVERITIES = ["error", "warning", "info", "off"];

/** What configuration may do to a rule: the catalogue's facts, passed in (the model knows no rules). */
export interface RuleFacts {
  /** It cannot be switched off. */
  alwaysOn?: boolean;
  /** Its severity cannot be changed at all. */
  fixedSeverity?: boolean;
}

export interface ParsedConfig {
  config: Config;
  problems: ConfigProblem[];
  /** The settings the file gives validly, so that an editor's settings fill in only the others. */
  given: Set<keyof Config>;
  /** The `exclude` patterns compiled, when there are any and none was refused. */
  excludes?: GlobMatcher;
}

/** Reads a configuration text. Anything wrong is a problem, and the setting concerned keeps its default. */
export function parseConfig(text: string, knownRules: ReadonlyMap<string, RuleFacts>): ParsedConfig {
  const config: Config = { ...DEFAULT_CONFIG, exclude: [], rules: {} };
  const problems: ConfigProblem[] = [];
  const given = new Set<keyof Config>();
  let excludes: GlobMatcher | undefined;
  const errors: ParseError[] = [];
  const root = jsonc.parseTree(text, errors, { allowTrailingComma: false, disallowComments: false });
  for (const e of errors) {
    problems.push({ variant: "syntax", args: { error: jsonc.printParseErrorCode(e.error) }, start: e.offset, end: e.offset + Math.max(1, e.length) });
  }
  if (errors.length > 0) return { config, problems, given };
  if (!root || root.type !== "object") {
    problems.push({ variant: "root", args: {}, start: root?.offset ?? 0, end: root ? root.offset + root.length : text.length });
    return { config, problems, given };
  }
  const at = (n: JsonNode) => ({ start: n.offset, end: n.offset + n.length });
  const seen = new Set<string>();
  for (const prop of root.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    if (seen.has(key)) problems.push({ variant: "duplicate-key", args: { key }, ...at(keyNode) });
    seen.add(key);
    if (!KEYS.includes(key)) {
      problems.push({ variant: "unknown-key", args: { key, suggestion: nearest(key, KEYS) ?? "" }, ...at(keyNode) });
      continue;
    }
    const value: unknown = jsonc.getNodeValue(valueNode);
    if (key === "reviewIntervalMonths") {
      if (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 120) { config.reviewIntervalMonths = value; given.add(key); }
      else problems.push({ variant: "interval", args: { value: JSON.stringify(value) }, ...at(valueNode) });
    } else if (key === "locale") {
      if (value === "en" || value === "nl") { config.locale = value; given.add(key); }
      else problems.push({ variant: "locale", args: { value: JSON.stringify(value) }, ...at(valueNode) });
    } else if (key === "exclude") {
      if (!Array.isArray(value) || !value.every((v) => typeof v === "string" && v.length > 0)) problems.push({ variant: "exclude", args: {}, ...at(valueNode) });
      else {
        const matcher = compileGlobs(value as string[]);
        if ("refused" in matcher) {
          const item = (valueNode.children ?? []).find((c) => c.value === matcher.pattern) ?? valueNode;
          problems.push({ variant: "exclude-pattern", args: { pattern: matcher.pattern.slice(0, 80), reason: matcher.refused }, ...at(item) });
        } else {
          config.exclude = value as string[];
          if (config.exclude.length > 0) excludes = matcher;
          given.add(key);
        }
      }
    } else if (valueNode.type !== "object") {
      problems.push({ variant: "rules", args: {}, ...at(valueNode) });
    } else {
      readRules(valueNode, knownRules, config, problems);
      given.add("rules");
    }
  }
  return { config, problems, given, ...(excludes ? { excludes } : {}) };
}

function readRules(node: JsonNode, knownRules: ReadonlyMap<string, RuleFacts>, config: Config, problems: ConfigProblem[]): void {
  for (const prop of node.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (!k || !v) continue;
    const id = String(k.value);
    if (!knownRules.has(id)) {
      problems.push({ variant: "unknown-rule", args: { rule: id, suggestion: nearest(id, knownRules.keys()) ?? "" }, start: k.offset, end: k.offset + k.length });
    } else if (typeof v.value !== "string" || !SEVERITIES.includes(v.value)) {
      problems.push({ variant: "severity", args: { rule: id, value: JSON.stringify(jsonc.getNodeValue(v)) }, start: v.offset, end: v.offset + v.length });
    } else if (knownRules.get(id)!.fixedSeverity || (knownRules.get(id)!.alwaysOn && v.value === "off")) {
      problems.push({ variant: "always-on", args: { rule: id }, start: v.offset, end: v.offset + v.length });
    } else {
      config.rules[id] = v.value as SeveritySetting;
    }
  }
}
