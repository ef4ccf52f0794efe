// `lint --sarif-output FILE`: the SARIF log written beside the lint's report, from the same pass over the findings.
import { resolve } from "node:path";
import type { Locale } from "../grammar/messages.js";
import { outputInPieces, type PieceOutput } from "../core/analysis/write.js";
import { words } from "../core/words/index.js";
import type { FileResult, LintResult } from "./formats/result.js";
import { sarifChunks } from "./formats/sarif.js";
import { reason, type Io } from "./io.js";
import { displayPath } from "./workspace.js";

/** Two views of one outcome (the report's and the log's) whose files are made once. */
interface TwoViews {
  report: LintResult;
  log: LintResult;
  /** Whether files made for the report wait for the log. */
  logBehind(): boolean;
  /** The log is given up (it could not be written): files stop waiting for it. */
  dropLog(): void;
}

/**
 * Splits an outcome in two. Each file is made once (checked, and with the baseline applied, in a streamed
 * outcome), by whichever view reaches it first, and waits for the other. Before the report's view makes a
 * file, `catchUp` lets the log take the files waiting for it: so at most a file's findings wait, whatever the
 * report's format keeps until its end (JUnit). Counts and what was held back stay on the outcome itself (each
 * view reads them through it), as they are final only once its files are gone through.
 */
function twoViews(result: LintResult, catchUp: () => void): TwoViews {
  const source = result.files[Symbol.iterator]();
  const waiting: [FileResult[], FileResult[]] = [[], []];
  let logDropped = false;
  const view = (own: 0 | 1): LintResult => {
    const files: Iterable<FileResult> = {
      *[Symbol.iterator]() {
        for (;;) {
          const mine = waiting[own];
          if (mine.length > 0) {
            yield mine.shift()!;
            continue;
          }
          if (own === 0) {
            catchUp();
            // The log may have made files of its own while catching up.
            if (mine.length > 0) continue;
          }
          const next = source.next();
          if (next.done) return;
          if (own === 1 || !logDropped) waiting[1 - own].push(next.value);
          yield next.value;
        }
      },
    };
    return Object.create(result, { files: { value: files } }) as LintResult;
  };
  return {
    report: view(0),
    log: view(1),
    logBehind: () => waiting[1].length > 0,
    dropLog: () => {
      logDropped = true;
      waiting[1] = [];
    },
  };
}

/** Where the log goes, and what to do when it cannot be written. */
export interface LogSink {
  write(piece: string | Uint8Array): void;
  /** Called once, with the error that stopped the log; nothing is written after it. */
  failed(e: unknown): void;
}

/**
 * The report's pieces, as the report format makes them from its view, with the log made alongside: before the
 * report takes a file, the log catches up with the files made so far and its pieces go to `sink`. So a file's
 * findings are held only until both have taken them (a first lint of an old register has 70,000), not to
 * the end. When the report is gone through, the log is finished.
 */
export function* withLog(
  result: LintResult,
  report: (view: LintResult) => Iterable<string | Uint8Array>,
  log: (view: LintResult) => Iterable<string | Uint8Array>,
  sink: LogSink,
): Generator<string | Uint8Array> {
  let writing = true;
  // One piece of the log to the sink; false once the log is done, or given up.
  const step = (): boolean => {
    const next = pieces.next();
    if (next.done) return false;
    try {
      sink.write(next.value);
    } catch (e) {
      writing = false;
      views.dropLog();
      sink.failed(e);
    }
    return writing;
  };
  const views = twoViews(result, () => {
    while (writing && views.logBehind() && step());
  });
  const pieces = log(views.log)[Symbol.iterator]();
  yield* report(views.report);
  while (writing && step());
}

/**
 * `--sarif-output`: the report, and the SARIF log to the file, from one pass over the findings (`withLog`).
 * The log takes the file's place only when complete; false (exit status 2) when it could not be written.
 */
export function reportWithLog(
  result: LintResult, report: (view: LintResult) => Iterable<string | Uint8Array>, file: string, locale: Locale, io: Io,
  print: (pieces: Iterable<string | Uint8Array>) => void,
): boolean {
  const w = words(locale).cli;
  const path = resolve(io.cwd, file);
  const cannotWrite = (e: unknown) => io.stderr(`entente: ${w.cannotWrite(displayPath(path, io.cwd), reason(e, w))}\n`);
  let out: PieceOutput;
  try {
    out = outputInPieces(path);
  } catch (e) {
    cannotWrite(e);
    print(report(result));
    return false;
  }
  let failed = false;
  const sink = { write: (piece: string | Uint8Array) => out.write(piece), failed: (e: unknown) => {
    failed = true;
    out.abandon();
    cannotWrite(e);
  } };
  try {
    print(withLog(result, report, (view) => sarifChunks(view, locale), sink));
  } catch (e) {
    out.abandon();
    throw e;
  }
  if (failed) return false;
  try {
    out.finish();
  } catch (e) {
    cannotWrite(e);
    return false;
  }
  return true;
}
