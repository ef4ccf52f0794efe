// wrong-reference-kind: a name that is declared, but as another kind than the field expects.
import { nameOf, type Rule } from "./rule.js";
import { article } from "./terms.js";

export const rule: Rule = {
  id: "wrong-reference-kind",
  section: "A",
  severity: "error",
  unsuppressible: true, alwaysOn: true,
  summary: { en: "A name declared as another kind than the field expects.", nl: "Een naam die als een andere soort is gedeclareerd dan het veld verwacht." },
  messages: {
    default: {
      en: (a) => `${a.name} is ${article(a.actual!)} ${a.actual}, but '${a.field}' needs ${article(a.kinds!)} ${a.kinds}. Name ${article(a.kinds!)} ${a.kinds} here.`,
      nl: (a) => `${a.name} is een ${a.actual}, maar '${a.field}' verwacht een ${a.kinds}. Noem hier een ${a.kinds}.`,
    },
    declared: { en: (a) => `${a.name} is declared here as ${article(a.actual!)} ${a.actual}.`, nl: (a) => `${a.name} is hier gedeclareerd als ${a.actual}.` },
  },
  check(ctx) {
    for (const { atom, field, kinds } of ctx.file.refs) {
      const found = ctx.ws.lookup(atom.text);
      if (found.length === 0 || found.some((d) => kinds.includes(d.kind))) continue;
      const d = found[0]!;
      ctx.report({
        args: { name: atom.text, field: field.key.text, kinds: kinds.join(" or "), actual: d.kind },
        start: atom.start, end: atom.end,
        related: [{ file: d.file, ...nameOf(d), message: "declared", args: { name: d.name, actual: d.kind } }],
      });
    }
  },
};
