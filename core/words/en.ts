// Every word Entente shows in English outside the rules' own messages: editor features, the register and the CLI.

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const en = {
  and: "and",
  or: "or",
  /** The indefinite article before a word. */
  article: (word: string): string => (/^'?[aeiou]/i.test(word) ? "an" : "a"),
  /** The language tag written into a rendered document, for spelling and hyphenation in Word and PDF readers. */
  languageTag: "en-GB",
  didYouMean: (suggestion: string) => ` Did you mean '${suggestion}'?`,
  internalError: (rule: string, detail: string) =>
    `Entente could not run the rule ${rule} on this file because of an internal error (${detail}). Please report it; other rules still ran.`,

  editor: {
    suppress: (rule: string) => `Suppress ${rule} here, with a reason`,
    fixAll: "Apply all safe fixes in this file",
    requires: "requires",
    requiresTooltip: "What the findings on this declaration still ask for.",
    noActivities: "no activities",
    required: "required",
    today: "today",
    wholeDeclaration: "whole declaration",
    tooLarge: (mb: string) => `This file is ${mb} MB: too large to check while typing. Run 'entente lint' on it.`,
    renameNotAName: "Only the name of a declaration, or a reference to one, can be renamed here.",
    renameUndeclared: (name: string) => `${name} is not declared in the workspace, so there is nothing to rename.`,
    renameInvalid: (name: string) => `'${name}' is not a valid name: a name starts with a letter or '_' and holds letters, digits, '_' and '-'.`,
    renameTaken: (name: string, kind: string, where: string) => `${name} is already the name of ${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind} in ${where}; names are unique across the workspace.`,
  },

  hover: {
    required: "required",
    requiredWhen: (condition: string) => `required with \`${condition}\``,
    requiredUnless: (condition: string) => `required unless \`${condition}\``,
    repeatable: "may be repeated",
    listOf: "list of",
    approvalType: "authority date \"reference\"",
    datedType: "date \"reference\"",
    ratingType: "met | doubtful | not-met \"motivation\"",
    own: "the own service",
    notWeighed: "not weighed yet",
    eligible: "qualifies for cooperation",
    doubtful: "doubtful on",
    ineligible: "does not qualify: not met on",
    weighing: "weighing",
    of: "of",
    review: "review due",
    overdue: "review overdue since",
    agreements: "Agreements in force",
    none: "none",
    signed: "signed",
    page: "rule page",
  },

  report: {
    title: "Partner register", asOf: "as of", files: "files", ownService: "own service", partners: "Foreign services",
    service: "Service", status: "Status", assessment: "Weighing", reviewBy: "Review by", overdue: "overdue",
    approvedBy: "approved by", inForce: "Agreements in force", given: "Given", received: "Received", balance: "Quid pro quo",
    byCategory: "By data category", byQuarter: "By quarter", category: "Category", quarter: "Quarter", requests: "Requests",
    sent: "sent", answered: "answered", open: "open", findings: "Open findings", criteria: "Criteria", criterion: "Criterion",
    rating: "Rating", agreements: "Agreements", agreementRegister: "Register of agreements", agreement: "Agreement",
    form: "Form", kind: "Kind", parties: "Parties", signed: "Signed", expires: "Expires", ministryReview: "Ministry review",
    covers: "Covers", state: "State", activities: "Activities", effective: "In force from", history: "History",
    declaredIn: "declared in", none: "none", noneYet: "No foreign services are declared.",
    notAssessed: "not weighed", chartTitle: "Disclosures given and receipts received per quarter",
    noActivity: "No disclosures or receipts.", terms: "Terms of the disclosures", via: "Through domestic services",
    domestic: "domestic services", unspecified: "unspecified", missing: "missing",
    baselined: "Findings accepted in the baseline", baselineIntro: "Recorded in the baseline when Entente was adopted; not counted as open findings above.",
    place: "Place", rule: "Rule", finding: "Finding", reason: "Reason",
  },
  /** Facts of services, agreements and disclosures as hover, the outline and the register say them. */
  facts: {
    domestic: "domestic service: the rules on foreign cooperation do not apply to it",
    framework: "framework",
    members: "members",
    withinFramework: "cooperation within its framework needs no weighing or agreement of its own",
    refuses: "refuses any agreement",
    signed: "signed",
    expires: "expires",
    ministryReview: "ministry review",
    inForceSince: (day: string) => `in force since ${day}`,
    inForceFrom: (day: string) => `in force from ${day}`,
    since: (day: string) => `since ${day}`,
    amends: "amends",
    amendedBy: "amended by",
    supersedes: "supersedes",
    supersededBy: "superseded by",
    terminatedOn: (day: string) => `terminated on ${day}`,
    annexes: (n: number) => plural(n, "annex", "annexes"),
    covers: "covers",
    coversToday: "covers today",
    via: "via",
    purpose: "purpose",
    retainUntil: (day: string) => `retain until ${day}`,
    caveats: "caveats",
    inReplyTo: "in reply to",
    caveatsOn: (n: number, of: number) => `caveats on ${n} of ${plural(of, "disclosure", "disclosures")}`,
    purposeFor: (n: number) => `a purpose stated for ${n}`,
    inReplyCount: (n: number) => `${n} in reply to a request of the recipient`,
    retention: (n: number) => `a retention date for ${n}`,
    retentionPassed: "passed",
    on: "on",
    noneRecorded: "none recorded",
  },
  status: { eligible: "eligible", doubtful: "doubtful", ineligible: "ineligible", "not-assessed": "not weighed", framework: "within its framework" },
  state: {
    "in-force": "in force", "not-yet-in-force": "not yet in force", expired: "expired", superseded: "superseded", terminated: "terminated",
    "in-preparation": "in preparation",
  },
  /** The fixed headings and lines of a rendered agreement or weighing note (`entente render`, the preview). */
  render: {
    article: (n: string, title: string | null) => (title ? `Article ${n} – ${title}` : `Article ${n}`),
    annex: (n: string, title: string | null) => (title ? `Annex ${n} – ${title}` : `Annex ${n}`),
    parties: "Parties",
    preamble: (parties: string) => `Between ${parties}, the following has been agreed.`,
    form: "Form", kind: "Kind", reference: "Reference", inForceFrom: "In force from", expires: "Valid until", terminated: "Terminated on",
    supersedes: "Supersedes", amends: "Amends",
    signatures: "Signatures",
    signatureFor: (party: string) => `For ${party}`,
    name: "Name", function: "Function", date: "Date", place: "Place", signature: "Signature",
    draft: (n: number) => (n === 0 ? "DRAFT" : `DRAFT — ${plural(n, "open finding", "open findings")}`),
    page: (n: string, of: string) => `Page ${n} of ${of}`,
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    weighingNote: "Weighing note", service: "Service weighed", weighed: "Date of the weighing", reviewBy: "Review by",
    criteria: "Cooperation criteria", rating: "Rating", permits: "Permitted forms of cooperation", conditions: "Conditions", approval: "Approval",
    approvedBy: (authority: string, date: string, reference: string | null) => `Approved by ${authority} on ${date}${reference ? ` (${reference})` : ""}.`,
    criterion: {
      "human-rights": "Respect for human rights and democratic embedding", professionalism: "Tasks, professionalism and reliability",
      "international-obligations": "Desirability in the light of international obligations", "task-performance": "Promotion of the own task performance",
      reciprocity: "Reciprocity (quid pro quo)",
    } as Record<string, string>,
    saveAsWord: "Save as Word…", saveAsPdf: "Save as PDF…",
  },
  severity: { error: ["error", "errors"], warning: ["warning", "warnings"], info: ["info", "infos"] } as Record<"error" | "warning" | "info", [string, string]>,

  languageServer: {
    noTransport: "it needs one of the options below to know how the editor talks to it.",
    help: `Usage: entente-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME

The Entente language server, for an editor to start (see the README, "Other editors").
  --stdio        Messages over standard input and output
  --node-ipc     Messages over Node's IPC channel (VS Code)
  --socket=PORT  Messages over a TCP socket on PORT
  --pipe=NAME    Messages over a named pipe
  --version      Print the version
  --help         Print this help
`,
  },
  cli: {
    help: `Usage: entente <command> [options]

Commands:
  lint [PATH...]      Check the .entente files under PATH (default: .)
      --format stylish|json|sarif|junit|github   Output format (default: stylish)
      --today YYYY-MM-DD      The date that date rules compare with (default: today)
      --locale en|nl          Language of the messages (default: entente.json, else en)
      --max-warnings N        Exit with status 1 when there are more than N warnings
      --config FILE           Use this entente.json instead of the nearest one
      --fix                   Apply the safe fixes and write the files; report what remains
      --baseline FILE         Use this baseline instead of the nearest entente-baseline.json
      --no-baseline           Report every finding, also those a baseline accepts
      --write-baseline[=FILE] Record today's findings in the baseline (default: entente-baseline.json
                              beside entente.json), keeping the reasons written in it; exit status 0
      --new-since REV         Report only the findings that did not exist at the git revision REV
                              (a branch such as origin/main, a tag or a commit)
      --sarif-output FILE     Also write the findings to FILE as a SARIF log, from the same run
  report [PATH...]    Print the partner register: each foreign service's standing, agreements,
                      quid-pro-quo balance and open findings, and all agreements
      --format md|html|json   Output format (default: md); html is one self-contained page
      --today YYYY-MM-DD      The date the register is drawn up for (default: today)
      --locale en|nl          Language (default: entente.json, else en)
      --config FILE           Use this entente.json instead of the nearest one
      --baseline FILE         Use this baseline instead of the nearest entente-baseline.json
  render NAME [PATH...]  Render an agreement or a weighing note as the document people sign or approve
      --format docx|pdf|html|md  Output format (default: from the -o file's extension, else md)
      -o FILE                 Write to FILE (needed for docx and pdf on a terminal)
      --draft                 Render even with open errors; every page is marked DRAFT
      --locale en|nl          Language of the fixed headings (default: entente.json, else en)
      --today YYYY-MM-DD      The date that date rules compare with (default: today)
      --config FILE           Use this entente.json instead of the nearest one
  fmt [PATH...]       Rewrite the .entente files under PATH in the canonical layout
      --check                 Write nothing; list the files that are not formatted (exit status 1)
      --stdin                 Format standard input to standard output
      --locale en|nl          Language of the messages
  explain [RULE-ID]   Print a rule's documentation, or the list of rules
  --version           Print the version
  --help              Print this help

Exit status: 0 no errors (and warnings within --max-warnings), or all files formatted;
1 findings, or with fmt --check files not formatted, or render refused for open errors; 2 usage, configuration, syntax or I/O error.
`,
    baselineNotFound: (path: string) => `the baseline ${path} does not exist.`,
    exclusive: (a: string, b: string) => `${a} and ${b} cannot be used together.`,
    usage: "Run 'entente --help' for usage.",
    internalError: (detail: string) => `internal error: ${detail}\nPlease report this. No file was changed.`,
    unknownCommand: (command: string) => `unknown command '${command}'.`,
    oneOf: (flag: string, allowed: string, value: string) => `${flag} must be one of ${allowed}, not '${value}'.`,
    wholeNumber: (flag: string, value: string) => `${flag} must be a whole number, not '${value}'.`,
    needsFile: (flag: string) => `${flag} needs the name of a file.`,
    notOverSource: (flag: string, path: string) => `${flag} would write over ${path}, a file Entente reads; name a new file such as entente.sarif.`,
    badToday: (value: string) => `--today must be a real date written YYYY-MM-DD, not '${value}'.`,
    stdinAlone: "--stdin takes no paths and no --check.",
    explainOne: "explain takes one rule id.",
    notARule: (id: string, suggestion: string) => `'${id}' is not a rule.${suggestion ? ` Did you mean '${suggestion}'?` : ""} Run 'entente explain' for the list.`,
    explainHint: "Run 'entente explain RULE-ID' for a rule's page.",
    noFiles: (paths: string) => `no .entente files found in ${paths}.`,
    cannotReadConfig: (path: string, reason: string) => `cannot read the configuration ${path}: ${reason}.`,
    cannotRead: (path: string, reason: string) => `cannot read ${path} (${reason}).`,
    skipped: (path: string, reason: "not-regular" | "link-outside") => reason === "not-regular"
      ? `note: ${path} is not a regular file (a pipe, device or socket); it is left out.`
      : `note: ${path} is a link to a file outside the folders linted; it is left out.`,
    cannotWrite: (path: string, reason: string) => `cannot write ${path} (${reason}); it is unchanged.`,
    readOnly: "the file is read-only",
    applied: (fixes: number, files: number) => `Applied ${plural(fixes, "fix", "fixes")} in ${plural(files, "file", "files")}.`,
    reportIncomplete: "some files could not be read; the register leaves them out.",
    renderName: "render needs the name of an agreement or a weighing note: entente render NAME [PATH...].",
    notDeclared: (name: string, suggestions: string) => `'${name}' is not declared in the workspace.${suggestions ? ` Did you mean ${suggestions}?` : ""}`,
    notRenderable: (name: string, kind: string, suggestions: string) =>
      `${name} is ${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind}: only an agreement or a weighing note can be rendered.${suggestions ? ` Did you mean ${suggestions}?` : ""}`,
    renderSyntax: (where: string, name: string, message: string) => `${where}: cannot render ${name}: its declaration has a syntax error: ${message}`,
    renderFindings: (name: string, n: number) => `${name} has ${plural(n, "open finding", "open findings")}:`,
    renderRefused: (name: string, errors: number) =>
      `${name} is not rendered: ${plural(errors, "error is", "errors are")} still open. Resolve ${errors === 1 ? "it" : "them"}, or pass --draft for a draft marked as such on every page.`,
    binaryToTerminal: (format: string) => `a ${format} document cannot be printed on a terminal: pass -o FILE, or redirect the output.`,
    formatOfOutput: (file: string) => `cannot tell the format from '${file}': pass --format docx, pdf, html or md.`,
    written: (path: string) => `Wrote ${path}.`,
    notFormatted: (path: string) => `${path}: not formatted`,
    formatted: (n: number) => `Formatted ${plural(n, "file", "files")}.`,
    checked: (bad: number, n: number) => bad === 0
      ? `All ${n} file${n === 1 ? " is" : "s are"} formatted.`
      : `${bad} of ${plural(n, "file", "files")} not formatted; run 'entente fmt' to format ${bad === 1 ? "it" : "them"}.`,
    syntax: (path: string, line: number, column: number, message: string) => `${path}:${line}:${column}: cannot format a file with syntax errors: ${message}`,
    encoding: (path: string) => `${path}: cannot format a file that is not valid UTF-8; it is unchanged.`,
    unsafe: (path: string) => `${path}: the formatter would change what this file says, so it is unchanged. Please report this.`,
  },
  stylish: {
    noProblems: (files: number) => `No problems found in ${plural(files, "file", "files")}.`,
    nothingLinted: "No file was linted.",
    /** `paths`: the entente.json files used, joined with ", " (empty: none). */
    configuration: (paths: string) => paths === "" ? "Configuration: none (the defaults)." : `Configuration: ${paths}.`,
    problems: (total: number, errors: number, warnings: number, infos: number, files: number) =>
      `✖ ${plural(total, "problem", "problems")} (${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")}, ${plural(infos, "info", "infos")}) in ${plural(files, "file", "files")}.`,
  },
  /** The baseline (entente-baseline.json) and --new-since: what the CLI and the editor say of them. */
  baseline: {
    at: (path: string, line: number, column: number, what: string) =>
      `${path}:${line}:${column}: ${what} The baseline is not used, and no finding is reported as if it were absent: correct the file, or delete it and run 'entente lint --write-baseline'.`,
    read: (code: string) => `cannot read the baseline (${code}).`,
    syntax: (detail: string) => `this baseline is not valid JSON (${detail}).`,
    root: "a baseline is a JSON object with \"version\" and \"findings\".",
    unknownKey: (key: string, allowed: string) => `"${key}" is not a key of a baseline here; the keys are ${allowed}.`,
    version: (value: string, known: number) => `this baseline has version ${value}, which this Entente does not know (it reads version ${known}); use the Entente that wrote it, or write it anew.`,
    missing: (key: string) => `"${key}" is missing.`,
    type: (key: string, expected: string) =>
      `"${key}" must be ${{ string: "a text in quotes", "text-or-null": "a text in quotes, or null", object: "an object", list: "a list", count: "a whole number of 1 or more" }[expected] ?? expected}.`,
    baselined: (n: number, files: string) => `${plural(n, "finding", "findings")} accepted in the baseline (${files}) ${n === 1 ? "is" : "are"} not shown.`,
    stale: (n: number) => `${plural(n, "finding", "findings")} in the baseline no longer ${n === 1 ? "occurs" : "occur"} (fixed: remove ${n === 1 ? "it" : "them"} with --write-baseline).`,
    staleRule: (rule: string, n: number) => `The baseline accepts ${plural(n, "finding", "findings")} of the rule '${rule}', which no longer exists: remove ${n === 1 ? "it" : "them"} with --write-baseline.`,
    newSince: (added: number, existing: number, rev: string) => `${added} new, ${existing} existing at ${rev} (not shown).`,
    written: (path: string, findings: number, entries: number, reasons: number) =>
      `Wrote ${path}: ${plural(findings, "finding", "findings")} in ${plural(entries, "entry", "entries")}${reasons > 0 ? `, ${plural(reasons, "reason", "reasons")} kept` : ""}.`,
    elsewhere: (path: string) => `note: some files follow the nearer baseline ${path}; it is unchanged.`,
    notWritten: "the baseline is not written: some files could not be read, or the configuration has errors. Correct them first.",
    inBaseline: (message: string, reason: string | null) => `${message} (in baseline${reason ? `: ${reason}` : ""})`,
    noGit: "--new-since reads the revision from git, which is not installed (or not on the PATH).",
    notARepository: (dir: string) => `--new-since compares with a git revision, but ${dir} is not inside a git repository.`,
    unknownRevision: (rev: string) => `'${rev}' is not a revision of this repository: name a branch (such as origin/main), a tag or a commit.`,
    shallow: (rev: string, fetch: string) => `'${rev}' is not in this clone, which is shallow (it holds only recent history). Fetch it first: ${fetch}`,
    gitFailed: (detail: string) => `git failed: ${detail}`,
  },
  /** The tables of the language reference (docs/language.md), generated from the schema. */
  docs: {
    field: "field", type: "type", required: "required", meaning: "meaning", value: "value", inWords: "in words", rank: "rank",
    yes: "yes", no: "no",
    requiredWhen: (condition: string) => `when ${condition}`,
    requiredUnless: (conditions: string) => `unless ${conditions}`,
    many: (kinds: string) => `list of ${kinds}`,
    oneOrMany: (kind: string, kinds: string) => `${kind}, or a list of ${kinds}`,
    orNone: (type: string) => `${type}, or \`none\``,
    enumOne: "one of the values below",
    enumMany: "list of the values below",
    string: "text in quotes",
    strings: "list of texts in quotes",
    text: "text in quotes, or a text block",
    date: "date",
    bool: "`yes` or `no`",
    approval: "authority, date and reference",
    dated: "date and reference",
    rating: "rating and motivation",
    country: "country code",
    repeatable: "may be repeated",
    block: { name: "block with a name and a title", number: "block with a number and a title", none: "block" },
    valuesOf: (field: string) => `Values of \`${field}\`:`,
    ratings: "Values of a rating:",
    sameValues: (field: string, shownField: string, shownIn: string) => `\`${field}\` takes the values of \`${shownField}\` in ${shownIn}, above.`,
    ranksAs: (other: string, rank: number) => `as ${other} (${rank})`,
    outsideLadder: "outside the ladder",
  },
};

export type Words = typeof en;
