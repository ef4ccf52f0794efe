// disclosure-to-law-enforcement: the Wiv 2002 gives no ground to provide data to a foreign police or investigative service.
import { refs, str } from "../model/access.js";
import { declsOf, type Rule } from "./rule.js";

export const rule: Rule = {
  id: "disclosure-to-law-enforcement",
  section: "C",
  severity: "error",
  summary: {
    en: "Data given to a law-enforcement service, directly or as the end recipient.",
    nl: "Gegevens verstrekt aan een opsporingsdienst, rechtstreeks of als eindontvanger.",
  },
  messages: {
    to: {
      en: (a) => `${a.act} gives data to ${a.service}, a law-enforcement service. The Wiv 2002 leaves no room to provide data to a foreign police or investigative service (CTIVD 22B §5.2). Do not make this disclosure.`,
      nl: (a) => `${a.act} verstrekt gegevens aan ${a.service}, een opsporingsdienst. De Wiv 2002 laat geen ruimte voor verstrekking aan een buitenlandse politie- of opsporingsdienst (CTIVD 22B §5.2). Doe deze verstrekking niet.`,
    },
    "end-recipient": {
      en: (a) => `${a.act} gives data that is meant for ${a.service}, a law-enforcement service, through another service. Passing data on to a foreign investigative service through an intelligence service is equally unlawful (CTIVD 22B §5.2). Do not make this disclosure.`,
      nl: (a) => `${a.act} verstrekt gegevens die bestemd zijn voor ${a.service}, een opsporingsdienst, via een andere dienst. Verstrekking aan een buitenlandse opsporingsdienst via een inlichtingendienst is evenzeer onrechtmatig (CTIVD 22B §5.2). Doe deze verstrekking niet.`,
    },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      for (const field of ["to", "end-recipient"] as const) {
        for (const atom of refs(d, field) ?? []) {
          const service = ctx.ws.service(atom.text);
          if (service && str(service, "type") === "law-enforcement") {
            ctx.report({ message: field, args: { act: d.name, service: service.name }, start: atom.start, end: atom.end });
          }
        }
      }
    }
  },
};
