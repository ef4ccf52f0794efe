// The `entente` command line: parses the arguments of each subcommand and maps failures to exit status 2.
import { parseArgs } from "node:util";
import type { Locale } from "../grammar/messages.js";
import { tuneGarbageCollector } from "../core/gc-tuning.js";
import { ententeVersion } from "../core/version.js";
import { processIo, UsageError, type Io } from "./io.js";
import { explain } from "./explain.js";
import { fmt, fmtStdin } from "./fmt.js";
import { report, REPORT_FORMATS, type ReportFormat } from "./report.js";
import { FORMATS, lint, type Format } from "./lint.js";

const HELP = `Usage: entente <command> [options]

Commands:
  lint [PATH...]      Check the .entente files under PATH (default: .)
      --format stylish|json|sarif|junit|github   Output format (default: stylish)
      --today YYYY-MM-DD      The date that date rules compare with (default: today)
      --locale en|nl          Language of the messages (default: entente.json, else en)
      --max-warnings N        Exit with status 1 when there are more than N warnings
      --config FILE           Use this entente.json instead of the nearest one
      --fix                   Apply the safe fixes and write the files; report what remains
  report [PATH...]    Print the partner register: each foreign service's standing, agreements,
                      quid-pro-quo balance and open findings, and all agreements
      --format md|html|json   Output format (default: md); html is one self-contained page
      --today YYYY-MM-DD      The date the register is drawn up for (default: today)
      --locale en|nl          Language (default: entente.json, else en)
      --config FILE           Use this entente.json instead of the nearest one
  fmt [PATH...]       Rewrite the .entente files under PATH in the canonical layout
      --check                 Write nothing; list the files that are not formatted (exit status 1)
      --stdin                 Format standard input to standard output
      --locale en|nl          Language of the messages
  explain [RULE-ID]   Print a rule's documentation, or the list of rules
  --version           Print the version
  --help              Print this help

Exit status: 0 no errors (and warnings within --max-warnings), or all files formatted;
1 findings, or with fmt --check files not formatted; 2 usage, configuration, syntax or I/O error.
`;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")}, not '${value}'.`);
}

function runLint(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: {
      format: { type: "string", short: "f" }, today: { type: "string" }, locale: { type: "string" },
      "max-warnings": { type: "string" }, config: { type: "string", short: "c" }, fix: { type: "boolean" },
    },
  });
  let maxWarnings: number | undefined;
  if (values["max-warnings"] !== undefined) {
    maxWarnings = Number(values["max-warnings"]);
    if (!/^\d+$/.test(values["max-warnings"])) throw new UsageError(`--max-warnings must be a whole number, not '${values["max-warnings"]}'.`);
  }
  return lint({
    paths: positionals,
    format: oneOf<Format>(values.format, FORMATS, "--format") ?? "stylish",
    today: values.today,
    locale: oneOf<Locale>(values.locale, ["en", "nl"], "--locale"),
    maxWarnings,
    config: values.config,
    fix: values.fix === true,
  }, io);
}

function runReport(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { format: { type: "string", short: "f" }, today: { type: "string" }, locale: { type: "string" }, config: { type: "string", short: "c" } },
  });
  return report({
    paths: positionals,
    format: oneOf<ReportFormat>(values.format, REPORT_FORMATS, "--format") ?? "md",
    today: values.today,
    locale: oneOf<Locale>(values.locale, ["en", "nl"], "--locale"),
    config: values.config,
  }, io);
}

function runFmt(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { check: { type: "boolean" }, stdin: { type: "boolean" }, locale: { type: "string" } },
  });
  const locale = oneOf<Locale>(values.locale, ["en", "nl"], "--locale") ?? "en";
  if (values.stdin) {
    if (positionals.length > 0 || values.check) throw new UsageError("--stdin takes no paths and no --check.");
    return fmtStdin(io.readStdin(), locale, io);
  }
  return fmt({ paths: positionals, check: values.check === true, locale }, io);
}

function runExplain(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { locale: { type: "string" } } });
  if (positionals.length > 1) throw new UsageError("explain takes one rule id.");
  return explain(positionals[0], oneOf<Locale>(values.locale, ["en", "nl"], "--locale") ?? "en", io);
}

export function main(argv: string[], io: Io = processIo()): number {
  tuneGarbageCollector();
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "lint": return runLint(rest, io);
      case "fmt": return runFmt(rest, io);
      case "report": return runReport(rest, io);
      case "explain": return runExplain(rest, io);
      case "--version": case "-v": io.stdout(ententeVersion() + "\n"); return 0;
      case "--help": case "-h": case "help": io.stdout(HELP); return 0;
      case undefined: io.stderr(HELP); return 2;
      default: throw new UsageError(`unknown command '${command}'.`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`entente: ${(e as Error).message}\nRun 'entente --help' for usage.\n`);
      return 2;
    }
    io.stderr(`entente: internal error: ${e instanceof Error ? e.stack : String(e)}\nPlease report this. No file was changed.\n`);
    return 2;
  }
}
