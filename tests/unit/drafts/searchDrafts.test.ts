import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/core/engine';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../../electron/shared/model/draft';
import { createDraft } from '../../../electron/core/drafts/createDraft';
import { searchDrafts } from '../../../electron/core/drafts/searchDrafts';
import { doc, manualClock, memoryEngine, valueOf } from '../support/testEngine';

let engine: Engine;
beforeEach(() => {
  engine = memoryEngine(manualClock());
});
afterEach(() => engine.close());

const create = async (changes: Record<string, unknown>) => valueOf(await engine.call('drafts:create', { changes }));
const search = async (query: string) => valueOf(await engine.call('drafts:search', { query })).items;
const headlinesFor = async (query: string) => (await search(query)).map((hit) => hit.headline);
const integrityCheck = () => engine.db.prepare("INSERT INTO drafts_fts (drafts_fts) VALUES ('integrity-check')").run();

describe('full-text search', () => {
  it('finds drafts by headline, dek, body, author and tags', async () => {
    await create({ headline: 'Storm hits coast', dek: 'Sea walls breached', authorName: 'Ana Ruiz', tags: ['weather'], body: doc('Fishermen counted the damage in the harbour.') });
    await create({ headline: 'Budget vote delayed', body: doc('Parliament adjourned.') });
    for (const query of ['storm', 'breached', 'harbour', 'ruiz', 'weather']) expect(await headlinesFor(query)).toEqual(['Storm hits coast']);
    expect(await headlinesFor('parliament')).toEqual(['Budget vote delayed']);
  });

  it('ranks a headline match above a passing mention in the body', async () => {
    await create({ headline: 'Council meets', body: doc(`The council also discussed the storm drains. ${'Other business. '.repeat(30)}`) });
    await create({ headline: 'Storm batters harbour', body: doc('Boats sank overnight.') });
    expect(await headlinesFor('storm')).toEqual(['Storm batters harbour', 'Council meets']);
  });

  it('marks the matched words in the snippet', async () => {
    await create({ headline: 'Weather', body: doc('Residents said the storm arrived before dawn and stayed all day.') });
    const [hit] = await search('storm');
    expect(hit?.snippet).toContain(`${SNIPPET_OPEN}storm${SNIPPET_CLOSE}`);
  });

  it('matches the last word as a prefix while typing, and whole words after a space', async () => {
    await create({ headline: 'Stormy seas ahead' });
    expect(await headlinesFor('storm')).toEqual(['Stormy seas ahead']);
    expect(await headlinesFor('storm ')).toEqual([]);
  });

  it('requires every word, ignores accents and case', async () => {
    await create({ headline: 'Café reopens in São Paulo' });
    await create({ headline: 'Café closes' });
    expect(await headlinesFor('CAFE sao')).toEqual(['Café reopens in São Paulo']);
  });

  it('finds a "quoted phrase" only with its words in order', async () => {
    await create({ headline: 'Coast guard rescues crew' });
    await create({ headline: 'Guard dogs at the coast' });
    expect(await headlinesFor('"coast guard"')).toEqual(['Coast guard rescues crew']);
  });

  it('treats FTS syntax in a query as plain text and never fails', async () => {
    await create({ headline: 'Storm near the coast', body: doc('NEAR the end, AND then OR not.') });
    const hostile = ['"', '""', 'storm"', 'headline:storm', 'NEAR(storm coast)', 'storm*', '*', 'AND', 'OR storm', 'NOT', '(', ')', '^storm', '-storm', '+', 'storm:coast', "'; DROP TABLE drafts; --", '\\', '\u0000', '🌊', 'x'.repeat(500)];
    for (const query of hostile) {
      const result = await engine.call('drafts:search', { query });
      expect(result.ok, query).toBe(true);
    }
    expect(await headlinesFor('headline:storm')).toEqual([]);
    expect(await headlinesFor('the:coast')).toEqual(['Storm near the coast']);
    expect(await headlinesFor('NEAR(storm coast)')).toEqual(['Storm near the coast']);
    expect(await search('   ')).toEqual([]);
  });

  it('stays in step with saves, trash, restore and purge', async () => {
    const draft = await create({ headline: 'Storm hits coast', body: doc('Waves.') });
    valueOf(await engine.call('drafts:save', { id: draft.id, baseVersion: 1, changes: { headline: 'Flood hits coast', body: doc('Rivers burst.') } }));
    expect(await headlinesFor('storm')).toEqual([]);
    expect(await headlinesFor('rivers')).toEqual(['Flood hits coast']);
    integrityCheck();

    valueOf(await engine.call('drafts:trash', { id: draft.id }));
    expect(await headlinesFor('flood')).toEqual([]);
    integrityCheck();

    valueOf(await engine.call('drafts:restore', { id: draft.id }));
    expect(await headlinesFor('flood')).toEqual(['Flood hits coast']);

    valueOf(await engine.call('drafts:trash', { id: draft.id }));
    valueOf(await engine.call('drafts:purge', { id: draft.id }));
    expect(await headlinesFor('flood')).toEqual([]);
    expect(engine.db.prepare("SELECT count(*) FROM drafts_fts WHERE drafts_fts MATCH 'flood'").pluck().get()).toBe(0);
    integrityCheck();
  });

  it('returns at most the limit asked for', async () => {
    for (let index = 0; index < 5; index += 1) await create({ headline: `Storm report ${index}` });
    expect(valueOf(await engine.call('drafts:search', { query: 'storm', limit: 3 })).items).toHaveLength(3);
  });
});

describe('search in every script', () => {
  it('finds a Chinese name inside a headline, with the name marked in the snippet', async () => {
    await create({ headline: '新华社报道：普京邀请习近平访问莫斯科', body: doc('两国同意加强军事合作。') });
    await create({ headline: 'Storm hits coast' });
    const hits = await search('普京');
    expect(hits.map((hit) => hit.headline)).toEqual(['新华社报道：普京邀请习近平访问莫斯科']);
    expect(hits[0]?.snippet).toContain(`${SNIPPET_OPEN}普京${SNIPPET_CLOSE}邀请`);
    expect(await headlinesFor('普')).toEqual(['新华社报道：普京邀请习近平访问莫斯科']);
    expect(await headlinesFor('军事合作')).toEqual(['新华社报道：普京邀请习近平访问莫斯科']);
    expect(await headlinesFor('普京 storm')).toEqual([]);
  });

  it('finds Japanese, Korean and Thai words inside longer ones', async () => {
    await create({ headline: 'プーチン氏、習主席をモスクワに招待' });
    await create({ headline: '푸틴, 시진핑 모스크바를 초청' });
    await create({ headline: 'ปูตินเชิญสีจิ้นผิงเยือนมอสโก' });
    expect(await headlinesFor('モスクワ')).toEqual(['プーチン氏、習主席をモスクワに招待']);
    expect(await headlinesFor('모스크바')).toEqual(['푸틴, 시진핑 모스크바를 초청']);
    expect(await headlinesFor('มอสโก')).toEqual(['ปูตินเชิญสีจิ้นผิงเยือนมอสโก']);
  });
});

describe('ranking a search that matches very many drafts', () => {
  it('ranks the newest matches by relevance when more match than it ranks', () => {
    const clock = manualClock();
    const local = memoryEngine(clock);
    try {
      const make = (headline: string, body: string) => createDraft(local.db, { headline, body: doc(body) }, clock.now());
      make('Storm warning for the coast', 'Oldest.');
      make('Council meets', 'The storm drains were discussed.');
      make('Storm batters harbour', 'Newest.');
      make('Budget vote', 'Nothing about weather.');
      const headlines = (rankedAtMost: number) => searchDrafts(local.db, 'storm', 20, rankedAtMost).map((hit) => hit.headline);
      expect(headlines(2000)).toEqual(['Storm batters harbour', 'Storm warning for the coast', 'Council meets']);
      expect(headlines(2)).toEqual(['Storm batters harbour', 'Council meets']);
    } finally {
      local.close();
    }
  });
});
