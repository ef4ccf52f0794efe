// own-service: a workspace with activities must mark exactly one service `own: yes`.
import { fieldAt } from "../model/access.js";
import { firstOthers, nameOf, type Rule } from "./rule.js";
import { joinAnd } from "./terms.js";

/**
 * The other own services a finding names and links: the first few. A register pasted together many
 * times over is one mistake; naming every copy in every copy's finding would cost the square of
 * their number (4,000 copies ran out of memory). The message says how many more there are.
 */
const MAX_NAMED = 5;

/** The names of the others, with "and N more" when some are left out. */
const othersText = (a: Record<string, string | undefined>, more: (n: string) => string) =>
  [...a.others!.split(","), ...(a.more ? [more(a.more)] : [])];

export const rule: Rule = {
  id: "own-service",
  section: "A",
  severity: "error",
  contextArgs: ["count", "others", "more"],
  summary: { en: "A workspace with activities has no, or more than one, own service.", nl: "Een werkruimte met activiteiten heeft geen, of meer dan één, eigen dienst." },
  messages: {
    none: {
      en: () => `No service is marked 'own: yes', so Entente cannot tell which services are foreign. Add 'own: yes' to the service this workspace speaks for.`,
      nl: () => `Geen dienst is gemarkeerd met 'own: yes', zodat Entente niet kan bepalen welke diensten buitenlands zijn. Voeg 'own: yes' toe aan de dienst namens wie deze werkruimte spreekt.`,
    },
    many: {
      en: (a) => `${a.name} is marked 'own: yes', and so ${a.count === "2" ? "is" : "are"} ${joinAnd(othersText(a, (n) => `${n} more`), "en")}: exactly one service may speak for the workspace, since that decides which services are foreign. Keep 'own: yes' on the own service only.`,
      nl: (a) => `${a.name} is gemarkeerd met 'own: yes', en ${joinAnd(othersText(a, (n) => `nog ${n} andere`), "nl")} ook: precies één dienst mag namens de werkruimte spreken, omdat dat bepaalt welke diensten buitenlands zijn. Houd 'own: yes' alleen bij de eigen dienst.`,
    },
    other: { en: (a) => `${a.other} is also marked as the own service.`, nl: (a) => `${a.other} is ook als eigen dienst gemarkeerd.` },
  },
  check(ctx) {
    const own = ctx.ws.ownServices();
    if (own.length === 0) {
      // Only then does it matter where the first activity is; asking sooner would tie every file to every activity.
      const firstActivity = ctx.ws.firstActivity();
      if (firstActivity?.file === ctx.file) ctx.report({ message: "none", ...nameOf(firstActivity) });
      return;
    }
    if (own.length > 1 && !ctx.ws.firstActivity()) return;
    if (own.length < 2) return;
    for (const d of own) {
      if (d.file !== ctx.file) continue;
      const at = fieldAt(d, "own")!;
      const others = firstOthers(own, d, MAX_NAMED);
      // Only when some are left out, so that the key of a finding in a baseline stays as it was.
      const more = own.length - 1 - others.length;
      ctx.report({
        message: "many", args: { name: d.name, others: others.map((o) => o.name).join(","), ...(more > 0 ? { more: String(more) } : {}), count: String(own.length) }, start: at.start, end: at.end,
        related: others.map((o) => ({ file: o.file, ...nameOf(o), message: "other", args: { other: o.name } })),
      });
    }
  },
};
