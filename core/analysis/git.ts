// Reading a revision's files straight from git's object store (ls-tree and cat-file), with no checkout and no worktree; git is run with argument lists, never through a shell.
import { childProcess, nodeCrypto } from "../lazy-node.js";

/** Why a revision cannot be read, for the words that say it (core/words, `revision`). */
export type GitProblem =
  | { kind: "no-git" }
  | { kind: "not-a-repository" }
  | { kind: "unknown-revision"; rev: string }
  | { kind: "shallow"; rev: string }
  | { kind: "failed"; detail: string };

export class GitError extends Error {
  constructor(readonly problem: GitProblem) {
    super(problem.kind);
  }
}

/** A file in a revision's tree: its mode and the id of its content. */
export interface TreeEntry {
  mode: string;
  oid: string;
}

/** Runs git in a folder; the environment keeps its messages in English and its locks untouched. */
function git(cwd: string, args: string[], input?: Buffer | string): { status: number | null; stdout: Buffer; stderr: string } {
  const r = childProcess().spawnSync("git", args, {
    cwd, input, maxBuffer: 1 << 30,
    env: { ...process.env, LC_ALL: "C", GIT_OPTIONAL_LOCKS: "0", GIT_TERMINAL_PROMPT: "0" },
  });
  if (r.error) {
    if ((r.error as NodeJS.ErrnoException).code === "ENOENT") throw new GitError({ kind: "no-git" });
    throw new GitError({ kind: "failed", detail: r.error.message });
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString("utf8").trim() };
}

/** The top folder of the repository that holds `dir`. */
export function repositoryRoot(dir: string): string {
  const r = git(dir, ["rev-parse", "--show-toplevel"]);
  if (r.status !== 0) throw new GitError({ kind: "not-a-repository" });
  return r.stdout.toString("utf8").trim();
}

/** The commit a revision names; a revision missing from a shallow clone is told apart from one that does not exist. */
export function resolveCommit(root: string, rev: string): string {
  // A revision that starts with '-' would be read as an option.
  if (rev.startsWith("-") || rev.length === 0) throw new GitError({ kind: "unknown-revision", rev });
  const r = git(root, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]);
  if (r.status === 0) return r.stdout.toString("utf8").trim();
  const shallow = git(root, ["rev-parse", "--is-shallow-repository"]);
  if (shallow.status === 0 && shallow.stdout.toString("utf8").trim() === "true") throw new GitError({ kind: "shallow", rev });
  throw new GitError({ kind: "unknown-revision", rev });
}

/** Every file of a commit's tree, by path relative to the repository root ('/'-separated). */
export function treeFiles(root: string, commit: string): Map<string, TreeEntry> {
  const r = git(root, ["ls-tree", "-r", "-z", "--full-tree", commit]);
  if (r.status !== 0) throw new GitError({ kind: "failed", detail: r.stderr });
  const out = new Map<string, TreeEntry>();
  for (const record of r.stdout.toString("utf8").split("\0")) {
    if (record === "") continue;
    const tab = record.indexOf("\t");
    const [mode, type, oid] = record.slice(0, tab).split(" ");
    if (type === "blob" && mode !== undefined && oid !== undefined) out.set(record.slice(tab + 1), { mode, oid });
  }
  return out;
}

/** The contents of many objects in one run of git (`cat-file --batch`), by id. */
export function readBlobs(root: string, oids: readonly string[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const unique = [...new Set(oids)];
  if (unique.length === 0) return out;
  const r = git(root, ["cat-file", "--batch"], unique.join("\n") + "\n");
  if (r.status !== 0) throw new GitError({ kind: "failed", detail: r.stderr });
  const buf = r.stdout;
  let at = 0;
  while (at < buf.length) {
    const eol = buf.indexOf(0x0a, at);
    if (eol < 0) break;
    const header = buf.subarray(at, eol).toString("utf8").split(" ");
    at = eol + 1;
    if (header[1] === "missing" || header.length < 3) continue;
    const size = Number(header[2]);
    out.set(header[0]!, buf.subarray(at, at + size));
    at += size + 1; // the content, then a newline
  }
  return out;
}

/**
 * The id git gives a file of this text (`bom`: after a byte-order mark), hashed as `like` was: SHA-1, or SHA-256 in
 * a repository whose ids have 64 digits. Git hashes "blob <bytes>\0" and the bytes; a valid UTF-8 file's bytes are
 * its text encoded again.
 */
export function blobId(like: string, text: string, bom: boolean): string {
  const size = Buffer.byteLength(text, "utf8") + (bom ? 3 : 0);
  const hash = nodeCrypto().createHash(like.length === 64 ? "sha256" : "sha1").update(`blob ${size}\0`);
  if (bom) hash.update(BOM);
  return hash.update(text, "utf8").digest("hex");
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The command that fetches a revision into a shallow clone: a remote branch into its tracking branch, anything else as it is named. */
export function fetchHint(rev: string): string {
  const m = /^([A-Za-z0-9._-]+)\/(.+)$/.exec(rev);
  if (m && !/^[0-9a-f]{7,40}$/.test(rev)) return `git fetch --depth=1 ${m[1]} ${m[2]}:refs/remotes/${m[1]}/${m[2]}`;
  return `git fetch --depth=1 origin ${rev}`;
}
