import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '../../../electron/core/db/connect';
import { searchCatalog } from '../../../electron/core/catalog/searchCatalog';
import { suggestRelated } from '../../../electron/core/catalog/suggestRelated';
import { upsertCatalogItems } from '../../../electron/core/catalog/upsertCatalogItems';

const now = '2026-03-01T12:00:00.000Z';
const titles = (items: readonly { title: string }[]) => items.map((item) => item.title);
const item = (slug: string, title: string, summary = '') => ({ url: `https://news.example.com/${slug}`, title, section: '国际', publishedAt: '2026-02-27T10:00:00.000Z', summary });

let db: Database;
beforeEach(() => {
  db = connect(':memory:');
  upsertCatalogItems(
    db,
    [
      item('putin-xi', '普京邀请习近平访问莫斯科以加强军事关系'),
      item('biden', '拜登会见日本首相', '两国讨论贸易问题。'),
      item('moscow-ja', 'プーチン氏、習主席をモスクワに招待'),
      item('storm', 'Storm hits coast', 'Fishermen counted the damage.'),
    ],
    { source: 'feed', feedUrl: null, draftId: null, now },
  );
});
afterEach(() => db.close());

describe('the catalog in every script', () => {
  it('finds Chinese and Japanese titles by a word inside them, of one, two or more characters', () => {
    expect(titles(searchCatalog(db, '普京', { limit: 10, now }))).toEqual(['普京邀请习近平访问莫斯科以加强军事关系']);
    expect(titles(searchCatalog(db, '拜', { limit: 10, now }))).toEqual(['拜登会见日本首相']);
    expect(titles(searchCatalog(db, '军事关系', { limit: 10, now }))).toEqual(['普京邀请习近平访问莫斯科以加强军事关系']);
    expect(titles(searchCatalog(db, 'モスクワ', { limit: 10, now }))).toEqual(['プーチン氏、習主席をモスクワに招待']);
    expect(titles(searchCatalog(db, '贸易', { limit: 10, now }))).toEqual(['拜登会见日本首相']);
    expect(titles(searchCatalog(db, 'storm', { limit: 10, now }))).toEqual(['Storm hits coast']);
  });

  it('suggests related articles for a Chinese draft by the words it shares with them', () => {
    const draft = { id: 'd1', publishedUrl: null, headline: '普京与习近平举行会谈', tags: [], body: { type: 'doc', content: [] } };
    expect(titles(suggestRelated(db, draft, { limit: 3, now }))).toEqual(['普京邀请习近平访问莫斯科以加强军事关系']);
  });
});
