// Values found by a finding's key within one file (rule, declaration, path, the arguments that count), looked up by a hash of its parts.
import { keyed, type FindingKey } from "./finding-key.js";

/** A key within a file: what two findings of one file must share to be the same (see `finding-key.ts`). */
export type LocalKeyParts = Omit<FindingKey, "file">;

/**
 * Values by key, in the order they were put. A key is never made into a string: a lint of an old register with
 * its baseline in force makes a key for each of its 68,000 entries and again for each finding, and each written as
 * JSON and hashed by a Map took about 2 µs (0.3 s of the dirty register's 2 s). A hash of the parts finds a few
 * candidates, which are compared part by part; the arguments a key leaves out (`keyed`) are left out of both.
 */
export class KeyIndex<T extends LocalKeyParts> {
  private readonly list: T[] = [];
  /** Hash -> index into `list`, or indices when several keys share a hash. */
  private readonly slots = new Map<number, number | number[]>();

  /** `hash` only for tests, which make every key share one hash to try the comparison of parts. */
  constructor(private readonly hash: (k: LocalKeyParts) => number = hashOf) {}

  values(): readonly T[] {
    return this.list;
  }

  /** The value put under the key of `k`, if any. */
  get(k: LocalKeyParts): T | undefined {
    const i = this.indexOf(k, this.hash(k));
    return i < 0 ? undefined : this.list[i];
  }

  /** Puts `v` under its key; when a value is already there, `merge(there, v)` takes its place (and its position). */
  put(v: T, merge: (there: T, v: T) => T): void {
    const h = this.hash(v);
    const i = this.indexOf(v, h);
    if (i >= 0) {
      this.list[i] = merge(this.list[i]!, v);
      return;
    }
    const at = this.list.push(v) - 1;
    const slot = this.slots.get(h);
    if (slot === undefined) this.slots.set(h, at);
    else if (typeof slot === "number") this.slots.set(h, [slot, at]);
    else slot.push(at);
  }

  private indexOf(k: LocalKeyParts, h: number): number {
    const slot = this.slots.get(h);
    if (slot === undefined) return -1;
    if (typeof slot === "number") return sameKey(this.list[slot]!, k) ? slot : -1;
    for (const i of slot) if (sameKey(this.list[i]!, k)) return i;
    return -1;
  }
}

/** FNV-1a over a text's UTF-16 code units, from `h`. */
function mix(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  // A separator, so that a character moved from one part to the next changes the hash (a collision costs only a comparison).
  return Math.imul(h ^ 0xffff, 0x01000193);
}

/** A hash of a key's parts; the arguments' hashes are added, so that their order does not matter. */
function hashOf(k: LocalKeyParts): number {
  let h = mix(mix(mix(0x811c9dc5, k.rule), k.declaration ?? "\u0000null"), k.path);
  for (const name in k.args) if (keyed(k.rule, name)) h = (h + mix(mix(0x811c9dc5, name), k.args[name]!)) | 0;
  return h;
}

function sameKey(a: LocalKeyParts, b: LocalKeyParts): boolean {
  return a.rule === b.rule && a.declaration === b.declaration && a.path === b.path && sameArguments(a.rule, a.args, b.args);
}

/** Whether two findings of a rule have the same arguments, counting only those that belong to the key. */
function sameArguments(rule: string, a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  let n = 0;
  for (const name in a) {
    if (!keyed(rule, name)) continue;
    if (b[name] !== a[name]) return false;
    n++;
  }
  for (const name in b) if (keyed(rule, name)) n--;
  return n === 0;
}
