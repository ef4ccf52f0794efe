// When the language server lets the closed files of the workspace rest: once they have all been checked, and whenever it idles.
import type { Analysis } from "../../core/analysis/analysis.js";
import { collectNow } from "../../core/v8-tuning.js";
import type { Checker } from "./checker.js";

/**
 * How long the server must have checked nothing before it lets closed files rest again. A check wakes the
 * files it reads (a parse of each, about a millisecond per 10 KB); while the drafter types, those stay awake.
 */
export const REST_AFTER_MS = 30_000;

/**
 * Lets every closed file rest (`Analysis.rest`), and gives the memory back at once when many did, or when
 * `afterReading`: the workspace's first reading and checks leave their garbage in the old generation even when
 * each file rested as soon as they were done with it (`Indexer.indexAll`) and few are still awake.
 */
function restClosed(analysis: Analysis, isOpen: (uri: string) => boolean, log: (message: string) => void, afterReading = false): void {
  const t0 = performance.now();
  const closed: string[] = [];
  for (const uri of analysis.ws.files.keys()) if (!isOpen(uri)) closed.push(uri);
  const n = analysis.rest(closed);
  if (n === 0 && !afterReading) return;
  // A handful of files woken by the last edits is not worth a full collection; a workspace read or a search is.
  const collect = n > 50 || afterReading;
  if (collect) collectNow();
  log(`${n} closed file(s) at rest in ${(performance.now() - t0).toFixed(0)} ms${collect ? ", their memory given back" : ""}`);
}

/**
 * When closed files rest: after each spell of idling (the default), after every round of checks
 * (`ENTENTE_REST=eager`, so that the tests catch a reader that forgets to wake a file), or never (`=never`, to compare with).
 */
export function restMode(): "idle" | "eager" | "never" {
  const mode = process.env.ENTENTE_REST;
  return mode === "eager" || mode === "never" ? mode : "idle";
}

/**
 * Starts the policy: the closed files rest as soon as the first check of the workspace is done, then again
 * after every spell of `REST_AFTER_MS` in which nothing was checked. For the tests, `ENTENTE_REST=eager` lets
 * them rest after every round of checks, so that a reader that forgets to wake a file fails at once, and
 * `ENTENTE_REST=never` keeps them awake, to compare with.
 */
export function restWhenIdle(analysis: Analysis, checker: Checker, isOpen: (uri: string) => boolean, log: (message: string) => void): void {
  const mode = restMode();
  if (mode === "never") return;
  const eager = mode === "eager";
  const settle = (afterReading = false) => {
    restClosed(analysis, isOpen, log, afterReading);
    if (eager) checker.whenDrained(settle);
  };
  checker.whenDrained(() => settle(true));
  if (eager) return;
  let checks = checker.checks;
  setInterval(() => {
    if (checker.busy || checker.checks !== checks) {
      checks = checker.checks;
      return;
    }
    settle();
  }, REST_AFTER_MS).unref();
}
