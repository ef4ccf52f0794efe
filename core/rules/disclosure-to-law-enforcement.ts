// disclosure-to-law-enforcement: the Wiv 2002 gives no ground to provide data to a foreign police or investigative service.
import type { Atom } from "../../grammar/syntax-tree.js";
import { list, refs, str } from "../model/access.js";
import type { Decl, Node } from "../model/bound.js";
import { isForeign } from "../model/queries.js";
import type { Workspace } from "../model/workspace.js";
import { declsOf, type Rule } from "./rule.js";

/** A foreign police or investigative service; a domestic one is no concern of the rules on foreign cooperation. */
function lawEnforcement(ws: Workspace, name: string): Decl | undefined {
  const service = ws.service(name);
  return service && str(service, "type") === "law-enforcement" && isForeign(ws, service) ? service : undefined;
}

/**
 * The law-enforcement services a field of the act names, with where they are named. A plain loop
 * rather than a generator: it runs for every act of a register, and almost always finds none.
 */
function named(ws: Workspace, act: Node, field: string): { atom: Atom; service: Decl }[] {
  let out: { atom: Atom; service: Decl }[] | undefined;
  for (const atom of refs(act, field) ?? NO_ATOMS) {
    const service = lawEnforcement(ws, atom.text);
    if (service) (out ??= []).push({ atom, service });
  }
  return out ?? NONE_FOUND;
}

const NO_ATOMS: readonly Atom[] = [];
const NONE_FOUND: { atom: Atom; service: Decl }[] = [];

const FIELDS = ["to", "end-recipient", "onward"] as const;

export const rule: Rule = {
  id: "disclosure-to-law-enforcement",
  section: "C",
  severity: "error",
  // No weighing, agreement, relationship of trust or permitted form can make giving data to a police service
  // lawful: for that act and that service, this is the one finding (one mistake, one finding).
  outranks: [
    "cooperation-without-assessment", "service-ineligible", "form-not-permitted", "assessment-overdue", "ad-hoc-without-authorisation",
    "ad-hoc-precedent", "cooperation-without-agreement", "sensitive-cooperation-without-minister", "explicit-weighing-missing",
    "trust-depth", "personal-data-doubtful-service", "request-doubtful-service",
  ],
  summary: {
    en: "Data given to a law-enforcement service: directly, as the end recipient, or with a request.",
    nl: "Gegevens verstrekt aan een opsporingsdienst: rechtstreeks, als eindontvanger, of bij een verzoek.",
  },
  messages: {
    to: {
      en: (a) => `${a.act} gives data to ${a.service}, a law-enforcement service. The Wiv 2002 leaves no room to provide data to a foreign police or investigative service (CTIVD 22B §5.2). Do not make this disclosure.`,
      nl: (a) => `${a.act} verstrekt gegevens aan ${a.service}, een opsporingsdienst. De Wiv 2002 laat geen ruimte voor verstrekking aan een buitenlandse politie- of opsporingsdienst (CTIVD 22B §5.2). Doe deze verstrekking niet.`,
    },
    onward: {
      en: (a) => `${a.act} allows the data to go onward to ${a.service}, a law-enforcement service. The Wiv 2002 leaves no room to provide data to a foreign police or investigative service, also not through another service (CTIVD 22B §5.2). Remove ${a.service} from 'onward'.`,
      nl: (a) => `${a.act} staat verdere verstrekking toe aan ${a.service}, een opsporingsdienst. De Wiv 2002 laat geen ruimte voor verstrekking aan een buitenlandse politie- of opsporingsdienst, ook niet via een andere dienst (CTIVD 22B §5.2). Verwijder ${a.service} uit 'onward'.`,
    },
    request: {
      en: (a) => `${a.act} is a request to ${a.service}, a law-enforcement service, that gives it data. The Wiv 2002 leaves no room to provide data to a foreign police or investigative service, also not as part of a request (CTIVD 22B §5.2). Leave the data out of the request ('provides'), or do not send it.`,
      nl: (a) => `${a.act} is een verzoek aan ${a.service}, een opsporingsdienst, dat gegevens verstrekt. De Wiv 2002 laat geen ruimte voor verstrekking aan een buitenlandse politie- of opsporingsdienst, ook niet als onderdeel van een verzoek (CTIVD 22B §5.2). Laat de gegevens weg uit het verzoek ('provides'), of verstuur het niet.`,
    },
    "end-recipient": {
      en: (a) => `${a.act} gives data that is meant for ${a.service}, a law-enforcement service, through another service. Passing data on to a foreign investigative service through an intelligence service is equally unlawful (CTIVD 22B §5.2). Do not make this disclosure.`,
      nl: (a) => `${a.act} verstrekt gegevens die bestemd zijn voor ${a.service}, een opsporingsdienst, via een andere dienst. Verstrekking aan een buitenlandse opsporingsdienst via een inlichtingendienst is evenzeer onrechtmatig (CTIVD 22B §5.2). Doe deze verstrekking niet.`,
    },
  },
  check(ctx) {
    for (const d of declsOf(ctx, "disclosure")) {
      for (const field of FIELDS) {
        for (const { atom, service } of named(ctx.ws, d, field)) {
          ctx.report({ message: field, args: { act: d.name, service: service.name }, subject: { act: d, service: service.name }, start: atom.start, end: atom.end });
        }
      }
    }
    for (const d of declsOf(ctx, "request")) {
      if ((list(d, "provides") ?? []).length === 0) continue;
      for (const { atom, service } of named(ctx.ws, d, "to")) {
        ctx.report({ message: "request", args: { act: d.name, service: service.name }, subject: { act: d, service: service.name }, start: atom.start, end: atom.end });
      }
    }
  },
};
