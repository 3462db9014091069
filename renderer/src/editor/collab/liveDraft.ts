import * as Y from 'yjs';
import type { Result } from '../../../../electron/shared/contract/result';
import { base64ToBytes, bytesToBase64 } from '../../../../electron/shared/sync/base64';
import type { SaveState, SaveStates } from '../autosave/saveState';
import { systemTimers, type Timers } from '../autosave/timers';
import { createValueStore, type ValueStore } from './valueStore';

/** Origin of the updates the page applies from the engine (they are not sent back). */
export const FROM_ENGINE = Symbol('from-engine');

/** What the live draft calls to hand an update to the engine: `live:push` in the app, a fake in unit tests. */
export type PushFunction = (input: { draftId: string; update: string }) => Promise<Result<{ slug: string }>>;

export type LiveDraftOptions = {
  draftId: string;
  /** The document's state as the engine holds it. */
  state: Uint8Array;
  push: PushFunction;
  timers?: Timers;
  /**
   * Edits are sent in the reporter's pauses: once no edit has come for `pauseMs`, or, while typing goes on,
   * `maxWaitMs` after the oldest unsent edit. Keystrokes close together go as one update, and a save does not
   * run between two keys of a word (it would hold up the next key).
   */
  pauseMs?: number;
  maxWaitMs?: number;
  /** Waits between retries of a failed push; the last one repeats. */
  retryDelaysMs?: readonly number[];
  /** The slug the draft's row has now. */
  slug: string;
};

/** A pause between two words at a reporter's typing speed is longer than this. */
const DEFAULT_PAUSE_MS = 150;
/**
 * At most this long unsent while typing goes on: with the push itself, well within the one second of
 * typing a crash may lose (tests/e2e/autosave.spec.ts), and soon enough for a colleague watching live.
 */
const DEFAULT_MAX_WAIT_MS = 500;
const DEFAULT_RETRY_DELAYS = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

/**
 * The open draft's Yjs document in the page. Local edits (the body through Collaboration, the fields through
 * their map) are gathered, sent to the engine one update at a time and kept until it says they are stored; a
 * failed push keeps them and retries with backoff. Updates from the engine are applied as they come.
 */
export class LiveDraft {
  readonly doc = new Y.Doc();
  readonly draftId: string;
  readonly saveStates: SaveStates;
  /** Who else is in the draft, by name. */
  readonly people: ValueStore<readonly string[]>;
  /** The slug of the draft's row, as the engine made it unique after the last push. */
  readonly savedSlug: ValueStore<string>;
  private readonly options: Required<Omit<LiveDraftOptions, 'state' | 'slug'>>;
  private readonly setSaveState: (state: SaveState) => void;
  private readonly setPeople: (people: readonly string[]) => void;
  private readonly setSavedSlug: (slug: string) => void;
  private queue: Uint8Array[] = [];
  private inFlight: Promise<boolean> | null = null;
  private timer: unknown = null;
  /** When the oldest edit in `queue` was queued; a failed push's edits count from its failure. */
  private oldestQueuedAt: number | null = null;
  /** When the newest edit in `queue` was queued. */
  private newestQueuedAt = 0;
  /** Whether `timer` waits for a pause in typing (it then looks again when it fires) or for a retry. */
  private timerWaitsForPause = false;
  private failures = 0;
  private disposed = false;

  constructor(options: LiveDraftOptions) {
    this.options = { timers: systemTimers, pauseMs: DEFAULT_PAUSE_MS, maxWaitMs: DEFAULT_MAX_WAIT_MS, retryDelaysMs: DEFAULT_RETRY_DELAYS, ...options };
    this.draftId = options.draftId;
    const saveStates = createValueStore<SaveState>({ kind: 'saved' });
    this.saveStates = saveStates;
    this.setSaveState = saveStates.set;
    const people = createValueStore<readonly string[]>([]);
    this.people = people;
    this.setPeople = people.set;
    const savedSlug = createValueStore(options.slug);
    this.savedSlug = savedSlug;
    this.setSavedSlug = savedSlug.set;
    Y.applyUpdate(this.doc, options.state, FROM_ENGINE);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== FROM_ENGINE) this.enqueue(update);
    });
  }

  /** True while some edit is not yet stored by the engine. */
  get hasUnsavedChanges(): boolean {
    return this.queue.length > 0 || this.inFlight !== null;
  }

  /** Applies an update the engine sent (from the server, another process, a save made by the engine). */
  receive(update: string): void {
    if (!this.disposed) Y.applyUpdate(this.doc, base64ToBytes(update), FROM_ENGINE);
  }

  /** Who else is in the draft now. */
  showPeople(people: readonly string[]): void {
    this.setPeople(people);
  }

  /** Sends everything now; resolves true once the engine has stored every edit, false when a push failed. */
  async flush(): Promise<boolean> {
    this.clearTimer();
    for (;;) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      if (this.queue.length === 0) return true;
      if (!(await this.send())) return false;
    }
  }

  /** Runs a store call that moves the draft on (status change, restore) once every edit is stored. */
  async runExclusive<T>(task: () => Promise<Result<T>>): Promise<Result<T>> {
    await this.flush();
    return task();
  }

  /** Stops applying updates from the engine; edits not yet stored are left for `flush`. */
  dispose(): void {
    this.disposed = true;
  }

  private enqueue(update: Uint8Array): void {
    this.queue.push(update);
    this.newestQueuedAt = this.options.timers.now();
    this.oldestQueuedAt ??= this.newestQueuedAt;
    if (this.saveStates.get().kind === 'saved') this.setSaveState({ kind: 'unsaved' });
    if (this.failures === 0) this.scheduleInPause();
  }

  /** How long until the queued edits are due: `pauseMs` after the newest, at most `maxWaitMs` after the oldest. */
  private untilDue(): number {
    const { pauseMs, maxWaitMs, timers } = this.options;
    const due = Math.min(this.newestQueuedAt + pauseMs, (this.oldestQueuedAt ?? this.newestQueuedAt) + maxWaitMs);
    return Math.max(0, due - timers.now());
  }

  /**
   * Sends after the next pause in typing, or once the oldest unsent edit has waited `maxWaitMs`. One timer
   * waits for the pause: a key typed meanwhile only moves `newestQueuedAt`, and the timer, when it fires early,
   * waits again for what is left (rather than a timer cleared and set again at every key).
   */
  private scheduleInPause(): void {
    if (this.inFlight || this.queue.length === 0 || (this.timer !== null && this.timerWaitsForPause)) return;
    this.clearTimer();
    this.schedule(this.untilDue(), true);
  }

  private schedule(delay: number, waitsForPause = false): void {
    if (this.inFlight || this.timer !== null || this.queue.length === 0) return;
    this.timerWaitsForPause = waitsForPause;
    this.timer = this.options.timers.setTimeout(() => {
      this.timer = null;
      const left = waitsForPause ? this.untilDue() : 0;
      if (left > 0) this.schedule(left, true);
      else void this.send();
    }, delay);
  }

  private send(): Promise<boolean> {
    this.clearTimer();
    if (this.inFlight) return this.inFlight;
    const update = this.queue.length === 1 ? this.queue[0] : Y.mergeUpdates(this.queue);
    if (update === undefined) return Promise.resolve(true);
    this.queue = [];
    this.oldestQueuedAt = null;
    this.setSaveState({ kind: 'saving' });
    const sending = this.pushOne(update);
    this.inFlight = sending;
    void sending.finally(() => {
      this.inFlight = null;
      if (this.failures === 0) this.scheduleInPause();
      else this.schedule(this.retryDelay());
    });
    return sending;
  }

  private async pushOne(update: Uint8Array): Promise<boolean> {
    let result: Result<{ slug: string }>;
    try {
      result = await this.options.push({ draftId: this.draftId, update: bytesToBase64(update) });
    } catch {
      result = { ok: false, error: { code: 'internal', message: 'Newsdesk could not reach its drafts store.' } };
    }
    if (result.ok) {
      this.failures = 0;
      if (result.value.slug !== this.savedSlug.get()) this.setSavedSlug(result.value.slug);
      this.setSaveState(this.queue.length === 0 ? { kind: 'saved', at: this.options.timers.now() } : { kind: 'unsaved' });
      return true;
    }
    // Kept in front of what was typed since, so nothing is lost and order does not matter to Yjs anyway.
    this.queue.unshift(update);
    this.oldestQueuedAt = this.options.timers.now();
    this.failures += 1;
    this.setSaveState({ kind: 'failed', error: result.error, retryInMs: this.retryDelay(), attempts: this.failures });
    return false;
  }

  private retryDelay(): number {
    const delays = this.options.retryDelaysMs;
    return delays[Math.min(this.failures - 1, delays.length - 1)] ?? 30_000;
  }

  private clearTimer(): void {
    if (this.timer !== null) this.options.timers.clearTimeout(this.timer);
    this.timer = null;
  }
}
