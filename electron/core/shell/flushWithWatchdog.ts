/** How a flush before close ended. */
export type FlushOutcome = 'flushed' | 'failed' | 'timed-out';

/**
 * Asks the page to save its pending edits and waits at most `timeoutMs` for it, so closing the window
 * or quitting never hangs on a frozen or crashed page. Never rejects.
 */
export async function flushWithWatchdog(flush: () => Promise<boolean>, timeoutMs: number): Promise<FlushOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watchdog = new Promise<FlushOutcome>((resolve) => {
    timer = setTimeout(() => resolve('timed-out'), timeoutMs);
  });
  const flushed = (async (): Promise<FlushOutcome> => {
    try {
      return (await flush()) ? 'flushed' : 'failed';
    } catch {
      return 'failed';
    }
  })();
  try {
    return await Promise.race([flushed, watchdog]);
  } finally {
    clearTimeout(timer);
  }
}
