// suppression-without-reason: an `entente-ignore` comment must say why, after `--`.
import type { Rule } from "./rule.js";

export const rule: Rule = {
  id: "suppression-without-reason",
  section: "A",
  severity: "error",
  unsuppressible: true,
  summary: { en: "A suppression comment without a reason after '--'.", nl: "Een onderdrukkingscommentaar zonder reden na '--'." },
  messages: {
    default: {
      en: () => `This suppression gives no reason, so it does not take effect: add '-- ' and the reason, for example '-- Director accepted, DIR/2026/51'.`,
      nl: () => `Deze onderdrukking vermeldt geen reden en heeft daarom geen effect: voeg '-- ' en de reden toe, bijvoorbeeld '-- Akkoord directeur, DIR/2026/51'.`,
    },
  },
  check(ctx) {
    for (const s of ctx.file.suppressions) if (s.reason === null) ctx.report({ start: s.start, end: s.end });
  },
};
