// The partner register as Markdown: for pull requests, wikis and printing from any Markdown viewer.
import type { Locale } from "../../../grammar/messages.js";
import type { Report, ServiceEntry } from "./build.js";
import { activitiesText, AGREEMENT_STATES, countsText, criterionWord, stateWord, statusWord, word } from "./labels.js";

/** Text that cannot break a table cell or start Markdown markup. */
function md(text: string): string {
  return text.replace(/[\\|*_`[\]<>#]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

/** The anchor of a service's section, as Markdown renderers derive it from the heading. */
function anchorOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9 -]/g, "").replace(/ /g, "-");
}

function serviceSection(s: ServiceEntry, L: Locale): string {
  const w = (k: Parameters<typeof word>[0]) => word(k, L);
  const facts = [s.type, s.country, s.priority && `${w("priority")} ${s.priority}`, s.relationship && `${w("relationship")} ${s.relationship}`, s.refusesAgreement ? w("refuses") : null]
    .filter(Boolean).map((x) => md(String(x)));
  const out = [`### ${md(s.name)}`, "", ...(s.title ? [`*${md(s.title)}*`, ""] : []), `${facts.join(" · ")} · ${w("declaredIn")} \`${s.file}:${s.line}\``, ""];
  const a = s.assessment;
  out.push(`**${w("status")}:** ${statusWord(s.status, L)}${a ? ` — ${w("assessment").toLowerCase()} ${md(a.name)} (${a.date}${a.approvedBy ? `, ${w("approvedBy")} ${a.approvedBy}` : ""})` : ""}`);
  if (a) out.push("", `**${w("reviewBy")}:** ${a.reviewBy ?? "—"}${a.overdue ? ` — **${w("overdue")}**` : ""}`);
  if (a) out.push("", table([w("criterion"), w("rating")], s.criteria.map((c) => [criterionWord(c.criterion, L), c.rating])));
  const agreements = AGREEMENT_STATES.filter((st) => s.agreements[st].length > 0).map((st) => `${stateWord(st, L)}: ${s.agreements[st].map(md).join(", ")}`);
  out.push("", `**${w("agreements")}:** ${agreements.length > 0 ? agreements.join("; ") : w("none")}`);
  out.push("", `**${w("balance")}:** ${w("given").toLowerCase()} ${s.balance.given}, ${w("received").toLowerCase()} ${s.balance.received}`);
  if (s.balance.byCategory.length > 0) {
    out.push("", table([w("category"), w("given"), w("received")], s.balance.byCategory.map((c) => [c.category, String(c.given), String(c.received)])));
    out.push("", table([w("quarter"), w("given"), w("received")], s.balance.byQuarter.map((q) => [q.quarter, String(q.given), String(q.received)])));
  }
  const r = s.requests;
  out.push("", `**${w("requests")}:** ${r.sent} ${w("sent")}, ${r.answered} ${w("answered")}${r.open.length > 0 ? `; ${w("open")}: ${r.open.map(md).join(", ")}` : ""}`);
  out.push("", `**${w("activities")}:** ${activitiesText(s.activities, L)}`);
  out.push("", `**${w("findings")}:** ${countsText(s.findings, L)}`);
  return out.join("\n");
}

export function reportMarkdown(r: Report, L: Locale): string {
  const w = (k: Parameters<typeof word>[0]) => word(k, L);
  const out = [`# ${w("title")} — ${w("asOf")} ${r.today}`, ""];
  out.push(`${r.files} ${w("files")} · ${w("ownService")}: ${r.ownService ? md(r.ownService) : "—"} · ${w("findings").toLowerCase()}: ${countsText(r.findings, L)}`, "");
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
    for (const s of r.services) out.push(serviceSection(s, L), "");
  }
  out.push(`## ${w("agreementRegister")}`, "");
  out.push(r.agreements.length === 0 ? w("none") : table(
    [w("agreement"), w("parties"), w("form"), w("kind"), w("state"), w("signed"), w("expires"), w("ministryReview"), w("covers")],
    r.agreements.map((a) => [
      `${md(a.name)}${a.title ? ` — ${md(a.title)}` : ""}`, a.parties.map(md).join(", "), a.form ?? "—", a.kind ?? "—", stateWord(a.state, L),
      a.signed ?? "—", a.expires ?? "—", a.ministryReview ?? "—", a.covers.join(", ") || "—",
    ]),
  ), "");
  return out.join("\n");
}
