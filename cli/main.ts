// The `entente` command line: parses the arguments of each subcommand and maps failures to exit status 2.
import { basename, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Locale } from "../grammar/messages.js";
import { REPORT_FORMATS, type ReportFormat } from "../core/features/report/render.js";
import { ententeVersion } from "../core/version.js";
import { words } from "../core/words/index.js";
import { processIo, UsageError, type Io } from "./io.js";
import { explain } from "./explain.js";
import { fmt, fmtStdin } from "./fmt.js";
import { report } from "./report.js";
import { render } from "./render.js";
import { formatOfFile, RENDER_FORMATS, type RenderFormat } from "../core/features/render/render.js";
import { FORMATS, lint, type Format } from "./lint.js";
import { requireBaseline } from "./triage.js";
import { BASELINE_NAME } from "../core/analysis/baseline-file.js";

const LOCALES: readonly Locale[] = ["en", "nl"];

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError((w) => w.oneOf(flag, allowed.join(", "), value));
}

/**
 * `--write-baseline` takes its file only after '=' (`--write-baseline=FILE`): a value after a space
 * could not be told apart from a path to lint. Returns the other arguments, and the flag's file if any.
 */
function takeWriteBaseline(args: string[]): { rest: string[]; write: boolean; file?: string } {
  let write = false;
  let file: string | undefined;
  const rest: string[] = [];
  for (const [i, a] of args.entries()) {
    if (a === "--") return { rest: [...rest, ...args.slice(i)], write, ...(file !== undefined ? { file } : {}) };
    if (a === "--write-baseline") write = true;
    else if (a.startsWith("--write-baseline=")) {
      write = true;
      file = a.slice("--write-baseline=".length) || undefined;
    } else rest.push(a);
  }
  return { rest, write, ...(file !== undefined ? { file } : {}) };
}

/**
 * `--sarif-output` names a new file: not nothing, and never one Entente reads (a register's file, a configuration,
 * a baseline), which a slip of the keyboard would otherwise replace with a log.
 */
function checkSarifOutput(file: string, baseline: string | undefined, cwd: string): void {
  if (file === "") throw new UsageError((w) => w.needsFile("--sarif-output"));
  const name = basename(file).toLowerCase();
  const read = name.endsWith(".entente") || name === "entente.json" || name === BASELINE_NAME
    || (baseline !== undefined && resolve(cwd, baseline) === resolve(cwd, file));
  if (read) throw new UsageError((w) => w.notOverSource("--sarif-output", file));
}

function runLint(argv: string[], io: Io): number {
  const wb = takeWriteBaseline(argv);
  const { values, positionals } = parseArgs({
    args: wb.rest, allowPositionals: true, strict: true,
    options: {
      format: { type: "string", short: "f" }, today: { type: "string" }, locale: { type: "string" },
      "max-warnings": { type: "string" }, config: { type: "string", short: "c" }, fix: { type: "boolean" },
      baseline: { type: "string" }, "no-baseline": { type: "boolean" }, "new-since": { type: "string" },
      "sarif-output": { type: "string" },
    },
  });
  const max = values["max-warnings"];
  if (max !== undefined && !/^\d+$/.test(max)) throw new UsageError((w) => w.wholeNumber("--max-warnings", max));
  const exclusive = (a: string, b: string) => {
    throw new UsageError((w) => w.exclusive(a, b));
  };
  if (wb.file !== undefined && values.baseline !== undefined) exclusive("--write-baseline=FILE", "--baseline");
  if (wb.write && values["new-since"] !== undefined) exclusive("--write-baseline", "--new-since");
  if (wb.write && values["no-baseline"]) exclusive("--write-baseline", "--no-baseline");
  const sarifOutput = values["sarif-output"];
  if (wb.write && sarifOutput !== undefined) exclusive("--write-baseline", "--sarif-output");
  if (sarifOutput !== undefined) checkSarifOutput(sarifOutput, values.baseline, io.cwd);
  if (values.baseline !== undefined && values["no-baseline"]) exclusive("--baseline", "--no-baseline");
  const baseline = wb.file ?? values.baseline;
  if (!wb.write) requireBaseline(baseline, io);
  return lint({
    paths: positionals,
    format: oneOf<Format>(values.format, FORMATS, "--format") ?? "stylish",
    today: values.today,
    locale: oneOf(values.locale, LOCALES, "--locale"),
    maxWarnings: max === undefined ? undefined : Number(max),
    config: values.config,
    fix: values.fix === true,
    ...(baseline !== undefined ? { baseline } : {}),
    noBaseline: values["no-baseline"] === true,
    writeBaseline: wb.write,
    ...(values["new-since"] !== undefined ? { newSince: values["new-since"] } : {}),
    ...(sarifOutput !== undefined ? { sarifOutput } : {}),
  }, io);
}

function runReport(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: {
      format: { type: "string", short: "f" }, today: { type: "string" }, locale: { type: "string" }, config: { type: "string", short: "c" },
      baseline: { type: "string" },
    },
  });
  requireBaseline(values.baseline, io);
  return report({
    paths: positionals,
    format: oneOf<ReportFormat>(values.format, REPORT_FORMATS, "--format") ?? "md",
    today: values.today,
    locale: oneOf(values.locale, LOCALES, "--locale"),
    config: values.config,
    ...(values.baseline !== undefined ? { baseline: values.baseline } : {}),
  }, io);
}

function runRender(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: {
      format: { type: "string", short: "f" }, output: { type: "string", short: "o" }, draft: { type: "boolean" }, today: { type: "string" },
      locale: { type: "string" }, config: { type: "string", short: "c" },
    },
  });
  const [name, ...paths] = positionals;
  if (name === undefined || name === "") throw new UsageError((w) => w.renderName);
  const output = values.output;
  let format = oneOf<RenderFormat>(values.format, RENDER_FORMATS, "--format");
  if (format === undefined && output !== undefined) {
    format = formatOfFile(output);
    if (format === undefined) throw new UsageError((w) => w.formatOfOutput(output));
  }
  return render({
    name, paths, format: format ?? "md", ...(output !== undefined ? { output } : {}), draft: values.draft === true,
    today: values.today, locale: oneOf(values.locale, LOCALES, "--locale"), config: values.config,
  }, io);
}

function runFmt(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { check: { type: "boolean" }, stdin: { type: "boolean" }, locale: { type: "string" } },
  });
  const locale = oneOf(values.locale, LOCALES, "--locale") ?? "en";
  if (values.stdin) {
    if (positionals.length > 0 || values.check) throw new UsageError((w) => w.stdinAlone);
    return fmtStdin(io.readStdin(), locale, io);
  }
  return fmt({ paths: positionals, check: values.check === true, locale }, io);
}

function runExplain(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { locale: { type: "string" } } });
  if (positionals.length > 1) throw new UsageError((w) => w.explainOne);
  return explain(positionals[0], oneOf(values.locale, LOCALES, "--locale") ?? "en", io);
}

/** The locale of the CLI's own lines when a command fails before it has read its configuration: `--locale`, else English. */
function argvLocale(argv: string[]): Locale {
  const i = argv.findIndex((a) => a === "--locale" || a.startsWith("--locale="));
  const value = i < 0 ? undefined : argv[i]!.includes("=") ? argv[i]!.slice("--locale=".length) : argv[i + 1];
  return (LOCALES as readonly string[]).includes(value ?? "") ? (value as Locale) : "en";
}

/** What a failed command prints, and its exit status (2): a usage error in words, anything else as an internal error. */
function failed(e: unknown, w: ReturnType<typeof words>["cli"], io: Io): number {
  const message = e instanceof UsageError ? e.say(w) : (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") ? (e as Error).message : undefined;
  if (message !== undefined) {
    io.stderr(`entente: ${message}\n${w.usage}\n`);
    return 2;
  }
  io.stderr(`entente: ${w.internalError(e instanceof Error ? e.stack ?? e.message : String(e))}\n`);
  return 2;
}

/** Runs a command; `render` finishes asynchronously (the Word and PDF writers are), every other command at once. */
export function main(argv: string[], io: Io = processIo()): number | Promise<number> {
  const [command, ...rest] = argv;
  const w = words(argvLocale(argv)).cli;
  try {
    switch (command) {
      case "lint": return runLint(rest, io);
      case "fmt": return runFmt(rest, io);
      case "report": return runReport(rest, io);
      case "explain": return runExplain(rest, io);
      case "render": return runRender(rest, io).catch((e: unknown) => failed(e, w, io));
      case "--version": case "-v": io.stdout(ententeVersion() + "\n"); return 0;
      case "--help": case "-h": case "help": io.stdout(w.help); return 0;
      case undefined: io.stderr(w.help); return 2;
      default: throw new UsageError((u) => u.unknownCommand(command));
    }
  } catch (e) {
    return failed(e, w, io);
  }
}
