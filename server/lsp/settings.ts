// What the client tells the server about itself and its user: the UI language, settings, a pinned "today".
import type { InitializeParams } from "vscode-languageserver/node";
import type { Locale } from "../../grammar/messages.js";
import type { Settings } from "../../core/analysis/configuration.js";
import type { Config, SeveritySetting } from "../../core/model/config.js";
import { parseDate } from "../../core/model/dates.js";
import { RULE_IDS } from "../../core/rules/catalogue.js";

/** The locale of the client's UI (VS Code's display language), when it is one Entente speaks. */
export function uiLocale(params: InitializeParams): Locale {
  return params.locale?.toLowerCase().startsWith("nl") ? "nl" : "en";
}

/** A day number for a valid YYYY-MM-DD date, else undefined. */
export function dayOf(text: unknown): number | undefined {
  if (typeof text !== "string") return undefined;
  const d = parseDate(text);
  return typeof d === "string" ? undefined : d.day;
}

type Raw = Partial<{ locale: string; reviewIntervalMonths: number; rules: Record<string, string>; today: string; baseline: { show?: unknown } }> | null;

/**
 * The editor's `entente` settings as the analysis takes them, and the day they pin; what cannot be
 * used is named in `ignored` (the server logs it) and left out.
 */
export function readSettings(raw: Raw, defaultLocale: Locale): { settings: Settings; today: number | undefined; ignored: string[]; showBaselined: boolean } {
  const ignored: string[] = [];
  const rules: Config["rules"] = {};
  for (const [id, sev] of Object.entries(raw?.rules ?? {})) {
    if (RULE_IDS.has(id) && ["error", "warning", "info", "off"].includes(sev)) rules[id] = sev as SeveritySetting;
    else ignored.push(`entente.rules.${id}: ${JSON.stringify(sev)}`);
  }
  if (raw?.today && dayOf(raw.today) === undefined) ignored.push(`entente.today: ${JSON.stringify(raw.today)} is not a date written YYYY-MM-DD`);
  const interval = raw?.reviewIntervalMonths;
  return {
    settings: {
      locale: raw?.locale === "en" || raw?.locale === "nl" ? raw.locale : defaultLocale,
      rules,
      ...(typeof interval === "number" && Number.isInteger(interval) && interval >= 1 && interval <= 120 ? { reviewIntervalMonths: interval } : {}),
    },
    today: dayOf(raw?.today),
    ignored,
    // Findings the baseline accepts are shown as hints unless the drafter turns that off.
    showBaselined: raw?.baseline?.show !== false,
  };
}
