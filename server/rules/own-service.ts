// own-service: a workspace with activities must mark exactly one service `own: yes`.
import { fieldAt } from "../model/access.js";
import { nameOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "own-service",
  section: "A",
  severity: "error",
  summary: { en: "A workspace with activities has no, or more than one, own service.", nl: "Een werkruimte met activiteiten heeft geen, of meer dan één, eigen dienst." },
  messages: {
    none: {
      en: () => `No service is marked 'own: yes', so Entente cannot tell which services are foreign. Add 'own: yes' to the service this workspace speaks for.`,
      nl: () => `Geen dienst is gemarkeerd met 'own: yes', zodat Entente niet kan bepalen welke diensten buitenlands zijn. Voeg 'own: yes' toe aan de dienst namens wie deze werkruimte spreekt.`,
    },
    many: {
      en: (a) => `${a.name} is marked 'own: yes', but so is ${a.first}: exactly one service may speak for the workspace. Remove 'own: yes' from all but one.`,
      nl: (a) => `${a.name} is gemarkeerd met 'own: yes', maar ${a.first} ook: precies één dienst mag namens de werkruimte spreken. Verwijder 'own: yes' bij alle op één na.`,
    },
    first: { en: (a) => `${a.first} is marked as the own service here.`, nl: (a) => `${a.first} is hier als eigen dienst gemarkeerd.` },
  },
  check(ctx) {
    const { own, firstActivity } = ctx.ws.ownServices();
    if (!firstActivity) return;
    if (own.length === 0) {
      if (firstActivity.file === ctx.file) ctx.report({ message: "none", ...nameOf(firstActivity) });
      return;
    }
    const first = own[0]!;
    for (const d of own.slice(1)) {
      if (d.file !== ctx.file) continue;
      const at = fieldAt(d, "own")!;
      ctx.report({
        message: "many", args: { name: d.name, first: first.name }, start: at.start, end: at.end,
        related: [{ file: first.file, ...nameOf(first), message: "first", args: { first: first.name } }],
      });
    }
  },
};
