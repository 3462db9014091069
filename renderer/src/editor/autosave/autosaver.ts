import type { AppErrorShape, Result } from '../../../../electron/shared/contract/result';
import type { Draft, DraftChanges } from '../../../../electron/shared/model/draft';
import { mergeChanges } from './mergeChanges';
import type { SaveState } from './saveState';
import { systemTimers, type Timers } from './timers';

/** What the autosaver calls to write changes: `drafts:save` in the app, a fake in unit tests. */
export type SaveFunction = (input: { id: string; baseVersion: number; changes: DraftChanges }) => Promise<Result<Draft>>;

export type AutosaverOptions = {
  draftId: string;
  baseVersion: number;
  save: SaveFunction;
  timers?: Timers;
  /** Quiet time after the last edit before saving. */
  idleMs?: number;
  /** Longest an edit may wait while typing goes on without pause. */
  maxWaitMs?: number;
  /** Waits between retries of a failed save; the last one repeats. */
  retryDelaysMs?: readonly number[];
  onStateChange?: (state: SaveState) => void;
  /** Each draft the store returned after a save. */
  onSaved?: (draft: Draft) => void;
};

const DEFAULT_RETRY_DELAYS = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

/**
 * Saves a draft's edits as they are made, never dropping one. Edits are throttled (a quiet gap of
 * `idleMs`, but never more than `maxWaitMs` after the first unsaved edit); one save is in flight at a
 * time and edits made meanwhile follow it on the version it returned. A failed save keeps its changes
 * and retries with backoff; a conflict stops saving until `resolveConflict` says which version to build on.
 */
export class Autosaver {
  private readonly options: Required<Omit<AutosaverOptions, 'onStateChange' | 'onSaved'>> & Pick<AutosaverOptions, 'onStateChange' | 'onSaved'>;
  private baseVersion: number;
  private pending: DraftChanges | null = null;
  private inFlight: Promise<void> | null = null;
  private firstUnsavedAt: number | null = null;
  private timer: unknown = null;
  private failures = 0;
  private paused = 0;
  private disposed = false;
  private current: SaveState = { kind: 'saved' };

  constructor(options: AutosaverOptions) {
    this.options = {
      timers: systemTimers,
      idleMs: 300,
      maxWaitMs: 500,
      retryDelaysMs: DEFAULT_RETRY_DELAYS,
      ...options,
    };
    this.baseVersion = options.baseVersion;
  }

  /** The state shown in the status bar. */
  get state(): SaveState {
    return this.current;
  }

  /** The version the next save starts from. */
  get version(): number {
    return this.baseVersion;
  }

  /** True while some edit is not yet in the store. */
  get hasUnsavedChanges(): boolean {
    return this.pending !== null || this.inFlight !== null;
  }

  /** Records an edit; it will be saved within `maxWaitMs` unless the draft is in conflict. */
  update(changes: DraftChanges): void {
    if (this.disposed) return;
    this.pending = mergeChanges(this.pending, changes);
    const now = this.options.timers.now();
    this.firstUnsavedAt ??= now;
    if (this.current.kind === 'saved') this.setState({ kind: 'unsaved' });
    if (this.current.kind === 'conflict') return;
    // After a failure a new edit may be the fix (a slug made unique), so it is tried at the normal pace.
    this.schedule(now);
  }

  /** Saves everything now; resolves once nothing is pending, or when saving fails or conflicts. */
  async flush(): Promise<boolean> {
    this.clearTimer();
    while (!this.disposed) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      if (this.pending === null) return true;
      if (this.current.kind === 'conflict' || this.paused > 0) return false;
      const succeeded = await this.startSave();
      if (!succeeded) return false;
    }
    return this.pending === null;
  }

  /**
   * Runs a store call that moves the draft on (status change, restore): waits for the save in flight,
   * holds autosave during the call, then continues from the version the call returned.
   */
  async runExclusive<T extends { version: number }>(task: () => Promise<Result<T>>): Promise<Result<T>> {
    this.paused += 1;
    this.clearTimer();
    try {
      while (this.inFlight) await this.inFlight;
      const result = await task();
      if (result.ok) this.baseVersion = result.value.version;
      return result;
    } finally {
      this.paused -= 1;
      if (this.pending !== null && this.current.kind !== 'conflict') this.schedule(this.options.timers.now());
    }
  }

  /**
   * Leaves the conflict state: saving resumes on `version` (the store's current one) with `changes`
   * (everything the editor holds when keeping mine, nothing when taking theirs).
   */
  resolveConflict(version: number, changes: DraftChanges | null): void {
    this.baseVersion = version;
    this.pending = changes;
    this.failures = 0;
    this.firstUnsavedAt = changes === null ? null : this.options.timers.now();
    this.setState(changes === null ? { kind: 'saved' } : { kind: 'unsaved' });
    if (changes !== null) this.schedule(this.options.timers.now());
  }

  /** Stops timers; pending edits are left for the caller to flush first. */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private schedule(now: number): void {
    if (this.inFlight || this.paused > 0 || this.pending === null) return;
    const deadline = (this.firstUnsavedAt ?? now) + this.options.maxWaitMs;
    const delay = Math.max(0, Math.min(this.options.idleMs, deadline - now));
    this.setTimer(delay, () => void this.startSave());
  }

  private async startSave(): Promise<boolean> {
    this.clearTimer();
    const changes = this.pending;
    if (changes === null || this.inFlight || this.disposed) return true;
    this.pending = null;
    this.firstUnsavedAt = null;
    this.setState({ kind: 'saving' });
    let succeeded = false;
    this.inFlight = (async () => {
      const result = await this.callSave(changes);
      succeeded = this.handleResult(result, changes);
    })();
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
    }
    if (succeeded && this.pending !== null) this.schedule(this.options.timers.now());
    return succeeded;
  }

  private async callSave(changes: DraftChanges): Promise<Result<Draft>> {
    try {
      return await this.options.save({ id: this.options.draftId, baseVersion: this.baseVersion, changes });
    } catch {
      return { ok: false, error: { code: 'internal', message: 'Newsdesk could not reach its drafts store.' } };
    }
  }

  private handleResult(result: Result<Draft>, changes: DraftChanges): boolean {
    if (result.ok) {
      this.baseVersion = result.value.version;
      this.failures = 0;
      this.options.onSaved?.(result.value);
      this.setState(this.pending === null ? { kind: 'saved', at: this.options.timers.now() } : { kind: 'unsaved' });
      return true;
    }
    this.pending = mergeChanges(changes, this.pending ?? {});
    this.firstUnsavedAt = null;
    if (result.error.code === 'conflict') {
      this.setState({ kind: 'conflict', error: result.error });
      return false;
    }
    this.scheduleRetry(result.error);
    return false;
  }

  private scheduleRetry(error: AppErrorShape): void {
    const delays = this.options.retryDelaysMs;
    const delay = delays[Math.min(this.failures, delays.length - 1)] ?? 30_000;
    this.failures += 1;
    this.setState({ kind: 'failed', error, retryInMs: delay, attempts: this.failures });
    this.setTimer(delay, () => void this.startSave());
  }

  private setTimer(delay: number, callback: () => void): void {
    this.clearTimer();
    this.timer = this.options.timers.setTimeout(() => {
      this.timer = null;
      callback();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.options.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private setState(state: SaveState): void {
    this.current = state;
    this.options.onStateChange?.(state);
  }
}
