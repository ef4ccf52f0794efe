// The language server's own command line: the transport an editor asks for, or a word to a person who ran it by hand.
import { ententeVersion } from "../core/version.js";
import { words } from "../core/words/index.js";

/** The transports vscode-languageserver reads from the arguments, alone or with `=VALUE`. */
const TRANSPORTS = ["--stdio", "--node-ipc", "--socket", "--pipe"];

const given = (argv: readonly string[], flag: string) => argv.some((a) => a === flag || a.startsWith(flag + "="));

/**
 * Whether to serve. Without a transport the protocol library would throw (a page of minified code on
 * the terminal); `--version` and `--help` are answered here. Otherwise returns the exit status.
 */
export function serveOrExitStatus(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): "serve" | number {
  const w = words("en").languageServer;
  if (argv.includes("--version")) {
    out(ententeVersion() + "\n");
    return 0;
  }
  if (argv.includes("--help")) {
    out(w.help);
    return 0;
  }
  if (TRANSPORTS.some((t) => given(argv, t))) return "serve";
  err(`entente-language-server: ${w.noTransport}\n${w.help}`);
  return 2;
}
