// Pinned messages: the runner compares them and UPDATE=1 keeps them, and every rule and message variant the fixtures reach has a pin.
import assert from "node:assert/strict";
import { test } from "node:test";
import { RULES } from "../core/rules/catalogue.js";
import { readAnnotations } from "./support/annotations.js";
import { compare, fixturePaths, readFixture, readFixtureText, runFixture, updatedText } from "./support/fixtures.js";
import { allSites, sitesToPin } from "./support/pins.js";

const MESSAGE = "Q-1 (2026-03-15) cooperates with ECHO";

const FIXTURE = (pin: string) => [
  `//- preamble: partners`,
  `service ECHO { country: XE type: intelligence relationship: trusted }`,
  `request Q-1 { to: ECHO date: 2026-03-15 type: information asks: [information] }`,
  `//                ^^^^ warning cooperation-without-agreement${pin}`,
  `//                ^^^^ error cooperation-without-assessment`,
].join("\n");

test("a pinned message that differs fails the comparison, and the diff shows both texts", () => {
  const fx = readFixtureText("pin.entente", FIXTURE(": Q-1 cooperates with ECHO: an old text."));
  const { expected, actual } = compare(fx, runFixture(fx));
  assert.notDeepEqual(actual, expected);
  assert.ok(expected.some((l) => l.endsWith("warning cooperation-without-agreement: Q-1 cooperates with ECHO: an old text.")), expected.join("\n"));
  assert.ok(actual.some((l) => l.includes(`warning cooperation-without-agreement: ${MESSAGE}`)), actual.join("\n"));
  // The unpinned annotation is compared without its message, on both sides.
  assert.ok(expected.some((l) => l.endsWith("error cooperation-without-assessment")));
  assert.ok(actual.some((l) => l.endsWith("error cooperation-without-assessment")));
});

test("a pin of the actual message passes", () => {
  const pinned = runFixture(readFixtureText("pin.entente", FIXTURE("")));
  const message = pinned.diagnostics.get("pin.entente")!.find((d) => d.rule === "cooperation-without-agreement")!.message;
  assert.ok(message.startsWith(MESSAGE), message);
  const fx = readFixtureText("pin.entente", FIXTURE(`: ${message}`));
  const { expected, actual } = compare(fx, runFixture(fx));
  assert.deepEqual(actual, expected);
});

test("UPDATE=1 writes the actual message where a pin was, and leaves unpinned annotations unpinned", () => {
  const fx = readFixtureText("pin.entente", FIXTURE(": An old text."));
  const rewritten = readAnnotations(updatedText(fx, runFixture(fx)));
  const byRule = new Map(rewritten.map((e) => [e.rule, e.message]));
  assert.ok(byRule.get("cooperation-without-agreement")?.startsWith(MESSAGE), byRule.get("cooperation-without-agreement"));
  assert.ok(byRule.has("cooperation-without-assessment"));
  assert.equal(byRule.get("cooperation-without-assessment"), undefined);
});

test("every rule of the catalogue that a fixture annotates has a pinned message in some fixture", () => {
  const annotated = new Set<string>();
  const pinned = new Set<string>();
  for (const path of fixturePaths()) {
    for (const p of readFixture(path).parts.filter((p) => !p.shared)) {
      for (const e of readAnnotations(p.text)) {
        annotated.add(e.rule);
        if (e.message !== undefined) pinned.add(e.rule);
      }
    }
  }
  assert.ok(annotated.size >= 70, `fixtures annotate ${annotated.size} rules`);
  const unpinned = RULES.map((r) => r.id).filter((id) => annotated.has(id) && !pinned.has(id));
  assert.deepEqual(unpinned, [], "rules without a pinned message (run node out/test/support/pin-messages.js, then review)");
});

test("every message variant the fixtures reach has a pinned message", () => {
  const sites = allSites();
  assert.ok(new Set(sites.map((s) => s.variant)).size >= 100, "the trace tells the variants apart");
  assert.deepEqual(sitesToPin(sites).map((s) => `${s.file}:${s.index + 1} ${s.variant}`), [],
    "variants without a pinned message (run node out/test/support/pin-messages.js, then review)");
});
