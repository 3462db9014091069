import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../electron/core/engine';
import { headlessHost } from '../../../electron/core/host';
import { seedArticleBody } from '../fixtures/seedArticleBody';

const feedPath = (name: string) => fileURLToPath(new URL(`../../fixtures/feeds/${name}`, import.meta.url));
let chosenFile: string | null = null;
let engine: Engine;

beforeEach(() => {
  chosenFile = null;
  engine = createEngine({
    dbPath: ':memory:',
    host: { ...headlessHost, chooseOpenPath: async () => chosenFile },
    now: () => new Date('2023-01-30T12:00:00.000Z'),
  });
});
afterEach(() => engine.close());

describe('catalog channels', () => {
  it('imports a feed file the user picks and finds its articles', async () => {
    chosenFile = feedPath('world-rss.xml');
    const imported = await engine.call('catalog:import', {});
    expect(imported).toMatchObject({ ok: true, value: { added: 5, format: 'rss' } });
    const found = await engine.call('catalog:search', { query: 'zelenskiy' });
    expect(found.ok && found.value.items.map((item) => item.url)).toEqual([
      'https://news.example.com/world/zelenskiy-attends-us-congress-urges-more-military-aid',
    ]);
  });

  it('asks for a file when no source is given, and does nothing when the user cancels', async () => {
    expect(await engine.call('catalog:import', {})).toEqual({ ok: true, value: null });
    chosenFile = feedPath('politics-atom.xml');
    expect(await engine.call('catalog:import', {})).toMatchObject({ ok: true, value: { format: 'atom', added: 3 } });
  });

  it('returns a plain error for something that is not a feed', async () => {
    chosenFile = feedPath('not-a-feed.html');
    const result = await engine.call('catalog:import', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unreadable_input' } });
    expect(result.ok ? '' : result.error.message).toMatch(/web page, not a feed/);
  });

  it('refuses malformed input without touching the catalog', async () => {
    expect(await engine.dispatch('catalog:search', { query: 42 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await engine.dispatch('catalog:suggest', { draftId: 'not-a-uuid' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    for (const input of [{ url: `https://example.com/${'x'.repeat(5000)}` }, { url: '/etc/passwd' }, { url: 'file:///etc/passwd' }, { source: '/etc/passwd' }]) {
      expect(await engine.dispatch('catalog:import', input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(await engine.dispatch('catalog:list', { limit: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('suggests related articles for a draft, and includes published drafts', async () => {
    chosenFile = feedPath('world-rss.xml');
    await engine.call('catalog:import', {});
    const created = await engine.call('drafts:create', { changes: { headline: 'Putin Invites Xi to Moscow to Strengthen Military Ties', tags: ['Russia', 'China'], body: seedArticleBody() } });
    if (!created.ok) throw new Error(created.error.message);
    const suggested = await engine.call('catalog:suggest', { draftId: created.value.id });
    expect(suggested.ok && suggested.value.items[0]?.title).toBe('Putin and Xi hold video call on military cooperation');
    await engine.call('settings:update', { changes: { baseUrl: 'https://news.example.com/world' } });
    await engine.call('drafts:setStatus', { id: created.value.id, status: 'published' });
    const listing = await engine.call('catalog:list', {});
    expect(listing.ok && listing.value.items.some((item) => item.draftId === created.value.id)).toBe(true);
    const again = await engine.call('catalog:suggest', { draftId: created.value.id });
    expect(again.ok && again.value.items.some((item) => item.draftId === created.value.id)).toBe(false);
  });

  it('says which draft is missing when asked for suggestions', async () => {
    const result = await engine.call('catalog:suggest', { draftId: '0b8f1c9e-4d1a-4c59-9b55-3f2d7c1e9a10' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
