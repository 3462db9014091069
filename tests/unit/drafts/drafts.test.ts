import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/core/engine';
import { Draft, type BodyJson } from '../../../electron/shared/model/draft';
import { doc, errorOf, manualClock, memoryEngine, valueOf, type ManualClock } from '../support/testEngine';

let clock: ManualClock;
let engine: Engine;
beforeEach(() => {
  clock = manualClock();
  engine = memoryEngine(clock);
});
afterEach(() => engine.close());

const create = async (headline: string, extra: Record<string, unknown> = {}) =>
  valueOf(await engine.call('drafts:create', { changes: { headline, ...extra } }));

describe('creating and reading drafts', () => {
  it('creates a draft with a UUID, a slug from the headline, status draft and version 1', async () => {
    const draft = await create('Storm Hits Coast: 3 Dead', { authorName: 'Ana Ruiz', tags: ['weather', ' coast ', 'weather', ''] });
    expect(Draft.safeParse(draft).success).toBe(true);
    expect(draft.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(draft).toMatchObject({ slug: 'storm-hits-coast-3-dead', status: 'draft', version: 1, language: 'en', slugLocked: false, deletedAt: null });
    expect(draft.tags).toEqual(['weather', 'coast']);
    expect(draft.createdAt).toBe('2026-03-01T09:00:00.000Z');
    expect(valueOf(await engine.call('drafts:get', { id: draft.id }))).toEqual(draft);
  });

  it('creates an empty draft with a placeholder slug', async () => {
    const first = valueOf(await engine.call('drafts:create', {}));
    const second = valueOf(await engine.call('drafts:create', {}));
    expect([first.slug, second.slug]).toEqual(['untitled', 'untitled-2']);
    expect(first.wordCount).toBe(0);
  });

  it('gives each draft a unique slug with -2, -3 suffixes', async () => {
    const slugs = [];
    for (let index = 0; index < 3; index += 1) slugs.push((await create('Storm hits coast')).slug);
    expect(slugs).toEqual(['storm-hits-coast', 'storm-hits-coast-2', 'storm-hits-coast-3']);
  });

  it('counts the words of the body', async () => {
    const draft = await create('Count', { body: doc("It's a well-known fact: 3.5 metres of rain.", 'Second paragraph here.') });
    expect(draft.wordCount).toBe(11);
  });

  it('says not_found for an id that does not exist', async () => {
    const error = errorOf(await engine.call('drafts:get', { id: '00000000-0000-4000-8000-000000000000' }));
    expect(error.code).toBe('not_found');
  });

  it('uses the site\'s default language for new drafts', async () => {
    valueOf(await engine.call('settings:update', { changes: { defaultLanguage: 'pt-BR' } }));
    expect((await create('Chuva')).language).toBe('pt-BR');
    expect((await create('Rain', { language: 'en-GB' })).language).toBe('en-GB');
  });
});

describe('saving drafts', () => {
  it('saves changes, bumps the version and the updated time, and keeps what was not changed', async () => {
    const draft = await create('Storm hits coast', { dek: 'Winds of 100 km/h' });
    clock.advance(1000);
    const saved = valueOf(await engine.call('drafts:save', { id: draft.id, baseVersion: 1, changes: { body: doc('Waves broke the sea wall.') } }));
    expect(saved).toMatchObject({ version: 2, dek: 'Winds of 100 km/h', wordCount: 5, updatedAt: '2026-03-01T09:00:01.000Z', createdAt: draft.createdAt });
    expect(valueOf(await engine.call('drafts:get', { id: draft.id }))).toEqual(saved);
  });

  it('refuses a stale save with conflict and the current version, and overwrites nothing', async () => {
    const draft = await create('Storm hits coast');
    const first = valueOf(await engine.call('drafts:save', { id: draft.id, baseVersion: 1, changes: { dek: 'From the newsroom' } }));
    const error = errorOf(await engine.call('drafts:save', { id: draft.id, baseVersion: 1, changes: { dek: 'From home', headline: 'Other' } }));
    expect(error.code).toBe('conflict');
    expect(error.details?.currentVersion).toBe(2);
    expect(valueOf(await engine.call('drafts:get', { id: draft.id }))).toEqual(first);
  });

  it('keeps the refused changes as a conflict revision, once', async () => {
    const draft = await create('Storm hits coast');
    valueOf(await engine.call('drafts:save', { id: draft.id, baseVersion: 1, changes: { dek: 'From the newsroom' } }));
    const stale = { id: draft.id, baseVersion: 1, changes: { body: doc('Words typed at home') } };
    const error = errorOf(await engine.call('drafts:save', stale));
    errorOf(await engine.call('drafts:save', stale));
    const conflicts = valueOf(await engine.call('revisions:list', { draftId: draft.id })).filter((revision) => revision.reason === 'conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.id).toBe(error.details?.revisionId);
    const kept = valueOf(await engine.call('revisions:get', { id: conflicts[0]?.id ?? 0 }));
    expect(kept.body).toEqual(doc('Words typed at home'));
    expect(kept.fields.dek).toBe('From the newsroom');
  });

  it('returns the draft unchanged when a save changes nothing', async () => {
    const draft = await create('Storm hits coast');
    const saved = valueOf(await engine.call('drafts:save', { id: draft.id, baseVersion: 1, changes: { headline: 'Storm hits coast' } }));
    expect(saved.version).toBe(1);
  });

  it('lets the slug follow the headline until it is set by hand', async () => {
    const draft = await create('Storm hits coast');
    const renamed = valueOf(await engine.call('drafts:save', { id: draft.id, baseVersion: 1, changes: { headline: 'Storm batters coast' } }));
    expect(renamed.slug).toBe('storm-batters-coast');
    const locked = valueOf(await engine.call('drafts:save', { id: draft.id, baseVersion: 2, changes: { slug: 'coast-storm' } }));
    expect(locked).toMatchObject({ slug: 'coast-storm', slugLocked: true });
    const later = valueOf(await engine.call('drafts:save', { id: draft.id, baseVersion: 3, changes: { headline: 'Storm leaves coast' } }));
    expect(later.slug).toBe('coast-storm');
    const unlocked = valueOf(await engine.call('drafts:save', { id: draft.id, baseVersion: 4, changes: { slug: '' } }));
    expect(unlocked).toMatchObject({ slug: 'storm-leaves-coast', slugLocked: false });
  });

  it('refuses a hand-set slug another draft uses', async () => {
    await create('Budget vote');
    const draft = await create('Storm hits coast');
    const error = errorOf(await engine.call('drafts:save', { id: draft.id, baseVersion: 1, changes: { slug: 'budget-vote' } }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/budget-vote/);
  });

  it('refuses a body that is not a document of article nodes, and one over 5 MB', async () => {
    const draft = await create('Storm');
    const bodies: BodyJson[] = [
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text' }] }] },
      { type: 'doc', content: [{ type: 'paragraph', onclick: 'alert(1)' }] },
      { type: 'doc', content: ['just a string'] },
      { type: 'doc', content: [{ type: '<script>' }] },
      { type: 'doc', content: [{ type: 'iframe', attrs: { src: 'https://evil.example' } }] },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'underline' }] }] }] },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(5 * 1024 * 1024) }] }] },
    ];
    for (const body of bodies) {
      const error = errorOf(await engine.call('drafts:save', { id: draft.id, baseVersion: 1, changes: { body } }));
      expect(error.code).toBe('invalid_input');
    }
    expect(valueOf(await engine.call('drafts:get', { id: draft.id })).version).toBe(1);
  });

  it('refuses a body the article schema cannot hold, saying what is wrong, and keeps the saved one', async () => {
    const draft = await create('Storm', { body: doc('Waves broke the sea wall.') });
    const text = (value: string) => ({ type: 'text', text: value });
    const cases: [BodyJson, RegExp][] = [
      [{ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'paragraph', content: [text('inner')] }] }] }, /a paragraph cannot hold a paragraph/],
      [{ type: 'doc', content: [{ type: 'paragraph', content: [{ ...text('x'), marks: [{ type: 'strike' }] }] }] }, /"strike" is not formatting an article can hold/],
      [{ type: 'doc', content: [{ type: 'heading', attrs: { level: 2, onclick: 'alert(1)' }, content: [text('x')] }] }, /a heading has an attribute "onclick"/],
      [{ type: 'doc', content: [text('loose words')] }, /the document cannot hold text/],
      [{ type: 'doc', content: [{ type: 'bulletList', content: [{ type: 'paragraph', content: [text('x')] }] }] }, /a bulleted list cannot hold a paragraph/],
      [{ type: 'doc', content: [{ type: 'adSlot', content: [text('x')] }] }, /an ad slot cannot hold text/],
    ];
    for (const [body, reason] of cases) {
      const error = errorOf(await engine.call('drafts:save', { id: draft.id, baseVersion: 1, changes: { body } }));
      expect(error.code).toBe('invalid_input');
      expect(error.message).toMatch(/^The article body is not valid: /);
      expect(error.message).toMatch(reason);
    }
    const kept = valueOf(await engine.call('drafts:get', { id: draft.id }));
    expect(kept).toMatchObject({ version: 1, body: doc('Waves broke the sea wall.') });
  });

  it('accepts an empty document and every block an article holds', async () => {
    const body: BodyJson = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Coast' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Rain', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://example.com' } }] }, { type: 'hardBreak' }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quote' }] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One' }] }] }] },
        { type: 'adSlot', attrs: { format: 'inline', placement: 'manual' } },
        { type: 'relatedLink', attrs: { href: 'https://example.com/a', title: 'A', label: 'Also Read:' } },
      ],
    };
    expect(valueOf(await engine.call('drafts:create', { changes: { body } })).body).toEqual(body);
    expect(valueOf(await engine.call('drafts:create', { changes: { body: { type: 'doc', content: [] } } })).version).toBe(1);
  });

  it('refuses a body nested deeper than any article', async () => {
    let node: Record<string, unknown> = { type: 'text', text: 'deep' };
    for (let depth = 0; depth < 5000; depth += 1) node = { type: 'blockquote', content: [node] };
    const error = errorOf(await engine.call('drafts:create', { changes: { body: { type: 'doc', content: [node] } } }));
    expect(error).toMatchObject({ code: 'invalid_input' });
  });
});

describe('status', () => {
  it('records every status change with its time and bumps the version', async () => {
    const draft = await create('Storm hits coast');
    clock.advance(60_000);
    valueOf(await engine.call('drafts:setStatus', { id: draft.id, status: 'in_review' }));
    clock.advance(60_000);
    const approved = valueOf(await engine.call('drafts:setStatus', { id: draft.id, status: 'approved' }));
    expect(approved).toMatchObject({ status: 'approved', version: 3 });
    expect(valueOf(await engine.call('drafts:statusHistory', { id: draft.id }))).toEqual([
      { status: 'draft', changedAt: '2026-03-01T09:00:00.000Z' },
      { status: 'in_review', changedAt: '2026-03-01T09:01:00.000Z' },
      { status: 'approved', changedAt: '2026-03-01T09:02:00.000Z' },
    ]);
  });

  it('sets the published time and URL once, and locks the slug', async () => {
    valueOf(await engine.call('settings:update', { changes: { baseUrl: 'https://news.example.com/' } }));
    const draft = await create('Storm hits coast');
    const published = valueOf(await engine.call('drafts:setStatus', { id: draft.id, status: 'published' }));
    expect(published).toMatchObject({ publishedAt: '2026-03-01T09:00:00.000Z', publishedUrl: 'https://news.example.com/storm-hits-coast', slugLocked: true });
    const renamed = valueOf(await engine.call('drafts:save', { id: draft.id, baseVersion: published.version, changes: { headline: 'Storm hit coast' } }));
    expect(renamed.slug).toBe('storm-hits-coast');
  });

  it('changes nothing when the status is already set', async () => {
    const draft = await create('Storm hits coast');
    const same = valueOf(await engine.call('drafts:setStatus', { id: draft.id, status: 'draft' }));
    expect(same.version).toBe(1);
    expect(valueOf(await engine.call('drafts:statusHistory', { id: draft.id }))).toHaveLength(1);
  });
});

describe('trash', () => {
  it('moves a draft to the trash and back, out of and into the library', async () => {
    const draft = await create('Storm hits coast');
    const trashed = valueOf(await engine.call('drafts:trash', { id: draft.id }));
    expect(trashed.deletedAt).toBe('2026-03-01T09:00:00.000Z');
    expect(valueOf(await engine.call('drafts:list', {})).total).toBe(0);
    expect(valueOf(await engine.call('drafts:list', { trashed: true })).items.map((item) => item.id)).toEqual([draft.id]);
    expect(valueOf(await engine.call('drafts:get', { id: draft.id })).deletedAt).not.toBeNull();

    const restored = valueOf(await engine.call('drafts:restore', { id: draft.id }));
    expect(restored.deletedAt).toBeNull();
    expect(valueOf(await engine.call('drafts:list', {})).total).toBe(1);
  });

  it('deletes for good only from the trash, with its revisions', async () => {
    const draft = await create('Storm hits coast');
    const live = errorOf(await engine.call('drafts:purge', { id: draft.id }));
    expect(live.code).toBe('invalid_input');
    expect(valueOf(await engine.call('drafts:get', { id: draft.id })).id).toBe(draft.id);

    valueOf(await engine.call('drafts:trash', { id: draft.id }));
    expect(valueOf(await engine.call('drafts:purge', { id: draft.id }))).toBeNull();
    expect(errorOf(await engine.call('drafts:get', { id: draft.id })).code).toBe('not_found');
    expect(engine.db.prepare('SELECT count(*) FROM revisions').pluck().get()).toBe(0);
  });

  it('lets an editor still open on a trashed draft save it', async () => {
    const draft = await create('Storm hits coast');
    valueOf(await engine.call('drafts:trash', { id: draft.id }));
    const saved = valueOf(await engine.call('drafts:save', { id: draft.id, baseVersion: 1, changes: { dek: 'Late words' } }));
    expect(saved).toMatchObject({ dek: 'Late words', version: 2 });
    expect(saved.deletedAt).not.toBeNull();
  });
});
