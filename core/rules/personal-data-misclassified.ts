// personal-data-misclassified: any data on an identifiable person is personal data (art. 1(e)).
import { firstValueAt, list, str } from "../model/access.js";
import { dataField, isForeignAct, keyRange } from "./helpers.js";
import { valuesWords } from "./terms.js";
import { type Rule } from "./rule.js";

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE = /(?:\+|\b00)\d[\d ()-]{6,}\d|\b0\d{1,3}[ -]?\d{6,8}\b/;
const CONTACTS = [["email", EMAIL], ["phone", PHONE]] as const;

export const rule: Rule = {
  id: "personal-data-misclassified",
  section: "C",
  severity: "error",
  summary: {
    en: "Data about identifiable persons that is not marked as personal data.",
    nl: "Gegevens over identificeerbare personen die niet als persoonsgegevens zijn aangemerkt.",
  },
  messages: {
    subjects: {
      en: (a) => `${a.act} says its data concerns ${valuesWords(a.kind!, "subjects", a.subjects, "en")}, but does not mark it as personal data. Data on an identifiable natural person is personal data, whether or not the person is a subject of investigation (art. 1(e) Wiv 2002; CTIVD 22B §5.2). Add 'personal' to '${a.field}:', so that the rules for personal data apply.`,
      nl: (a) => `${a.act} vermeldt dat de gegevens betrekking hebben op ${valuesWords(a.kind!, "subjects", a.subjects, "nl")}, maar merkt ze niet aan als persoonsgegevens. Gegevens over een identificeerbare natuurlijke persoon zijn persoonsgegevens, of de persoon nu onderwerp van onderzoek is of niet (art. 1 sub e Wiv 2002; CTIVD 22B §5.2). Voeg 'personal' toe aan '${a.field}:', zodat de regels voor persoonsgegevens gelden.`,
    },
    contact: {
      en: (a) => `The summary of ${a.act} contains ${a.what === "email" ? "an e-mail address" : "a telephone number"}, which identifies a person, but the data is not marked as personal data (art. 1(e) Wiv 2002; CTIVD 22B §5.2). Add 'personal' to '${a.field}:', so that the rules for personal data apply.`,
      nl: (a) => `De samenvatting van ${a.act} bevat ${a.what === "email" ? "een e-mailadres" : "een telefoonnummer"}, dat een persoon identificeert, maar de gegevens zijn niet als persoonsgegevens aangemerkt (art. 1 sub e Wiv 2002; CTIVD 22B §5.2). Voeg 'personal' toe aan '${a.field}:', zodat de regels voor persoonsgegevens gelden.`,
    },
  },
  check(ctx) {
    for (const d of ctx.file.decls) {
      const field = dataField(d);
      if (!field || !d.spec) continue;
      const data = list(d, field);
      if (!data || data.includes("personal")) continue;
      const subjects = list(d, "subjects") ?? [];
      if (subjects.length > 0) {
        if (isForeignAct(ctx.ws, d)) ctx.report({ message: "subjects", args: { act: d.name, kind: d.kind, field, subjects: subjects.join(",") }, ...keyRange(d, "subjects")! });
        continue;
      }
      const summary = str(d, "summary");
      const value = firstValueAt(d, "summary");
      if (summary === undefined || !value || value.kind === "list") continue;
      const raw = ctx.file.tree.text.slice(value.start, value.end);
      for (const [what, re] of CONTACTS) {
        // Most summaries hold no '@' and no digit: the patterns are not worth running on them.
        if (what === "email" ? !raw.includes("@") : !/\d/.test(raw)) continue;
        const m = re.exec(raw);
        if (!m) continue;
        if (isForeignAct(ctx.ws, d)) ctx.report({ message: "contact", args: { act: d.name, field, what }, start: value.start + m.index, end: value.start + m.index + m[0].length });
        break;
      }
    }
  },
};
