import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../electron/core/engine';
import { createIpcGate } from '../../../electron/core/shell/createIpcGate';
import { channelNames, type ChannelName } from '../../../electron/shared/contract/index';
import { buildApi } from '../../../electron/preload/buildApi';
import { toJsonSafe } from '../../../electron/preload/toJsonSafe';

describe('buildApi', () => {
  it('gives every contract channel a method named after it', async () => {
    const calls: [ChannelName, unknown][] = [];
    const api = buildApi(channelNames, async (channel, input) => {
      calls.push([channel, input]);
      return { ok: true, value: null };
    });
    for (const name of channelNames) {
      const [domain = '', verb = ''] = name.split(':');
      const group: unknown = Reflect.get(api, domain);
      const method: unknown = typeof group === 'object' && group !== null ? Reflect.get(group, verb) : undefined;
      expect(typeof method, name).toBe('function');
      if (typeof method === 'function') await Promise.resolve<unknown>(Reflect.apply(method, undefined, [{ probe: name }]));
    }
    expect(calls.map(([channel]) => channel)).toEqual([...channelNames]);
    expect(calls.every(([channel, input]) => JSON.stringify(input) === JSON.stringify({ probe: channel }))).toBe(true);
  });

  it('sends only JSON-safe data: dates become strings, functions are dropped', async () => {
    let sent: unknown;
    const api = buildApi(channelNames, async (_channel, input) => {
      sent = input;
      return { ok: true, value: null };
    });
    await api.drafts.create({ changes: { headline: 'A', body: { type: 'doc', content: [], when: new Date(0), run: () => 1 } } });
    expect(sent).toEqual({ changes: { headline: 'A', body: { type: 'doc', content: [], when: '1970-01-01T00:00:00.000Z' } } });
  });

  it('answers a request that cannot be sent, or a silent main process, with a Result instead of throwing', async () => {
    let invoked = 0;
    const api = buildApi(channelNames, async () => {
      invoked += 1;
      throw new Error("No handler registered for 'drafts:list'");
    });
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    const unsendable = await api.drafts.create({ changes: { body: { type: 'doc', content: [loop] } } });
    expect(unsendable).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(invoked).toBe(0);
    const unanswered = await api.drafts.list({});
    expect(unanswered).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('toJsonSafe keeps plain data as it is', () => {
    expect(toJsonSafe({ a: [1, 'b', null, true] })).toEqual({ ok: true, value: { a: [1, 'b', null, true] } });
    expect(toJsonSafe(undefined)).toEqual({ ok: true, value: undefined });
    expect(toJsonSafe(10n)).toEqual({ ok: false });
  });
});

describe('window.newsdesk over the IPC gate', () => {
  let engine: Engine | undefined;
  afterEach(() => engine?.close());

  it('creates a draft and finds it again, as the renderer would', async () => {
    engine = createEngine({ dbPath: ':memory:' });
    const gate = createIpcGate({ allowedOrigins: ['app://newsdesk'], dispatch: engine.dispatch });
    const api = buildApi(channelNames, (channel, input) => gate({ senderUrl: 'app://newsdesk/index.html', isMainFrame: true, channel, input }));
    const created = await api.drafts.create({ changes: { headline: 'Storm hits coast' } });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const found = await api.drafts.get({ id: created.value.id });
    expect(found).toMatchObject({ ok: true, value: { headline: 'Storm hits coast', version: 1 } });
  });
});
