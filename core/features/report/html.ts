// The partner register as one self-contained HTML page (no external assets): readable, printable, and themed inside VS Code.
import type { Locale } from "../../../grammar/messages.js";
import { historyParts, reviewText, serviceFactsParts } from "../facts.js";
import type { AgreementEntry, Report, ServiceEntry } from "./build.js";
import {
  activitiesText, AGREEMENT_STATES, approvedByText, categoryWord, countsText, criterionWord, inForceFrom, ratingWord, stateWord, statusWord,
  termsText, valuesText, valueText, viaText, withAmendments, word, type Word,
} from "./labels.js";
import { balanceChart, escapeXml as x } from "./svg.js";

/** Colours from VS Code's theme when shown in a webview, with light and dark fallbacks elsewhere. */
const STYLE = `
:root { --fg: var(--vscode-editor-foreground, #1f2328); --bg: var(--vscode-editor-background, #ffffff); --muted: var(--vscode-descriptionForeground, #59636e);
  --border: var(--vscode-panel-border, #d1d9e0); --head: var(--vscode-editorWidget-background, #f6f8fa); --given: var(--vscode-charts-blue, #0969da);
  --received: var(--vscode-charts-orange, #bc4c00); --bad: var(--vscode-errorForeground, #cf222e); --warn: var(--vscode-editorWarning-foreground, #9a6700);
  --good: var(--vscode-charts-green, #1a7f37); }
@media (prefers-color-scheme: dark) { :root { --fg: var(--vscode-editor-foreground, #e6edf3); --bg: var(--vscode-editor-background, #0d1117);
  --muted: var(--vscode-descriptionForeground, #9198a1); --border: var(--vscode-panel-border, #3d444d); --head: var(--vscode-editorWidget-background, #151b23);
  --given: var(--vscode-charts-blue, #4493f8); --received: var(--vscode-charts-orange, #db6d28); --bad: var(--vscode-errorForeground, #f85149);
  --warn: var(--vscode-editorWarning-foreground, #d29922); --good: var(--vscode-charts-green, #3fb950); } }
body { font-family: var(--vscode-font-family, system-ui, sans-serif); color: var(--fg); background: var(--bg); margin: 2rem auto; max-width: 70rem; padding: 0 1.5rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid var(--border); padding-bottom: .3rem; }
h3 { margin: 0 0 .2rem; font-size: 1.2rem; } .meta, .facts, .where { color: var(--muted); } .where { font-size: .85rem; }
table { border-collapse: collapse; margin: .6rem 0 1rem; font-size: .92rem; } th, td { border: 1px solid var(--border); padding: .25rem .55rem; text-align: left; vertical-align: top; }
th { background: var(--head); } td.n { text-align: right; font-variant-numeric: tabular-nums; } td.nw { white-space: nowrap; }
section.service { border: 1px solid var(--border); border-radius: 6px; padding: 1rem 1.2rem; margin: 1.2rem 0; }
.eligible { color: var(--good); } .doubtful, .overdue, .warning { color: var(--warn); font-weight: 600; } .ineligible, .not-assessed, .error { color: var(--bad); font-weight: 600; }
.not-met, .missing { color: var(--bad); } .cols { display: flex; flex-wrap: wrap; gap: 2rem; align-items: flex-start; }
svg.chart .given { fill: var(--given); } svg.chart .received { fill: var(--received); } svg.chart .grid { stroke: var(--border); stroke-width: 1; }
svg.chart .axis { fill: var(--muted); font-size: 11px; } .legend span { display: inline-block; width: .8rem; height: .8rem; margin: 0 .3rem 0 .8rem; vertical-align: -1px; }
.legend .g { background: var(--given); } .legend .r { background: var(--received); } a { color: var(--vscode-textLink-foreground, #0969da); }
@media print { body { margin: 0; max-width: none; color: #000; background: #fff; } section.service { break-inside: avoid-page; } a { color: inherit; text-decoration: none; } }
`;

/** The id of a service's section. */
export const sectionId = (name: string) => `service-${name.replace(/[^A-Za-z0-9_-]/g, "_")}`;

/** A table; `numeric` columns are right-aligned, `nowrap` columns (dates, states) do not break. */
function table(head: string[], rows: string[][], numeric: number[] = [], nowrap: number[] = []): string {
  const cell = (c: string, i: number) => `<td${numeric.includes(i) ? ' class="n"' : nowrap.includes(i) ? ' class="nw"' : ""}>${c}</td>`;
  return `<table><thead><tr>${head.map((h) => `<th>${x(h)}</th>`).join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map(cell).join("")}</tr>`).join("")}</tbody></table>`;
}

function serviceSection(s: ServiceEntry, register: ReadonlyMap<string, AgreementEntry>, L: Locale): string {
  const w = (k: Word) => word(k, L);
  const facts = serviceFactsParts(s, L).map(x);
  const a = s.assessment;
  const status = `<span class="${s.status}">${x(statusWord(s.status, L))}</span>`;
  const weighing = a ? ` — ${x(w("assessment").toLowerCase())} ${x(a.name)} (${a.date}${a.approvedBy ? `, ${x(w("approvedBy"))} ${x(approvedByText(a.approvedBy, L))}` : ""}); ${x(w("reviewBy").toLowerCase())} ${a.reviewBy ?? "—"}${a.overdue ? ` <span class="overdue">${x(w("overdue"))}</span>` : ""}` : "";
  const criteria = a ? table([w("criterion"), w("rating")], s.criteria.map((c) => [x(criterionWord(c.criterion, L)), `<span class="${x(c.rating)}">${x(ratingWord(c.rating, L))}</span>`])) : "";
  const agreements = AGREEMENT_STATES.filter((st) => s.agreements[st].length > 0)
    .map((st) => `${x(stateWord(st, L))}: ${s.agreements[st].map((n) => x(withAmendments(n, register, L))).join(", ")}`);
  const b = s.balance;
  const chart = b.byQuarter.length > 0
    ? `<div><div class="legend"><span class="g"></span>${x(w("given"))}<span class="r"></span>${x(w("received"))}</div>${balanceChart(b.byQuarter, `${s.name}: ${w("chartTitle")}`)}</div>`
    : `<p>${x(w("noActivity"))}</p>`;
  const byCategory = b.byCategory.length > 0 ? table([w("category"), w("given"), w("received")], b.byCategory.map((c) => [x(categoryWord(c.category, L)), String(c.given), String(c.received)]), [1, 2]) : "";
  const r = s.requests;
  const terms = b.given > 0 ? `\n<p><strong>${x(w("terms"))}:</strong> ${x(termsText(s.terms, b.given, L))}</p>` : "";
  const via = s.via.length > 0 ? `\n<p><strong>${x(w("via"))}:</strong> ${x(viaText(s.via, L))}</p>` : "";
  return `<section class="service" id="${sectionId(s.name)}">
<h3>${x(s.name)}${s.title ? ` — ${x(s.title)}` : ""}</h3>
<p class="facts">${facts.join(" · ")}</p>
<p><strong>${x(w("status"))}:</strong> ${status}${weighing}</p>
<div class="cols"><div>${criteria}</div><div><p><strong>${x(w("agreements"))}:</strong> ${agreements.length > 0 ? agreements.join("; ") : x(w("none"))}</p>
<p><strong>${x(w("requests"))}:</strong> ${r.sent} ${x(w("sent"))}, ${r.answered} ${x(w("answered"))}${r.open.length > 0 ? `; ${x(w("open"))}: ${r.open.map(x).join(", ")}` : ""}</p>
<p><strong>${x(w("activities"))}:</strong> ${x(activitiesText(s.activities, L))}</p>${via}
<p><strong>${x(w("findings"))}:</strong> ${x(countsText(s.findings, L))}</p></div></div>
<h4>${x(w("balance"))}: ${x(w("given").toLowerCase())} ${b.given}, ${x(w("received").toLowerCase())} ${b.received}</h4>
<div class="cols">${chart}${byCategory}</div>${terms}
<p class="where">${x(w("declaredIn"))} ${x(s.file)}:${s.line}</p>
</section>`;
}

export interface HtmlOptions {
  /** Extra markup for the head (a webview's Content-Security-Policy) and the end of the body (its script). */
  head?: string;
  bodyEnd?: string;
}

export function reportHtml(r: Report, L: Locale, options: HtmlOptions = {}): string {
  const w = (k: Word) => word(k, L);
  const register = new Map(r.agreements.map((a) => [a.name, a]));
  const summary = r.services.length === 0 ? `<p>${x(w("noneYet"))}</p>` : table(
    [w("service"), w("status"), w("assessment"), w("reviewBy"), w("inForce"), w("given"), w("received"), `${w("requests")} (${w("answered")})`, w("findings")],
    r.services.map((s) => [
      `<a href="#${sectionId(s.name)}">${x(s.name)}</a>`, `<span class="${s.status}">${x(statusWord(s.status, L))}</span>`,
      s.assessment ? `${x(s.assessment.name)} (${s.assessment.date})` : "—",
      s.assessment?.reviewBy ? `${s.assessment.reviewBy}${s.assessment.overdue ? ` <span class="overdue">${x(w("overdue"))}</span>` : ""}` : "—",
      s.agreements["in-force"].map(x).join(", ") || "—", String(s.balance.given), String(s.balance.received), `${s.requests.sent} (${s.requests.answered})`,
      `<span class="${s.findings.error > 0 ? "error" : s.findings.warning > 0 ? "warning" : ""}">${x(countsText(s.findings, L))}</span>`,
    ]), [5, 6], [1, 2, 3]);
  const agreements = r.agreements.length === 0 ? `<p>${x(w("none"))}</p>` : table(
    [w("agreement"), w("parties"), w("form"), w("kind"), w("state"), w("signed"), w("effective"), w("expires"), w("ministryReview"), w("covers"), w("history")],
    r.agreements.map((a) => [
      `${x(a.name)}${a.title ? `<br />${x(a.title)}` : ""}`, a.parties.map(x).join(", "), x(valueText("agreement", "form", a.form, L)),
      x(valueText("agreement", "kind", a.kind, L)), x(stateWord(a.state, L)), a.signed ?? "—", inForceFrom(a), a.expires ?? "—",
      x(reviewText(a.ministryReview) ?? "—"), x(valuesText("agreement", "covers", a.covers, L)), x(historyParts(a, L).join("; ") || "—"),
    ]), [], [4, 5, 6, 7]);
  const domestic = r.domestic.length > 0 ? ` · ${x(w("domestic"))}: ${r.domestic.map(x).join(", ")}` : "";
  const baselined = r.baselined.length === 0 ? "" : `<h2>${x(w("baselined"))}</h2>
<p>${x(w("baselineIntro"))}</p>
${table([w("place"), w("rule"), w("finding"), w("reason")], r.baselined.map((b) => [`<code>${x(b.file)}:${b.line}</code>`, x(b.rule), x(b.message), b.reason ? x(b.reason) : "—"]), [], [0])}
`;
  return `<!DOCTYPE html>
<html lang="${L}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
${options.head ?? ""}<title>${x(w("title"))} — ${w("asOf")} ${r.today}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${x(w("title"))}</h1>
<p class="meta">${x(w("asOf"))} ${r.today} · ${r.files} ${x(w("files"))} · ${x(w("ownService"))}: ${x(r.ownService ?? "—")}${domestic} · ${x(w("findings").toLowerCase())}: ${x(countsText(r.findings, L))}</p>
<h2>${x(w("partners"))}</h2>
${summary}
${r.services.map((s) => serviceSection(s, register, L)).join("\n")}
<h2>${x(w("agreementRegister"))}</h2>
${agreements}
${baselined}${options.bodyEnd ?? ""}</body>
</html>
`;
}
