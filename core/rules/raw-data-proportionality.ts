// raw-data-proportionality: raw results go abroad only after a test of necessity and proportionality.
import { has, list } from "../model/access.js";
import { isForeignAct, itemRange } from "./helpers.js";
import { joinAnd } from "./terms.js";
import { declsOf, type Rule } from "./rule.js";

const WORD: Record<string, { en: string; nl: string }> = {
  necessity: { en: "its necessity", nl: "de noodzaak" },
  proportionality: { en: "its proportionality", nl: "de proportionaliteit" },
};

export const rule: Rule = {
  id: "raw-data-proportionality",
  section: "C",
  severity: "warning",
  summary: {
    en: "Raw data given without a test of necessity and proportionality.",
    nl: "Ruwe gegevens verstrekt zonder toets van noodzaak en proportionaliteit.",
  },
  messages: {
    default: {
      en: (a) => `${a.act} gives raw data without recording ${joinAnd(a.missing!.split(",").map((m) => WORD[m]!.en), "en")}. Raw results have not been assessed for relevance; giving them whole lets the partner judge them itself, so the service must be restrained and test necessity and proportionality first (CTIVD 22B §5.2). Record them with ${a.missing!.split(",").map((m) => `'${m}:'`).join(" and ")}.`,
      nl: (a) => `${a.act} verstrekt ruwe gegevens zonder ${joinAnd(a.missing!.split(",").map((m) => WORD[m]!.nl), "nl")} vast te leggen. Ruwe resultaten zijn niet op relevantie beoordeeld; wie ze integraal verstrekt, laat de partner zelf oordelen, dus de dienst moet terughoudend zijn en eerst noodzaak en proportionaliteit toetsen (CTIVD 22B §5.2). Leg ze vast met ${a.missing!.split(",").map((m) => `'${m}:'`).join(" en ")}.`,
    },
  },
  requires: { en: () => "necessity, proportionality", nl: () => "noodzaak, proportionaliteit" },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      if (!list(d, "data")?.includes("raw")) continue;
      const missing = ["necessity", "proportionality"].filter((f) => !has(d, f));
      if (missing.length > 0 && isForeignAct(ctx.ws, d)) ctx.report({ args: { act: d.name, missing: missing.join(",") }, ...itemRange(d, "data", "raw")! });
    }
  },
};
