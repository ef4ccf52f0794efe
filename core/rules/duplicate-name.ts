// duplicate-name: two declarations share a name anywhere in the workspace.
import { kindsInWords } from "./problems.js";
import { firstOthers, nameOf, type Rule } from "./rule.js";

/**
 * The other declarations shown beside a duplicate: the first few in the workspace's order. A name
 * declared thousands of times is one mistake; listing every copy under every copy would cost the
 * square of their number (the message says how many there are).
 */
const MAX_OTHERS = 5;

export const rule: Rule = {
  id: "duplicate-name",
  section: "A",
  severity: "error",
  contextArgs: ["count"],
  summary: { en: "Two declarations share a name somewhere in the workspace.", nl: "Twee declaraties hebben dezelfde naam, ergens in de werkruimte." },
  messages: {
    default: {
      en: (a) => `The name ${a.name} is declared ${a.count} times in the workspace; names must be unique across all files, so references to it are ambiguous. Rename all but one.`,
      nl: (a) => `De naam ${a.name} wordt ${a.count} keer gedeclareerd in de werkruimte; namen moeten in alle bestanden uniek zijn, anders is onduidelijk waarnaar wordt verwezen. Hernoem alle op één na.`,
    },
    other: {
      en: (a) => `${a.name} is also declared here, as ${kindsInWords(a.kind!, "en")}.`,
      nl: (a) => `${a.name} is ook hier gedeclareerd, als ${kindsInWords(a.kind!, "nl")}.`,
    },
  },
  check(ctx) {
    for (const d of ctx.file.decls) {
      if (!d.name) continue;
      const all = ctx.ws.headsNamed(d.name);
      if (all.length < 2) continue;
      // The index keeps the copies in document order: the earliest few others are the same for every copy.
      const others = firstOthers(all, d, MAX_OTHERS);
      ctx.report({
        args: { name: d.name, count: String(all.length) }, ...nameOf(d),
        related: others.map((o) => ({ file: o.file, ...nameOf(o), message: "other", args: { kind: o.kind, name: o.name } })),
      });
    }
  },
};
