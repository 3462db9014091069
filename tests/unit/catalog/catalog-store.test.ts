import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '../../../electron/core/db/connect';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations/index';
import { createDraft } from '../../../electron/core/drafts/createDraft';
import { addPublishedDraftToCatalog } from '../../../electron/core/catalog/addPublishedDraftToCatalog';
import { findCatalogArticleByTitle } from '../../../electron/core/catalog/findCatalogArticleByTitle';
import { importCatalogFeed } from '../../../electron/core/catalog/importCatalogFeed';
import { listCatalog } from '../../../electron/core/catalog/listCatalog';
import { searchCatalog } from '../../../electron/core/catalog/searchCatalog';
import { suggestRelated } from '../../../electron/core/catalog/suggestRelated';
import { changeDraftStatus } from '../../../electron/core/publishing/changeDraftStatus';
import { updateSettings } from '../../../electron/core/settings/updateSettings';
import { upsertCatalogItems } from '../../../electron/core/catalog/upsertCatalogItems';
import { seedArticleBody } from '../fixtures/seedArticleBody';

const feedPath = (name: string) => fileURLToPath(new URL(`../../fixtures/feeds/${name}`, import.meta.url));
const now = '2023-01-30T12:00:00.000Z';
const titles = (items: readonly { title: string }[]) => items.map((item) => item.title);

let db: Database;
beforeEach(() => {
  db = connect(':memory:');
});
afterEach(() => db.close());

describe('migration 0002-catalog', () => {
  it('creates strict catalog tables with a unique URL from a database at version 1', () => {
    const fresh = connect(':memory:', { migrate: false });
    migrate(fresh, migrations.slice(0, 1));
    expect(migrate(fresh, migrations.slice(0, 2))).toEqual({ from: 1, to: 2 });
    const sql = fresh.prepare("SELECT sql FROM sqlite_master WHERE name = 'catalog_articles'").pluck().get();
    expect(String(sql)).toMatch(/url TEXT NOT NULL UNIQUE[\s\S]*\) STRICT/);
    const insert = fresh.prepare("INSERT INTO catalog_articles (url, title, source, imported_at) VALUES ('https://a.example/1', 'A', ?, 'now')");
    expect(() => insert.run('blog')).toThrow(/CHECK constraint/);
    insert.run('feed');
    expect(() => insert.run('feed')).toThrow(/UNIQUE/);
    fresh.close();
  });
});

describe('importing feeds', () => {
  it('imports an RSS file and reports what it did', async () => {
    const report = await importCatalogFeed(db, feedPath('world-rss.xml'), { now });
    expect(report).toMatchObject({ format: 'rss', feedTitle: 'News Example – World', added: 5, updated: 0, skipped: 4 });
    expect(listCatalog(db, { offset: 0, limit: 50 }).total).toBe(5);
  });

  it('never duplicates an article: a second import, or a sitemap of the same site, updates it', async () => {
    await importCatalogFeed(db, feedPath('world-rss.xml'), { now });
    const again = await importCatalogFeed(db, feedPath('world-rss.xml'), { now });
    expect(again).toMatchObject({ added: 0, updated: 5 });
    const sitemap = await importCatalogFeed(db, feedPath('news-sitemap.xml'), { now });
    expect(sitemap).toMatchObject({ added: 1, updated: 1 });
    const listing = listCatalog(db, { offset: 0, limit: 50 });
    expect(listing.total).toBe(6);
    const zelenskiy = listing.items.filter((item) => item.url.endsWith('zelenskiy-attends-us-congress-urges-more-military-aid'));
    expect(zelenskiy).toHaveLength(1);
    expect(zelenskiy[0]?.summary).toMatch(/^Volodymyr Zelenskiy told/);
    expect(() => db.exec("INSERT INTO catalog_fts (catalog_fts) VALUES ('integrity-check')")).not.toThrow();
  });

  it('keeps search in step when an article is renamed by a later import', () => {
    const item = { url: 'https://news.example.com/x', title: 'Harbour flooding closes port', section: 'Local', publishedAt: null, summary: '' };
    upsertCatalogItems(db, [item], { source: 'feed', feedUrl: null, draftId: null, now });
    upsertCatalogItems(db, [{ ...item, title: 'Port reopens after storm' }], { source: 'feed', feedUrl: null, draftId: null, now });
    expect(searchCatalog(db, 'harbour', { limit: 5, now })).toEqual([]);
    expect(titles(searchCatalog(db, 'reopens', { limit: 5, now }))).toEqual(['Port reopens after storm']);
    expect(() => db.exec("INSERT INTO catalog_fts (catalog_fts) VALUES ('integrity-check')")).not.toThrow();
  });

  it('lists newest first, undated last', async () => {
    await importCatalogFeed(db, feedPath('world-rss.xml'), { now });
    const listing = listCatalog(db, { offset: 0, limit: 50 });
    expect(listing.items[0]?.title).toBe('Putin and Xi hold video call on military cooperation');
    expect(listing.items.at(-1)?.publishedAt).toBeNull();
  });

  it('explains a missing file and keeps the catalog as it was', async () => {
    await expect(importCatalogFeed(db, '/no/such/feed.xml', { now })).rejects.toThrow('Could not read /no/such/feed.xml: no such file, or it cannot be opened.');
    await expect(importCatalogFeed(db, feedPath('not-a-feed.html'), { now })).rejects.toThrow(/web page, not a feed/);
    expect(listCatalog(db, { offset: 0, limit: 5 }).total).toBe(0);
  });

  it('refuses sources that are neither a file nor an http(s) URL', async () => {
    await expect(importCatalogFeed(db, 'ftp://news.example.com/feed.xml', { now })).rejects.toThrow('Feeds are fetched over http or https only.');
    await expect(importCatalogFeed(db, '  ', { now })).rejects.toThrow('Give a feed file or a feed URL to import.');
  });
});

describe('searching the catalog', () => {
  beforeEach(async () => {
    await importCatalogFeed(db, feedPath('world-rss.xml'), { now });
    await importCatalogFeed(db, feedPath('politics-atom.xml'), { now });
  });

  it('finds articles by words of the headline, summary or section, as the reporter types', () => {
    expect(titles(searchCatalog(db, 'zelensk', { limit: 10, now }))).toEqual(['Ukraine’s President Zelenskiy Attends U.S. Congress, Urges More Military Aid']);
    expect(titles(searchCatalog(db, 'turnout figures', { limit: 10, now }))).toEqual(['Election commission publishes turnout figures']);
    expect(titles(searchCatalog(db, 'Business', { limit: 10, now }))).toEqual(['China & Russia trade surges 32% as western firms leave']);
  });

  it('ranks a headline match above a summary mention', () => {
    const hits = titles(searchCatalog(db, 'Ukraine', { limit: 10, now }));
    expect(hits[0]).toBe('Ukraine’s President Zelenskiy Attends U.S. Congress, Urges More Military Aid');
    expect(hits).toContain('Senate passes bipartisan aid package & budget');
  });

  it('prefers the recent article when two match equally', () => {
    upsertCatalogItems(db, [
      { url: 'https://news.example.com/old-floods', title: 'Floods in the valley', section: '', publishedAt: '2019-01-01T00:00:00.000Z', summary: '' },
      { url: 'https://news.example.com/new-floods', title: 'Floods in the valley', section: '', publishedAt: '2023-01-29T00:00:00.000Z', summary: '' },
    ], { source: 'feed', feedUrl: null, draftId: null, now });
    expect(searchCatalog(db, 'floods', { limit: 10, now }).map((item) => item.url)).toEqual([
      'https://news.example.com/new-floods',
      'https://news.example.com/old-floods',
    ]);
  });

  it('treats query syntax as plain words', () => {
    expect(searchCatalog(db, '"zelenskiy*" ^ (: -', { limit: 10, now })).toHaveLength(1);
    expect(searchCatalog(db, 'nothing matches this', { limit: 10, now })).toEqual([]);
  });

  it('lists the newest articles for an empty query', () => {
    expect(searchCatalog(db, '  ', { limit: 2, now }).map((item) => item.title)).toEqual([
      'Putin and Xi hold video call on military cooperation',
      'Minister resigns over procurement scandal',
    ]);
  });

  it('finds an article by its headline for "Also Read:" lines without a link', () => {
    const straightQuotes = findCatalogArticleByTitle(db, "ukraine's president zelenskiy attends U.S. Congress,  Urges More Military Aid");
    expect(straightQuotes?.url).toBe('https://news.example.com/world/zelenskiy-attends-us-congress-urges-more-military-aid');
    expect(findCatalogArticleByTitle(db, 'A headline nobody wrote')).toBeNull();
    expect(findCatalogArticleByTitle(db, '')).toBeNull();
  });
});

describe('published drafts and suggestions', () => {
  function seedDraft() {
    return createDraft(db, { headline: 'Putin Invites Xi to Moscow to Strengthen Military Ties', tags: ['Russia', 'China', 'Ukraine'], body: seedArticleBody() }, new Date(now));
  }

  it('suggests articles that share the draft’s terms, best first, never the draft itself', async () => {
    await importCatalogFeed(db, feedPath('world-rss.xml'), { now });
    await importCatalogFeed(db, feedPath('politics-atom.xml'), { now });
    const draft = seedDraft();
    addPublishedDraftToCatalog(db, { id: draft.id, headline: draft.headline, section: 'World', dek: '', publishedUrl: 'https://news.example.com/world/putin-invites-xi', publishedAt: now });
    const suggestions = suggestRelated(db, { ...draft, publishedUrl: 'https://news.example.com/world/putin-invites-xi' }, { limit: 3, now });
    expect(suggestions[0]?.title).toBe('Putin and Xi hold video call on military cooperation');
    expect(titles(suggestions)).toContain('China & Russia trade surges 32% as western firms leave');
    expect(suggestions.some((item) => item.draftId === draft.id)).toBe(false);
  });

  it('adds a published draft under its URL and moves it when the URL changes', () => {
    const draft = seedDraft();
    const first = addPublishedDraftToCatalog(db, { id: draft.id, headline: draft.headline, section: 'World', dek: 'Xi stated…', publishedUrl: 'https://news.example.com/a', publishedAt: now });
    expect(first).toMatchObject({ source: 'draft', draftId: draft.id, title: draft.headline, section: 'World' });
    addPublishedDraftToCatalog(db, { id: draft.id, headline: draft.headline, section: 'World', dek: '', publishedUrl: 'https://news.example.com/b', publishedAt: now });
    expect(listCatalog(db, { offset: 0, limit: 10 }).items.map((item) => item.url)).toEqual(['https://news.example.com/b']);
    expect(titles(searchCatalog(db, 'moscow military', { limit: 5, now }))).toEqual([draft.headline]);
  });

  it('refuses a published URL that is not a web address', () => {
    const draft = seedDraft();
    const base = { id: draft.id, headline: draft.headline, section: '', dek: '', publishedAt: now };
    expect(() => addPublishedDraftToCatalog(db, { ...base, publishedUrl: 'javascript:alert(1)' })).toThrow('A published article needs its website address (http or https).');
    expect(() => addPublishedDraftToCatalog(db, { ...base, publishedUrl: '/world/relative' })).toThrow(/http or https/);
  });

  it('includes the app’s published drafts in search once their status says published, never twice', () => {
    const draft = seedDraft();
    const catalogued = () => Number(db.prepare('SELECT count(*) FROM catalog_articles WHERE draft_id = ?').pluck().get(draft.id));
    changeDraftStatus(db, draft.id, 'published', new Date(now));
    expect(catalogued()).toBe(0);
    updateSettings(db, { baseUrl: 'https://news.example.com/world' });
    changeDraftStatus(db, draft.id, 'in_review', new Date(now));
    changeDraftStatus(db, draft.id, 'published', new Date(now));
    expect(catalogued()).toBe(1);
    changeDraftStatus(db, draft.id, 'published', new Date(now));
    expect(catalogued()).toBe(1);
    expect(searchCatalog(db, 'putin invites', { limit: 5, now })[0]).toMatchObject({ source: 'draft', draftId: draft.id });
  });
});
