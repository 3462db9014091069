import { channelNames } from '../../electron/shared/contract/index';
import { buildApi } from '../../electron/preload/buildApi';
import { expect, test } from './fixtures';

const cyclicCreate = `(() => {
  const loop = { type: 'paragraph' };
  loop.content = [loop];
  return window.newsdesk.drafts.create({ changes: { headline: 'Loop', body: { type: 'doc', content: [loop] } } });
})()`;

test('the page runs the shipped preload: a request that cannot be sent gets the answer Electron gives, and nothing is stored', async ({ launch }) => {
  const app = await launch();
  const inPage: unknown = await app.page.evaluate(cyclicCreate);

  const loop: Record<string, unknown> = { type: 'paragraph' };
  loop.content = [loop];
  let invoked = false;
  const shipped = buildApi(channelNames, async () => {
    invoked = true;
    return { ok: true, value: null };
  });
  const inPreload = await shipped.drafts.create({ changes: { headline: 'Loop', body: { type: 'doc', content: [loop] } } });

  expect(invoked).toBe(false);
  expect(inPreload).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  expect(inPage).toEqual(inPreload);
  const listed = await app.engine.call('drafts:list', {});
  expect(listed.ok && listed.value.items).toEqual([]);
});

test('the page gets named methods and events only, frozen, and no way to IPC itself', async ({ launch }) => {
  const app = await launch();
  const shape = await app.page.evaluate(`(() => {
    const api = window.newsdesk;
    const replaced = (() => { try { api.drafts.create = () => 1; } catch { /* frozen */ } return api.drafts.create.toString().includes('=> 1'); })();
    return {
      domains: Object.keys(api).sort(),
      events: Object.keys(api.events).sort(),
      frozen: Object.isFrozen(api) && Object.isFrozen(api.drafts),
      replaced,
      ipc: ['ipcRenderer', 'require', 'process'].filter((name) => name in window),
    };
  })()`);
  const domains = [...new Set(channelNames.map((name) => name.split(':')[0]))];
  expect(shape).toEqual({ domains: [...domains, 'events'].sort(), events: ['onCommand', 'onFlushRequest', 'onLiveEvent', 'setSpellCheckLanguage'], frozen: true, replaced: false, ipc: [] });
});
