import { describe, expect, it } from 'vitest';
import { createFlushRequests } from '../../../electron/core/shell/createFlushRequests';
import { flushWithWatchdog } from '../../../electron/core/shell/flushWithWatchdog';
import type { ShellChannel } from '../../../electron/shared/contract/shellChannels';
import { shellChannels } from '../../../electron/shared/contract/shellChannels';
import { createShellEvents, type ShellTransport } from '../../../electron/preload/createShellEvents';

const never = () => new Promise<boolean>(() => {});

describe('flushWithWatchdog', () => {
  it('reports a flush the page confirmed', async () => {
    expect(await flushWithWatchdog(async () => true, 60_000)).toBe('flushed');
  });

  it('reports a page that could not save, or threw, as failed', async () => {
    expect(await flushWithWatchdog(async () => false, 60_000)).toBe('failed');
    expect(await flushWithWatchdog(async () => Promise.reject(new Error('disk full')), 60_000)).toBe('failed');
  });

  it('gives up on a page that never answers, so quitting cannot hang', async () => {
    expect(await flushWithWatchdog(never, 10)).toBe('timed-out');
  });
});

/** Wires the preload's events to the shell's bookkeeping as ipcRenderer and ipcMain would. */
function connected() {
  const pageListeners = new Map<ShellChannel, Set<(payload: unknown) => void>>();
  const requests = createFlushRequests();
  const transport: ShellTransport = {
    on(channel, listener) {
      const set = pageListeners.get(channel) ?? new Set();
      set.add(listener);
      pageListeners.set(channel, set);
      return () => set.delete(listener);
    },
    send(channel, payload) {
      if (channel !== shellChannels.flushDone || typeof payload !== 'object' || payload === null) return;
      if ('id' in payload && 'ok' in payload) requests.settle(payload.id, payload.ok);
    },
  };
  const events = createShellEvents(transport);
  const toPage = (channel: ShellChannel, payload: unknown) => pageListeners.get(channel)?.forEach((listener) => listener(payload));
  const flush = async (timeoutMs: number) => {
    const { id, reply } = requests.begin();
    toPage(shellChannels.flushRequest, id);
    const outcome = await flushWithWatchdog(() => reply, timeoutMs);
    if (outcome !== 'flushed') requests.abandon(id);
    return outcome;
  };
  return { events, requests, toPage, flush };
}

describe('the flush-before-close handshake', () => {
  it('waits until every editor has saved its pending edits', async () => {
    const { events, flush } = connected();
    const saved: string[] = [];
    events.onFlushRequest(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      saved.push('body');
    });
    events.onFlushRequest(async () => {
      saved.push('fields');
    });
    expect(await flush(60_000)).toBe('flushed');
    expect(saved.sort()).toEqual(['body', 'fields']);
  });

  it('answers at once when nothing is open, and reports a failed save', async () => {
    const { events, flush } = connected();
    expect(await flush(60_000)).toBe('flushed');
    const stop = events.onFlushRequest(async () => Promise.reject(new Error('conflict')));
    expect(await flush(60_000)).toBe('failed');
    stop();
    expect(await flush(60_000)).toBe('flushed');
  });

  it('times out on an editor that hangs and forgets the request', async () => {
    const { events, requests, flush } = connected();
    events.onFlushRequest(() => new Promise<void>(() => {}));
    expect(await flush(10)).toBe('timed-out');
    expect(requests.pending).toBe(0);
  });

  it('ignores replies for unknown requests', () => {
    const requests = createFlushRequests();
    expect(requests.settle(42, true)).toBe(false);
    expect(requests.settle('1', true)).toBe(false);
    const { id } = requests.begin();
    expect(requests.settle(id, true)).toBe(true);
    expect(requests.settle(id, true)).toBe(false);
  });

  it('passes only known menu commands to the page', () => {
    const { events, toPage } = connected();
    const received: string[] = [];
    const stop = events.onCommand((command) => received.push(command));
    toPage(shellChannels.command, 'new-draft');
    toPage(shellChannels.command, 'rm -rf');
    toPage(shellChannels.command, { command: 'export' });
    toPage(shellChannels.command, 'export');
    stop();
    toPage(shellChannels.command, 'settings');
    expect(received).toEqual(['new-draft', 'export']);
  });
  it('sends the draft\'s language to the shell for the spellchecker, a string and nothing else', () => {
    const sent: [ShellChannel, unknown][] = [];
    const events = createShellEvents({ on: () => () => undefined, send: (channel, payload) => sent.push([channel, payload]) });
    events.setSpellCheckLanguage('pt-BR');
    events.setSpellCheckLanguage('x'.repeat(100));
    expect(sent).toEqual([
      [shellChannels.spellCheckLanguage, 'pt-BR'],
      [shellChannels.spellCheckLanguage, 'x'.repeat(35)],
    ]);
  });
});
