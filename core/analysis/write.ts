// Writing a user's file safely: what the file is stays as it was (a link stays a link, owner, group and mode stay), only its text changes.
import { accessSync, chmodSync, chownSync, constants, lstatSync, openSync, closeSync, writeSync, fsyncSync, realpathSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { nodeCrypto } from "../lazy-node.js";

/** Why a file was not written, beyond what the operating system says. */
export class WriteRefused extends Error {
  constructor(readonly reason: "read-only") {
    super(reason);
  }
}

/** What a file gets: its text whole, or in pieces made as they are written (a baseline of 70,000 findings). */
export type Content = string | Iterable<string>;

/**
 * Writes a file's new text. A symbolic link is followed and its target written (the caller only
 * ever passes links that lead inside the workspace). The text is written beside the target and
 * renamed over it, so a failure never leaves a half-written file; the new file gets the old one's
 * mode, owner and group. A file with other hard links is written in place instead, after the text
 * was first written out beside it in full, since a rename would cut it loose from its other names.
 * A read-only file is refused.
 */
export function writeAtomically(path: string, text: Content, bom: boolean): void {
  const target = lstatSync(path).isSymbolicLink() ? realpathSync(path) : path;
  const st = statSync(target);
  try {
    accessSync(target, constants.W_OK);
  } catch {
    throw new WriteRefused("read-only");
  }
  if ((st.mode & 0o222) === 0) throw new WriteRefused("read-only");
  const data = bytesOrPieces(text, bom, st.nlink > 1);
  const temp = tempBeside(target);
  try {
    writeWhole(temp, "wx", st.mode & 0o7777, data);
    try {
      chownSync(temp, st.uid, st.gid);
    } catch {
      // Only the owner or root may give a file away; a file we may write but not own keeps our ownership.
    }
    // The mode again, in full: creating the file applied the umask (a group-writable register would lose
    // its group's write), and a change of owner clears the set-id bits.
    chmodSync(temp, st.mode & 0o7777);
    if (st.nlink > 1) {
      // In place (same inode), for a file with several hard links.
      writeWhole(target, constants.O_WRONLY | constants.O_TRUNC, 0, data);
      rmSync(temp, { force: true });
    } else renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** A temporary file beside the target, with a short name: the target's own name may already be as long as the system allows. */
const tempBeside = (target: string) => join(dirname(target), `.entente-${process.pid}-${nodeCrypto().randomBytes(4).toString("hex")}.tmp`);

/**
 * The text as bytes, or still in pieces. Put together whole where it has a byte-order mark (a user's file,
 * whose text is whole anyway) or is written twice (`twice`: pieces made as they are written would be gone
 * the second time).
 */
function bytesOrPieces(text: Content, bom: boolean, twice: boolean): Uint8Array | Iterable<string> {
  if (typeof text !== "string" && !bom && !twice) return text;
  return Buffer.from((bom ? "\uFEFF" : "") + (typeof text === "string" ? text : [...text].join("")), "utf8");
}

/** Opens, writes every byte, and puts them on disk before closing: a crash after a rename must find the new text, not an empty file. */
function writeWhole(path: string, flags: string | number, mode: number, data: Uint8Array | Iterable<string>): void {
  const fd = openSync(path, flags, mode);
  try {
    let at = 0;
    for (const bytes of data instanceof Uint8Array ? [data] : utf8Batches(data)) at = writeAt(fd, bytes, at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes every byte at `at`, and returns where they end. */
function writeAt(fd: number, bytes: Uint8Array, at: number): number {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, at + done);
  return at + bytes.length;
}

/**
 * Pieces of text encoded as UTF-8 into one buffer of `size` bytes (`utf8Packer`). For each piece, `before` gives
 * what the buffer holds when the piece might not fit, and `add` then takes the piece, or gives it back as bytes
 * of its own when it is larger than the buffer. Whatever either gives must be written before the next call, as
 * the buffer is then filled again.
 */
interface Utf8Packer {
  before(piece: string | Uint8Array): Uint8Array | undefined;
  add(piece: string | Uint8Array): Uint8Array | undefined;
  /** What the buffer holds at the end. */
  rest(): Uint8Array | undefined;
}

/**
 * Each piece is encoded straight into the one buffer. Joined first, the pieces of a large report cost three times
 * as much, as the joined text is copied flat before it is encoded; and a buffer for each batch left a megabyte of
 * garbage outside V8's heap per batch (the SARIF log of an old register: 120 MB more at its peak). A piece may also
 * be UTF-8 already (text kept a while, which takes half the memory so where a string would hold a character
 * beyond Latin-1).
 */
function utf8Packer(size: number): Utf8Packer {
  const buffer = Buffer.allocUnsafe(size);
  let at = 0;
  // In UTF-8 a character of the text takes at most three bytes (a surrogate pair four, for its two).
  const most = (piece: string | Uint8Array) => (typeof piece === "string" ? piece.length * 3 : piece.length);
  const held = () => {
    const bytes = at > 0 ? buffer.subarray(0, at) : undefined;
    at = 0;
    return bytes;
  };
  return {
    before: (piece) => (at + most(piece) > size ? held() : undefined),
    add(piece) {
      if (most(piece) > size) return typeof piece === "string" ? Buffer.from(piece, "utf8") : piece;
      if (typeof piece === "string") at += buffer.write(piece, at, "utf8");
      else {
        buffer.set(piece, at);
        at += piece.length;
      }
      return undefined;
    },
    rest: held,
  };
}

/** Text in pieces as UTF-8, about a megabyte at a time (`utf8Packer`): write each batch before asking for the next. */
export function* utf8Batches(pieces: Iterable<string | Uint8Array>, size = 1 << 20): Generator<Uint8Array> {
  const packer = utf8Packer(size);
  for (const piece of pieces) {
    const full = packer.before(piece);
    if (full) yield full;
    const own = packer.add(piece);
    if (own) yield own;
  }
  const rest = packer.rest();
  if (rest) yield rest;
}

/**
 * Writes a file that Entente owns (the baseline): an existing one as `writeAtomically` does (its
 * mode and owner kept), a new one as `writeOutput` does.
 */
export function writeOrCreateAtomically(path: string, text: Content): void {
  let exists = true;
  try {
    lstatSync(path);
  } catch {
    exists = false;
  }
  if (exists) writeAtomically(path, text, false);
  else writeOutput(path, text);
}

/**
 * Writes a new file (a rendered document), replacing one that is there: the bytes go to a
 * temporary file beside it, which is renamed over the target only once complete, so that a
 * failure leaves no half-written document. Throws the operating system's error.
 */
export function writeOutput(path: string, data: Content | Uint8Array): void {
  const temp = tempBeside(path);
  try {
    writeWhole(temp, "wx", 0o666, typeof data === "string" ? Buffer.from(data, "utf8") : data);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** A new file that takes its text a piece at a time (`outputInPieces`). */
export interface PieceOutput {
  write(piece: string | Uint8Array): void;
  /** Puts the file in place, complete. */
  finish(): void;
  /** Leaves no trace of the file (after a failure, or when it is no longer wanted). */
  abandon(): void;
}

/**
 * `writeOutput` for text whose pieces are made while something else is written (the SARIF log beside the lint's
 * report): the pieces go to a temporary file beside the target, a megabyte at a time, and it takes the target's
 * place only once finished, so that a failure leaves no half-written file. Throws the operating system's error.
 */
export function outputInPieces(path: string): PieceOutput {
  const temp = tempBeside(path);
  let fd: number | undefined = openSync(temp, "wx", 0o666);
  let at = 0;
  const packer = utf8Packer(1 << 20);
  const put = (bytes: Uint8Array | undefined) => {
    if (bytes) at = writeAt(fd!, bytes, at);
  };
  const close = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  return {
    write(piece) {
      put(packer.before(piece));
      put(packer.add(piece));
    },
    finish() {
      try {
        put(packer.rest());
        fsyncSync(fd!);
        close();
        renameSync(temp, path);
      } catch (e) {
        this.abandon();
        throw e;
      }
    },
    abandon() {
      try {
        close();
      } finally {
        rmSync(temp, { force: true });
      }
    },
  };
}
