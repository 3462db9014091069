/** Bookkeeping for flush requests sent to the page and the replies that settle them. */
export type FlushRequests = {
  /** Starts a request; `reply` resolves with the page's answer (true when its edits were saved). */
  begin: () => { id: number; reply: Promise<boolean> };
  /** Settles a request from the page's reply; false for an unknown or already settled id. */
  settle: (id: unknown, ok: unknown) => boolean;
  /** Forgets a request the watchdog gave up on. */
  abandon: (id: number) => void;
  /** How many requests wait for a reply. */
  readonly pending: number;
};

/** Creates the bookkeeping for the flush-before-close handshake between the shell and the page. */
export function createFlushRequests(): FlushRequests {
  const waiting = new Map<number, (ok: boolean) => void>();
  let nextId = 1;
  return {
    begin() {
      const id = nextId++;
      const reply = new Promise<boolean>((resolve) => waiting.set(id, resolve));
      return { id, reply };
    },
    settle(id, ok) {
      if (typeof id !== 'number') return false;
      const resolve = waiting.get(id);
      if (resolve === undefined) return false;
      waiting.delete(id);
      resolve(ok === true);
      return true;
    },
    abandon(id) {
      waiting.get(id)?.(false);
      waiting.delete(id);
    },
    get pending() {
      return waiting.size;
    },
  };
}
