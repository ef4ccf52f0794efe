// `entente report`: golden files of the examples' register in each format, a self-contained well-formed page, and the facts it counts.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { Report } from "../core/features/report/build.js";
import { assertWellFormed } from "./support/html.js";
import { cliPath, projectRoot } from "./support/paths.js";

const root = projectRoot();
const golden = (name: string) => join(root, "test", "golden", "report", name);

function report(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cliPath(), "report", ...args], { cwd: root, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Compares with a golden file; UPDATE=1 rewrites it (review the diff). */
function matchesGolden(actual: string, name: string): void {
  if (process.env.UPDATE === "1") writeFileSync(golden(name), actual);
  assert.equal(actual, readFileSync(golden(name), "utf8"), `${name} differs from the golden file (UPDATE=1 npm test rewrites it)`);
}

test("the register of the examples matches its golden files, in Markdown, HTML and JSON", () => {
  for (const [format, file] of [["md", "examples.md"], ["html", "examples.html"], ["json", "examples.json"]]) {
    const r = report(["examples", "--today", "2026-12-01", "--format", format!]);
    assert.equal(r.status, 0, r.stderr);
    matchesGolden(r.stdout, file!);
  }
  const nl = report(["examples", "--today", "2026-12-01", "--locale", "nl"]);
  matchesGolden(nl.stdout, "examples.nl.md");
});

test("the HTML page is well-formed and refers to nothing outside itself", () => {
  const html = report(["examples", "--today", "2026-12-01", "--format", "html"]).stdout;
  assertWellFormed(html);
  assert.doesNotMatch(html, /\b(src|srcset|action|xmlns)=|<link\b|<script\b|<iframe\b|<img\b|@import|url\(/i, "no external assets, scripts or URLs");
  for (const href of html.matchAll(/href="([^"]*)"/g)) assert.match(href[1]!, /^#service-[A-Za-z0-9_-]+$/, "links stay inside the page");
  const ids = new Set([...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]));
  for (const href of html.matchAll(/href="#([^"]*)"/g)) assert.ok(ids.has(href[1]!), `#${href[1]} has a target`);
  const data = JSON.parse(report(["examples", "--today", "2026-12-01", "--format", "json"]).stdout) as Report;
  const active = data.services.filter((s) => s.balance.given + s.balance.received > 0).length;
  assert.ok(active >= 5);
  assert.equal((html.match(/<svg /g) ?? []).length, active, "a balance chart for every service with disclosures or receipts");
});

test("the register counts what the files say: findings per service, overdue reviews, agreement states, requests", () => {
  const r = report(["examples/violations", "--today", "2026-06-30", "--format", "json"]);
  assert.equal(r.status, 0, r.stderr);
  const data = JSON.parse(r.stdout) as Report;
  const service = (name: string) => data.services.find((s) => s.name === name)!;
  assert.equal(data.ownService, "MIVD");
  assert.ok(!data.services.some((s) => s.name === "MIVD"), "the own service is not a partner");
  const total = data.findings.error + data.findings.warning + data.findings.info;
  assert.ok(total > 40, `${total} findings`);
  assert.ok(service("SIERRA").findings.error > 0 && service("SIERRA").status === "doubtful");
  assert.equal(service("UNIFORM").status, "not-assessed");
  const xray = service("XRAY");
  assert.equal(xray.assessment?.overdue, true, JSON.stringify(xray.assessment));
  assert.deepEqual(service("SIERRA").agreements["in-force"], ["MOU-SIERRA-2025"]);
  for (const s of data.services) {
    assert.equal(s.balance.byCategory.reduce((n, c) => n + c.received, 0) >= s.balance.received, true, `${s.name}: every receipt has a category`);
    assert.equal(s.balance.byQuarter.reduce((n, q) => n + q.given, 0), s.balance.given, `${s.name}: every disclosure falls in a quarter`);
    assert.equal(s.requests.answered + s.requests.open.length, s.requests.sent);
  }
  assert.ok(data.agreements.every((a) => a.file.startsWith("examples/violations/") && a.line > 0));
});

test("the register shows the agreements' history, international organisations, the terms given with the data, and leaves domestic services out", () => {
  const data = JSON.parse(report(["examples", "--today", "2026-12-01", "--format", "json"]).stdout) as Report;
  const service = (name: string) => data.services.find((s) => s.name === name)!;
  const agreement = (name: string) => data.agreements.find((a) => a.name === name)!;
  assert.deepEqual(data.domestic, ["AIVD"]);
  assert.ok(!data.services.some((s) => s.name === "AIVD"), "a domestic service is not a foreign partner");
  const nifc = service("NIFC");
  assert.equal(nifc.status, "framework");
  assert.match(nifc.framework ?? "", /North Atlantic Treaty/);
  assert.deepEqual(nifc.members, ["MIVD", "ALPHA", "BRAVO"]);
  assert.deepEqual(service("ALPHA").agreements["in-force"], ["MOU-ALPHA-2025"], "an amendment counts through the agreement it amends");
  assert.deepEqual(service("ALPHA").agreements.superseded, ["MOU-ALPHA-2019"]);
  assert.deepEqual(service("FOXTROT").agreements.terminated, ["MOU-FOXTROT-2025"]);
  const mou = agreement("MOU-ALPHA-2025");
  assert.deepEqual(mou.ministryReview, { date: "2025-04-10", reference: "BS/2025/118" });
  assert.equal(mou.supersedes, "MOU-ALPHA-2019");
  assert.deepEqual(mou.amendedBy, [{ name: "AMD-ALPHA-2026", from: "2026-05-01", state: "in-force" }]);
  assert.equal(mou.annexes, 2);
  assert.deepEqual(agreement("MOU-ALPHA-2019").supersededBy, [{ name: "MOU-ALPHA-2025", from: "2025-06-01", state: "in-force" }]);
  assert.equal(agreement("MOU-FOXTROT-2025").terminated, "2026-06-30");
  const terms = service("ALPHA").terms;
  assert.equal(terms.withCaveats, 2);
  assert.deepEqual(terms.caveats.find((c) => c.caveat === "intelligence-only"), { caveat: "intelligence-only", count: 2 });
  assert.deepEqual(terms.retention.passed, [{ disclosure: "D-2026-007", until: "2026-11-04" }]);
  assert.deepEqual(service("JULIETT").via, [{ service: "AIVD", activities: { request: 1 } }]);
  const md = report(["examples", "--today", "2026-12-01"]).stdout;
  assert.doesNotMatch(md, /military-intelligence|letter-of-intent|general-data|intelligence-only/, "values are shown in words, not codes");
  const nl = report(["examples", "--today", "2026-12-01", "--locale", "nl"]).stdout;
  assert.match(nl, /gebruiksbeperkingen bij 2 van 8 verstrekkingen \\\(uitsluitend voor inlichtingendoeleinden: 2/);
  assert.match(nl, /vervangen door MOU-ALPHA-2025 \\\(van kracht sinds 2025-06-01\\\)/);
});

test("report refuses an unknown format and a bad date with exit 2", () => {
  assert.equal(report(["examples", "--format", "pdf"]).status, 2);
  const bad = report(["examples", "--today", "2026-02-30"]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--today must be a real date/);
});
