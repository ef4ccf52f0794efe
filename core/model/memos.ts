// Answers kept about the workspace until it changes, each with the dependency keys its computation read.

/** Where the dependency keys of the check under way are recorded (the workspace's `track`). */
export interface Tracking {
  track: Set<string> | null;
}

interface Entry {
  value: unknown;
  /** The keys the computation read; null when nothing was tracked while it ran. */
  keys: Set<string> | null;
}

/**
 * Answers by owner (the workspace, a file, a declaration) and key. An answer computed for a tracked
 * check records the keys it read, and every later check that asks for it records them too, as if it
 * had read them itself: a memo never hides a dependency from the editor's incremental checking.
 */
export class Memos {
  private byOwner = new WeakMap<object, Map<string, Entry>>();

  constructor(private readonly tracking: Tracking) {}

  /** The answer kept for `owner` under `key`, computed as `compute(owner, arg)` when there is none. */
  get<O extends object, A, T>(owner: O, key: string, compute: (owner: O, arg: A) => T, arg: A): T {
    let byKey = this.byOwner.get(owner);
    if (!byKey) this.byOwner.set(owner, (byKey = new Map()));
    let entry = byKey.get(key);
    const t = this.tracking;
    // Computed while nothing is tracked, an entry knows no keys; one asked for by a tracked check is computed again.
    if (!entry || (t.track && entry.keys === null)) {
      const outer = t.track;
      const keys = outer ? new Set<string>() : null;
      t.track = keys;
      try {
        entry = { value: compute(owner, arg), keys };
      } finally {
        t.track = outer;
      }
      byKey.set(key, entry);
    }
    if (t.track && entry.keys) for (const k of entry.keys) t.track.add(k);
    return entry.value as T;
  }

  /** Lets go of every answer. */
  clear(): void {
    this.byOwner = new WeakMap();
  }

  /** Lets go of every answer but those kept about `owner`. */
  clearBut(owner: object): void {
    const kept = this.byOwner.get(owner);
    this.byOwner = new WeakMap();
    if (kept) this.byOwner.set(owner, kept);
  }

  /** Lets go of the answers kept about these owners. */
  forget(owners: Iterable<object>): void {
    for (const o of owners) this.byOwner.delete(o);
  }
}
