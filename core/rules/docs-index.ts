// The index of the rule documentation (docs/rules/README.md), generated from the catalogue.
import { RULES } from "./catalogue.js";
import type { Section } from "./rule.js";

const SECTIONS: Record<Section, string> = {
  A: "Structure",
  B: "Cooperation criteria, relationships and agreements",
  C: "Disclosures",
  D: "Requests to foreign services",
  E: "Support",
  F: "Joint operations",
  G: "Liaisons and data received",
};

export function docsIndex(): string {
  let out = `# Entente rules\n\n`;
  out += `Every rule of the catalogue, with the legal basis of each in its own page. Severity follows the\n`;
  out += `oversight committee's own verdicts in CTIVD report no. 22B: **error** where it found conduct unlawful,\n`;
  out += `**warning** where it found it careless (internal policy or due care not followed), **info** for its\n`;
  out += `recommendations. Any severity can be changed in \`entente.json\`.\n\n`;
  out += `The examples in the pages assume the services, weighings and agreements of\n`;
  out += `[\`partners.entente\`](partners.entente): MIVD (the own service), ALPHA (trusted, fully weighed),\n`;
  out += `BRAVO (established), HERON (doubtful on human rights), KESTREL (a police service),\n`;
  out += `TANGO (does not qualify) and VICTOR (never weighed), and are checked as of 1 June 2026. The tests\n`;
  out += `check that each *Avoid* example fires its rule and that each *Prefer* example is free of findings.\n\n`;
  out += `This page is generated from the catalogue; \`UPDATE=1 npm test\` rewrites it.\n`;
  for (const [section, title] of Object.entries(SECTIONS) as [Section, string][]) {
    const rules = RULES.filter((r) => r.section === section);
    out += `\n## ${section}. ${title}\n\n| rule | severity | checks |\n|---|---|---|\n`;
    for (const r of rules) out += `| [\`${r.id}\`](${r.id}.md) | ${r.severity} | ${r.summary.en} |\n`;
  }
  return out;
}
