// The partner register as Markdown: for pull requests, wikis and printing from any Markdown viewer.
import type { Locale } from "../../../grammar/messages.js";
import { historyParts, reviewText, serviceFactsParts } from "../facts.js";
import { markdownCode, markdownText } from "../markdown-text.js";
import type { AgreementEntry, Report, ServiceEntry } from "./build.js";
import {
  activitiesText, AGREEMENT_STATES, approvedByText, categoryWord, countsText, criterionWord, inForceFrom, ratingWord, stateWord, statusWord,
  termsText, valuesText, valueText, viaText, withAmendments, word,
} from "./labels.js";

/** Text from a file, inert in a table cell: no markup, link, image or HTML (see markdown-text.ts). */
const md = markdownText;

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

/** The anchor of a service's section, as Markdown renderers derive it from the heading. */
function anchorOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9 -]/g, "").replace(/ /g, "-");
}

function serviceSection(s: ServiceEntry, register: ReadonlyMap<string, AgreementEntry>, L: Locale): string {
  const w = (k: Parameters<typeof word>[0]) => word(k, L);
  const facts = serviceFactsParts(s, L).map(md);
  const out = [`### ${md(s.name)}`, "", ...(s.title ? [`*${md(s.title)}*`, ""] : []), `${[...facts, `${w("declaredIn")} ${markdownCode(`${s.file}:${s.line}`)}`].join(" · ")}`, ""];
  const a = s.assessment;
  out.push(`**${w("status")}:** ${statusWord(s.status, L)}${a ? ` — ${w("assessment").toLowerCase()} ${md(a.name)} (${a.date}${a.approvedBy ? `, ${w("approvedBy")} ${approvedByText(a.approvedBy, L)}` : ""})` : ""}`);
  if (a) out.push("", `**${w("reviewBy")}:** ${a.reviewBy ?? "—"}${a.overdue ? ` — **${w("overdue")}**` : ""}`);
  if (a) out.push("", table([w("criterion"), w("rating")], s.criteria.map((c) => [criterionWord(c.criterion, L), ratingWord(c.rating, L)])));
  const agreements = AGREEMENT_STATES.filter((st) => s.agreements[st].length > 0)
    .map((st) => `${stateWord(st, L)}: ${s.agreements[st].map((n) => md(withAmendments(n, register, L))).join(", ")}`);
  out.push("", `**${w("agreements")}:** ${agreements.length > 0 ? agreements.join("; ") : w("none")}`);
  out.push("", `**${w("balance")}:** ${w("given").toLowerCase()} ${s.balance.given}, ${w("received").toLowerCase()} ${s.balance.received}`);
  if (s.balance.byCategory.length > 0) {
    out.push("", table([w("category"), w("given"), w("received")], s.balance.byCategory.map((c) => [categoryWord(c.category, L), String(c.given), String(c.received)])));
    out.push("", table([w("quarter"), w("given"), w("received")], s.balance.byQuarter.map((q) => [q.quarter, String(q.given), String(q.received)])));
  }
  if (s.balance.given > 0) out.push("", `**${w("terms")}:** ${md(termsText(s.terms, s.balance.given, L))}`);
  const r = s.requests;
  out.push("", `**${w("requests")}:** ${r.sent} ${w("sent")}, ${r.answered} ${w("answered")}${r.open.length > 0 ? `; ${w("open")}: ${r.open.map(md).join(", ")}` : ""}`);
  out.push("", `**${w("activities")}:** ${activitiesText(s.activities, L)}`);
  if (s.via.length > 0) out.push("", `**${w("via")}:** ${md(viaText(s.via, L))}`);
  out.push("", `**${w("findings")}:** ${countsText(s.findings, L)}`);
  return out.join("\n");
}

export function reportMarkdown(r: Report, L: Locale): string {
  const w = (k: Parameters<typeof word>[0]) => word(k, L);
  const register = new Map(r.agreements.map((a) => [a.name, a]));
  const out = [`# ${w("title")} — ${w("asOf")} ${r.today}`, ""];
  const domestic = r.domestic.length > 0 ? ` · ${w("domestic")}: ${r.domestic.map(md).join(", ")}` : "";
  out.push(`${r.files} ${w("files")} · ${w("ownService")}: ${r.ownService ? md(r.ownService) : "—"}${domestic} · ${w("findings").toLowerCase()}: ${countsText(r.findings, L)}`, "");
  out.push(`## ${w("partners")}`, "");
  if (r.services.length === 0) out.push(w("noneYet"), "");
  else {
    out.push(table(
      [w("service"), w("status"), w("assessment"), w("reviewBy"), w("inForce"), w("given"), w("received"), `${w("requests")} (${w("answered")})`, w("findings")],
      r.services.map((s) => [
        `[${md(s.name)}](#${anchorOf(s.name)})`, statusWord(s.status, L), s.assessment ? `${md(s.assessment.name)} (${s.assessment.date})` : "—",
        s.assessment?.reviewBy ? `${s.assessment.reviewBy}${s.assessment.overdue ? ` **${w("overdue")}**` : ""}` : "—",
        s.agreements["in-force"].map(md).join(", ") || "—", String(s.balance.given), String(s.balance.received),
        `${s.requests.sent} (${s.requests.answered})`, countsText(s.findings, L),
      ]),
    ), "");
    for (const s of r.services) out.push(serviceSection(s, register, L), "");
  }
  out.push(`## ${w("agreementRegister")}`, "");
  out.push(r.agreements.length === 0 ? w("none") : table(
    [w("agreement"), w("parties"), w("form"), w("kind"), w("state"), w("signed"), w("effective"), w("expires"), w("ministryReview"), w("covers"), w("history")],
    r.agreements.map((a) => [
      `${md(a.name)}${a.title ? ` — ${md(a.title)}` : ""}`, a.parties.map(md).join(", "), valueText("agreement", "form", a.form, L), valueText("agreement", "kind", a.kind, L),
      stateWord(a.state, L), a.signed ?? "—", inForceFrom(a), a.expires ?? "—", md(reviewText(a.ministryReview) ?? "—"),
      valuesText("agreement", "covers", a.covers, L), md(historyParts(a, L).join("; ") || "—"),
    ]),
  ), "");
  if (r.baselined.length > 0) {
    out.push(`## ${w("baselined")}`, "", w("baselineIntro"), "");
    out.push(table([w("place"), w("rule"), w("finding"), w("reason")], r.baselined.map((b) => [
      markdownCode(`${b.file}:${b.line}`, true), md(b.rule), md(b.message), b.reason ? md(b.reason) : "—",
    ])), "");
  }
  return out.join("\n");
}
