// Schedules analysis and checks: the edited file first, after a short pause, then the files it can affect, a few at a time.
import type { Analysis } from "../../core/analysis/analysis.js";
import type { Diagnostic } from "../../core/model/diagnostic.js";

/**
 * How long to wait after an edit before analysing: long enough for edits already on their way to
 * arrive and be handled as one, short enough that the drafter does not notice.
 */
export const DEBOUNCE_MS = 4;
/** How long one turn of background checking may hold the server before it lets requests through. */
const SLICE_MS = 15;

export class Checker {
  /** Files to check first (the ones just edited), then the rest, each once. */
  private readonly urgent = new Set<string>();
  private readonly queue = new Set<string>();
  /** Edited documents not analysed yet: each entry parses the document's current text and returns the changed keys. */
  private readonly pending = new Map<string, () => Iterable<string>>();
  private timer: NodeJS.Timeout | undefined;
  private scheduled = false;
  /**
   * The diagnostics last published, per file: in full for open documents, whose hover, inlay hints and code
   * actions read them (`findingsOf`); for closed files without their fixes, related places, arguments and
   * requirements, which only those read. The partner register and the document preview read what is left. A
   * first check of an old register publishes 68,000 findings: kept in full, they held the server at 177–179 MB
   * once its files rested, against 163–164 MB so.
   */
  readonly published = new Map<string, Diagnostic[]>();
  /** The files whose published diagnostics are kept without those parts. */
  private readonly slim = new Set<string>();
  /** While the workspace is first being read, edits are analysed but nothing is checked or published. */
  holding = false;
  private readonly drained: (() => void)[] = [];
  /** How many checks have run: the server rests its closed files after a spell in which this did not change. */
  checks = 0;

  constructor(
    private readonly analysis: Analysis,
    private readonly publish: (uri: string, diagnostics: Diagnostic[]) => void,
    private readonly log: (message: string) => void,
    private readonly isOpen: (uri: string) => boolean,
  ) {}

  /**
   * An open document changed. Its text is analysed when the pause ends, or earlier when a request
   * needs the model (`sync`): a burst of keystrokes is parsed once, not once per keystroke.
   */
  edited(uri: string, analyse: () => Iterable<string>): void {
    this.pending.set(uri, analyse);
    this.urgent.add(uri);
    this.schedule(DEBOUNCE_MS);
  }

  /** Brings the model up to date with every edit received; requests call this before they read it. */
  sync(): void {
    for (const [uri, analyse] of this.pending) {
      this.pending.delete(uri);
      for (const u of this.analysis.affected(analyse())) if (u !== uri) this.queue.add(u);
    }
  }

  /** Analyses and checks everything outstanding now, for an answer that needs every file's findings (the partner register). */
  settle(): void {
    this.sync();
    if (this.holding) return;
    for (const uri of [...this.urgent, ...this.queue]) {
      this.urgent.delete(uri);
      this.queue.delete(uri);
      this.checkOne(uri);
    }
  }

  /** Brings one file's published findings up to date now, if its check is outstanding (the document preview shows them). */
  settleOne(uri: string): void {
    this.sync();
    if (this.holding || !(this.urgent.has(uri) || this.queue.has(uri))) return;
    this.urgent.delete(uri);
    this.queue.delete(uri);
    this.checkOne(uri);
  }

  /** A file changed: check it first, and the files that depend on what changed. */
  changed(uri: string, keys: Iterable<string>): void {
    this.urgent.add(uri);
    for (const u of this.analysis.affected(keys)) if (u !== uri) this.queue.add(u);
    this.schedule(DEBOUNCE_MS);
  }

  /** Something every file depends on changed (configuration, settings): check everything. */
  everything(): void {
    for (const uri of this.analysis.ws.files.keys()) this.queue.add(uri);
    this.schedule(0);
  }

  removed(uri: string, keys: Iterable<string>): void {
    this.pending.delete(uri);
    this.urgent.delete(uri);
    this.queue.delete(uri);
    for (const u of this.analysis.affected(keys)) this.queue.add(u);
    this.slim.delete(uri);
    if (this.published.delete(uri)) this.publish(uri, []);
    this.schedule(DEBOUNCE_MS);
  }

  /**
   * A file's findings in full, for an answer about it: those published, or, where a closed file's were kept without
   * their fixes (or a document has just been opened), its check made anew and not kept.
   */
  findingsOf(uri: string): readonly Diagnostic[] {
    const kept = this.published.get(uri);
    if (kept === undefined || !this.slim.has(uri)) return kept ?? [];
    const diagnostics = this.analysis.check(uri);
    this.analysis.baseline.mark(uri, diagnostics);
    return diagnostics;
  }

  /** Whether checks are waiting (the tests wait for the server to be idle). */
  get busy(): boolean {
    return this.urgent.size > 0 || this.queue.size > 0 || this.pending.size > 0;
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, delay);
  }

  private checkOne(uri: string): void {
    if (!this.analysis.ws.files.has(uri)) return;
    this.checks++;
    try {
      const diagnostics = this.analysis.check(uri);
      // The findings the baseline accepts are kept, marked: the editor shows them as hints, the register lists them apart.
      // A baseline that cannot be read accepts nothing (the server says what is wrong with it on the file itself).
      this.analysis.baseline.mark(uri, diagnostics);
      const open = this.isOpen(uri);
      this.published.set(uri, open ? diagnostics : diagnostics.map(slimmed));
      if (open) this.slim.delete(uri);
      else this.slim.add(uri);
      this.publish(uri, diagnostics);
    } catch (e) {
      this.log(`checking ${uri} failed: ${e instanceof Error ? e.stack : String(e)}`);
    }
  }

  private run(): void {
    this.sync();
    if (this.holding) return; // everything is checked when indexing ends
    // The edited files first, at once: the drafter is waiting for them.
    for (const uri of this.urgent) {
      this.urgent.delete(uri);
      this.queue.delete(uri);
      this.checkOne(uri);
    }
    this.continueQueue();
  }

  /** Background checks in slices, yielding between them so that requests and new edits are answered. */
  private continueQueue(): void {
    if (this.scheduled || this.holding) return;
    const deadline = performance.now() + SLICE_MS;
    for (const uri of this.queue) {
      if (this.urgent.size > 0 || performance.now() > deadline) break;
      this.queue.delete(uri);
      this.checkOne(uri);
    }
    if (this.queue.size > 0 && this.urgent.size === 0) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        this.continueQueue();
      });
    } else if (this.queue.size === 0 && this.urgent.size === 0) {
      this.analysis.ws.forgetMemos();
      // Runs after every keystroke's checks: nothing to make while no one waits.
      if (this.drained.length > 0) for (const f of this.drained.splice(0)) f();
    }
  }

  /** Calls `f` once, when the checks now waiting, and any that join them, are all done. */
  whenDrained(f: () => void): void {
    this.drained.push(f);
  }
}

const NO_RELATED: Diagnostic["related"] = Object.freeze([]) as unknown as Diagnostic["related"];

/** What the partner register and the document preview read of a finding: no fix, related places, arguments or requirement. */
function slimmed(d: Diagnostic): Diagnostic {
  const s: Diagnostic = { uri: d.uri, start: d.start, end: d.end, range: d.range, rule: d.rule, severity: d.severity, message: d.message, related: NO_RELATED };
  if (d.baseline) s.baseline = d.baseline;
  return s;
}
