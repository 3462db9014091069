import type { WebContents } from 'electron';
import { shellChannels } from '../shared/contract/shellChannels';
import type { FlushRequests } from '../core/shell/createFlushRequests';
import { flushWithWatchdog, type FlushOutcome } from '../core/shell/flushWithWatchdog';

/** How long closing waits for the page to save before it goes ahead anyway. */
export const FLUSH_TIMEOUT_MS = 3000;

/**
 * Asks the page to save its pending edits and waits for its reply, at most FLUSH_TIMEOUT_MS. A page
 * that is gone or crashed has nothing left to flush.
 */
export async function requestFlush(contents: WebContents, flushRequests: FlushRequests): Promise<FlushOutcome | 'gone'> {
  if (contents.isDestroyed() || contents.isCrashed()) return 'gone';
  const { id, reply } = flushRequests.begin();
  contents.send(shellChannels.flushRequest, id);
  const outcome = await flushWithWatchdog(() => reply, FLUSH_TIMEOUT_MS);
  if (outcome !== 'flushed') flushRequests.abandon(id);
  return outcome;
}
