// Outputs that once grew with the square of the input, or broke past the year 9999, stay bounded and plain: held by counting, not by timing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { Analysis } from "../core/analysis/analysis.js";
import { addMonths, formatDay, parseDate, quarterOf } from "../core/model/dates.js";

const OWN = "service MIVD { country: NL type: military-intelligence own: yes }\n";

test("2,000 copies of one name: each finding shows the first five others and says how many there are", () => {
  const copies = 2000;
  const analysis = new Analysis({ roots: [], pathOf: () => undefined, today: 20600 });
  analysis.setFile("own.entente", OWN);
  analysis.setFile("same.entente", Array.from({ length: copies }, () => "service ECHO { country: XE type: intelligence }\n").join(""));
  const found = analysis.check("same.entente").filter((d) => d.rule === "duplicate-name");
  assert.equal(found.length, copies, "every copy is reported");
  let related = 0;
  for (const [i, d] of found.entries()) {
    assert.ok(d.related.length <= 5, `finding ${i} lists ${d.related.length} others`);
    assert.ok(d.message.includes(String(copies)), d.message);
    related += d.related.length;
  }
  // Once, each of 2,000 findings listed the 1,999 others: four million locations, and a 50 MB message to the editor.
  assert.equal(related, copies * 5);
  // The others shown are the earliest, and never the finding's own declaration.
  const lineOf = (d: (typeof found)[number]["related"][number]) => d.range.start.line;
  assert.deepEqual(found[0]!.related.map(lineOf), [1, 2, 3, 4, 5]);
  assert.deepEqual(found[3]!.related.map(lineOf), [0, 1, 2, 4, 5]);
  assert.deepEqual(found[1999]!.related.map(lineOf), [0, 1, 2, 3, 4]);
});

test("days past the year 9999 are written as they are, and every day round-trips through its text", () => {
  const day = (text: string) => {
    const v = parseDate(text);
    assert.ok(typeof v === "object", `${text}: ${String(v)}`);
    return v.day;
  };
  // Ten years after 9999-06-01: JavaScript's Date would write "+010009-06-01" (or throw past its range).
  assert.equal(formatDay(addMonths(day("9999-06-01"), 120)), "10009-06-01");
  assert.equal(formatDay(addMonths(day("9999-12-31"), 2)), "10000-02-29", "10000 is a leap year; the day clamps to the month's end");
  assert.equal(quarterOf(addMonths(day("9999-12-31"), 1)), "10000-Q1");
  for (const text of ["0001-01-01", "1582-10-10", "1900-02-28", "2000-02-29", "2026-03-02", "9999-12-31"]) assert.equal(formatDay(day(text)), text);
  // Beyond what the date syntax can state, the day numbers still write and count plainly (no exception, no sign, no exponent).
  for (let d = day("9999-12-31"); d < day("9999-12-31") + 3_700_000; d += 9_973) {
    const text = formatDay(d);
    assert.match(text, /^\d{4,}-\d{2}-\d{2}$/, text);
    assert.equal(formatDay(addMonths(d, 0)), text);
  }
});

test("4,000 copies of the own service: each finding names the first five others and how many more", () => {
  const copies = 4000;
  for (const locale of ["en", "nl"] as const) {
    const analysis = new Analysis({ roots: [], pathOf: () => undefined, today: 20600, settings: { locale, rules: {} } });
    analysis.setFile("acts.entente", "service ALPHA { country: XA type: intelligence }\nmeeting M-1 { with: ALPHA date: 2026-01-02 }\n");
    analysis.setFile("own.entente", Array.from({ length: copies }, (_, i) => `service OWN${i} { country: NL type: intelligence own: yes }\n`).join(""));
    const found = analysis.check("own.entente").filter((d) => d.rule === "own-service");
    assert.equal(found.length, copies, "every own service is reported");
    // Once, each finding named and linked all 3,999 others: 16 million names, and out of memory.
    for (const d of found) assert.ok(d.related.length <= 5 && d.message.length < 600, `${d.related.length} related, ${d.message.length} characters`);
    assert.deepEqual(found[0]!.related.map((r) => r.range.start.line), [1, 2, 3, 4, 5]);
    assert.match(found[0]!.message, locale === "en" ? /OWN5 and 3994 more:/ : /OWN5 en nog 3994 andere ook:/);
    assert.match(found[7]!.message, /OWN0, OWN1, OWN2, OWN3, OWN4/);
  }
});

test("1,000 acts with a service that has 1,000 agreements, none in force: each finding points at no more than 20 of them", () => {
  const n = 1000;
  const analysis = new Analysis({ roots: [], pathOf: () => undefined, today: 20600 });
  analysis.setFile("own.entente", OWN + "service ECHO { country: XE type: intelligence }\n");
  // Drafts are never in force: each act with ECHO is cooperation without an agreement, and names the agreements that are not.
  analysis.setFile("agreements.entente", Array.from({ length: n }, (_, i) => `agreement MOU-${i} { parties: [MIVD, ECHO] status: draft }\n`).join(""));
  analysis.setFile("acts.entente", Array.from({ length: n }, (_, i) => `disclosure D-${i} { to: ECHO date: 2026-01-02 basis: own-task data: [general] }\n`).join(""));
  const all = analysis.check("acts.entente");
  const found = all.filter((d) => d.rule === "cooperation-without-agreement");
  assert.ok(found.length > 0, `no finding: ${[...new Set(all.map((d) => d.rule))].join(", ")}`);
  // Once, a million related places: every act pointed at every agreement.
  for (const d of found) assert.ok(d.related.length <= 20, `${d.related.length} related`);
  assert.equal(found[0]!.related.length, 20);
});
