import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../electron/core/engine';
import { appProtocol } from '../../../electron/core/shell/appProtocol';
import { createIpcGate, type IpcRequest } from '../../../electron/core/shell/createIpcGate';
import { isTrustedSender } from '../../../electron/core/shell/isTrustedSender';

const appOrigins = [appProtocol.origin];
const devOrigins = [appProtocol.origin, 'http://localhost:5173'];

describe('isTrustedSender', () => {
  it("trusts the app's own page at any path", () => {
    expect(isTrustedSender('app://newsdesk/index.html', appOrigins)).toBe(true);
    expect(isTrustedSender('app://newsdesk/', appOrigins)).toBe(true);
    expect(isTrustedSender('app://newsdesk/index.html#/drafts/1?x=y', appOrigins)).toBe(true);
  });

  it('refuses other origins, look-alikes and frames without an origin', () => {
    for (const url of [
      'https://evil.example/index.html',
      'http://newsdesk/',
      'app://newsdesk.evil.example/',
      'app://evil/index.html',
      'app://user:secret@newsdesk/',
      'file:///home/user/index.html',
      'about:srcdoc',
      'about:blank',
      'data:text/html,<p>hi</p>',
      'not a url',
      '',
    ]) {
      expect(isTrustedSender(url, appOrigins), url).toBe(false);
    }
    expect(isTrustedSender(undefined, appOrigins)).toBe(false);
    expect(isTrustedSender(null, appOrigins)).toBe(false);
  });

  it('trusts the dev server only when it is among the allowed origins, port included', () => {
    expect(isTrustedSender('http://localhost:5173/', devOrigins)).toBe(true);
    expect(isTrustedSender('http://localhost:5173/', appOrigins)).toBe(false);
    expect(isTrustedSender('http://localhost:5174/', devOrigins)).toBe(false);
    expect(isTrustedSender('https://localhost:5173/', devOrigins)).toBe(false);
  });
});

describe('createIpcGate', () => {
  let engine: Engine | undefined;
  afterEach(() => engine?.close());

  function gateOverEngine() {
    engine = createEngine({ dbPath: ':memory:' });
    const refused: IpcRequest[] = [];
    const gate = createIpcGate({ allowedOrigins: appOrigins, dispatch: engine.dispatch, onRefused: (request) => refused.push(request) });
    return { gate, refused, engine };
  }

  it("refuses a call from another origin with 'forbidden' and writes nothing", async () => {
    const { gate, refused, engine } = gateOverEngine();
    const result = await gate({ senderUrl: 'https://evil.example/', isMainFrame: true, channel: 'drafts:create', input: { changes: { headline: 'Planted' } } });
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('refused') } });
    expect(refused).toHaveLength(1);
    const list = await engine.call('drafts:list', {});
    expect(list.ok && list.value.total).toBe(0);
  });

  it('refuses a call from an iframe even when it carries the app origin', async () => {
    const { gate } = gateOverEngine();
    const result = await gate({ senderUrl: 'app://newsdesk/preview.html', isMainFrame: false, channel: 'drafts:list', input: {} });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('forbidden');
  });

  it("lets the app's page create a draft and read it back", async () => {
    const { gate } = gateOverEngine();
    const request = { senderUrl: 'app://newsdesk/index.html', isMainFrame: true };
    const created = await gate({ ...request, channel: 'drafts:create', input: { changes: { headline: 'Storm hits coast' } } });
    expect(created.ok).toBe(true);
    const listed = await gate({ ...request, channel: 'drafts:list', input: {} });
    expect(listed).toMatchObject({ ok: true, value: { total: 1, items: [{ headline: 'Storm hits coast' }] } });
  });

  it('answers bad input and unknown channels from the app with typed errors, not exceptions', async () => {
    const { gate } = gateOverEngine();
    const request = { senderUrl: 'app://newsdesk/index.html', isMainFrame: true };
    const bad = await gate({ ...request, channel: 'drafts:get', input: { id: "1' OR 1=1 --" } });
    expect(!bad.ok && bad.error.code).toBe('invalid_input');
    const unknown = await gate({ ...request, channel: 'system:shell', input: {} });
    expect(!unknown.ok && unknown.error.code).toBe('unknown_channel');
  });
});
