// duplicate-name: two declarations share a name anywhere in the workspace.
import { before } from "../model/workspace.js";
import { kindsInWords } from "./problems.js";
import { nameOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "duplicate-name",
  section: "A",
  severity: "error",
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
      const all = ctx.ws.lookup(d.name);
      if (all.length < 2) continue;
      const others = all.filter((o) => o !== d).sort((a, b) => (before(a, b) ? -1 : 1));
      ctx.report({
        args: { name: d.name, count: String(all.length) }, ...nameOf(d),
        related: others.map((o) => ({ file: o.file, ...nameOf(o), message: "other", args: { kind: o.kind, name: o.name } })),
      });
    }
  },
};
