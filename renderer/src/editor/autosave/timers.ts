/** The clock saving runs on; unit tests pass a fake one. */
export type Timers = {
  setTimeout: (callback: () => void, delayMs: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  now: () => number;
};

/** The browser's own timers. */
export const systemTimers: Timers = {
  setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, delayMs),
  clearTimeout: (handle) => {
    if (typeof handle === 'number') globalThis.clearTimeout(handle);
  },
  now: () => Date.now(),
};
