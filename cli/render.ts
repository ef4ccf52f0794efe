// `entente render`: an agreement or weighing note as a document; the findings that travel with it go to stderr, the document to stdout or a file.
import type { Locale } from "../grammar/messages.js";
import type { Diagnostic } from "../core/model/diagnostic.js";
import { writeOutput } from "../core/analysis/write.js";
import { isBinary, type RenderFormat } from "../core/features/render/render.js";
import { joinOr, words } from "../core/words/index.js";
import { stylish } from "./formats/stylish.js";
import { reason, UsageError, type Io } from "./io.js";
import { style } from "./terminal.js";
import { displayPath, readWorkspace } from "./workspace.js";

export interface RenderCliOptions {
  name: string;
  paths: string[];
  format: RenderFormat;
  output?: string;
  draft: boolean;
  today?: string;
  locale?: Locale;
  config?: string;
}

/** Renders one declaration; exit status 0, 1 when refused for open errors, 2 for what cannot be rendered or written. */
export async function render(opts: RenderCliOptions, io: Io): Promise<number> {
  if (opts.output === undefined && isBinary(opts.format) && io.stdoutIsTerminal) throw new UsageError((w) => w.binaryToTerminal(opts.format));
  const { analysis, ioError } = readWorkspace(opts, io);
  const w = words(analysis.config.locale).cli;
  const or = (names: string[]) => joinOr(names.map((n) => `'${n}'`), analysis.config.locale);
  const r = await analysis.render(opts.name, { format: opts.format, draft: opts.draft });
  const list = (findings: Diagnostic[]) => {
    const count = (severity: Diagnostic["severity"]) => findings.filter((d) => d.severity === severity).length;
    const file = { path: displayPath(findings[0]!.uri, io.cwd), diagnostics: findings };
    io.stderr(stylish({ files: [file], linted: 1, errors: count("error"), warnings: count("warning"), infos: 0 }, style(false), analysis.config.locale));
  };
  switch (r.status) {
    case "not-declared":
      io.stderr(`entente: ${w.notDeclared(opts.name, or(r.suggestions))}\n`);
      return 2;
    case "wrong-kind":
      io.stderr(`entente: ${w.notRenderable(opts.name, r.kind, or(r.suggestions))}\n`);
      return 2;
    case "syntax":
      for (const d of r.findings) io.stderr(`entente: ${w.renderSyntax(`${displayPath(d.uri, io.cwd)}:${d.range.start.line + 1}:${d.range.start.character + 1}`, r.name, d.message)}\n`);
      return 2;
    case "refused":
      io.stderr(`${w.renderFindings(r.name, r.findings.length)}\n`);
      list(r.findings);
      io.stderr(`entente: ${w.renderRefused(r.name, r.errors)}\n`);
      return 1;
    case "rendered":
      if (r.findings.length > 0) {
        io.stderr(`${w.renderFindings(r.name, r.findings.length)}\n`);
        list(r.findings);
      }
      if (opts.output === undefined) {
        if (typeof r.output === "string") io.stdout(r.output);
        else (io.stdoutBytes ?? ((b: Uint8Array) => io.stdout(Buffer.from(b).toString("latin1"))))(r.output);
      }
      else {
        try {
          writeOutput(opts.output, r.output);
        } catch (e) {
          io.stderr(`entente: ${w.cannotWrite(displayPath(opts.output, io.cwd), reason(e, w))}\n`);
          return 2;
        }
      }
      return ioError ? 2 : 0;
  }
}
