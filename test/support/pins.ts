// Message pins across the fixtures: which annotation says which message variant of its rule, and which are pinned.
import { join, relative } from "node:path";
import type { Finding, Rule } from "../../core/rules/rule.js";
import { annotationLines, pairAnnotations, type Expectation } from "./annotations.js";
import { fixturePaths, readFixture, runFixture, toExpectation } from "./fixtures.js";
import { fixtureRoot } from "./paths.js";

/** One annotation of a fixture file, with the finding it stands for. */
export interface Site {
  /** The fixture file, relative to test/fixtures. */
  file: string;
  part: string;
  /** The index of the annotation's own line in the part's text. */
  index: number;
  e: Expectation;
  /** The message the finding has now. */
  message: string;
  /** `rule/message-key`, or the rule alone when no traced finding gave the key (the runner's own findings). */
  variant: string;
}

/** Every annotation of the fixture file at `path`; throws when one stands for no finding (the fixture fails). */
export function fixtureSites(path: string): Site[] {
  const fx = readFixture(path);
  const traced: { rule: Rule; finding: Finding; part: string }[] = [];
  const run = runFixture(fx, "en", (rule, finding, part) => traced.push({ rule, finding, part }));
  const file = relative(fixtureRoot(), path);
  const sites: Site[] = [];
  for (const p of fx.parts.filter((p) => !p.shared)) {
    const diagnostics = run.diagnostics.get(p.name) ?? [];
    const annotations = annotationLines(p.text);
    const partners = pairAnnotations(annotations.map((a) => a.e), diagnostics.map(toExpectation));
    annotations.forEach(({ e, index }, i) => {
      const d = diagnostics[partners[i]!];
      if (!d) throw new Error(`${file}, line ${index + 1} of ${p.name}: no ${e.rule} finding there; make the fixture pass first`);
      // The message key is known only from the trace: the finding of this rule and range whose rendering is this message.
      const t = traced.find(({ rule, finding, part }) => part === p.name && rule.id === d.rule && finding.start === d.start
        && finding.end === d.end && (rule.messages[finding.message ?? "default"] ?? rule.messages.default)?.en(finding.args ?? {}) === d.message);
      const variant = t ? `${d.rule}/${t.finding.message ?? "default"}` : d.rule;
      sites.push({ file, part: p.name, index, e, message: d.message, variant });
    });
  }
  return sites;
}

/** Every annotation of every fixture under test/fixtures, in file order. */
export function allSites(): Site[] {
  return fixturePaths().flatMap(fixtureSites);
}

/**
 * The annotations to pin so that every variant has a pin: for each variant none pins, its first
 * annotation in the rule's own fixture, or else its first anywhere.
 */
export function sitesToPin(sites: Site[]): Site[] {
  const pinned = new Set(sites.filter((s) => s.e.message !== undefined).map((s) => s.variant));
  const chosen = new Map<string, Site>();
  for (const s of sites) {
    if (pinned.has(s.variant)) continue;
    const own = s.file === join("rules", `${s.e.rule}.entente`);
    const before = chosen.get(s.variant);
    if (!before || (own && before.file !== s.file)) chosen.set(s.variant, s);
  }
  return [...chosen.values()];
}
