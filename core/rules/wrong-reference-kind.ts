// wrong-reference-kind: a name that is declared, but as another kind than the field expects.
import { kindsInWords } from "./problems.js";
import { nameOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "wrong-reference-kind",
  section: "A",
  severity: "error",
  unsuppressible: true, alwaysOn: true,
  summary: { en: "A name declared as another kind than the field expects.", nl: "Een naam die als een andere soort is gedeclareerd dan het veld verwacht." },
  messages: {
    default: {
      en: (a) => `${a.name} is ${kindsInWords(a.actual!, "en")}, but '${a.field}' needs the name of ${kindsInWords(a.kinds!, "en")}. Name ${kindsInWords(a.kinds!, "en")} here.`,
      nl: (a) => `${a.name} is ${kindsInWords(a.actual!, "nl")}, maar '${a.field}' verwacht de naam van ${kindsInWords(a.kinds!, "nl")}. Noem hier ${kindsInWords(a.kinds!, "nl")}.`,
    },
    declared: {
      en: (a) => `${a.name} is declared here as ${kindsInWords(a.actual!, "en")}.`,
      nl: (a) => `${a.name} is hier gedeclareerd als ${kindsInWords(a.actual!, "nl")}.`,
    },
  },
  check(ctx) {
    for (const { atom, field, kinds } of ctx.file.refs) {
      const found = ctx.ws.headsNamed(atom.text);
      if (found.length === 0 || found.some((d) => kinds.includes(d.kind))) continue;
      const d = found[0]!;
      ctx.report({
        args: { name: atom.text, field: field.name, kinds: kinds.join(" or "), actual: d.kind },
        start: atom.start, end: atom.end,
        related: [{ file: d.file, ...nameOf(d), message: "declared", args: { name: d.name, actual: d.kind } }],
      });
    }
  },
};
