import BetterSqlite3, { type Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../electron/core/db/migrate';
import { migrations } from '../../../../electron/core/db/migrations/index';
import { readableSnippet } from '../../../../electron/core/db/searchText';
import { toFtsQuery } from '../../../../electron/core/drafts/toFtsQuery';

let db: Database;

beforeEach(() => {
  db = new BetterSqlite3(':memory:');
  migrate(db, migrations.slice(0, 2));
});
afterEach(() => db.close());

const insertDraft = (slug: string, headline: string, bodyText: string, tags = '[]') =>
  db
    .prepare(
      `INSERT INTO drafts (id, slug, headline, tags, body, body_text, created_at, updated_at)
       VALUES (?, ?, ?, ?, '{"type":"doc"}', ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
    )
    .run(`id-${slug}`, slug, headline, tags, bodyText);

const insertArticle = (url: string, title: string) =>
  db.prepare("INSERT INTO catalog_articles (url, title, source, imported_at) VALUES (?, ?, 'feed', 'now')").run(url, title);

const draftsFound = (query: string) =>
  db
    .prepare(`SELECT drafts.headline, snippet(drafts_fts, -1, '[', ']', '…', 20) AS snippet FROM drafts_fts JOIN drafts ON drafts.seq = drafts_fts.rowid WHERE drafts_fts MATCH ? ORDER BY rank`)
    .all(toFtsQuery(query))
    .map((row) => {
      const { headline, snippet } = row as { headline: string; snippet: string };
      return { headline, snippet: readableSnippet(snippet) };
    });

const integrityCheck = () => {
  db.prepare("INSERT INTO drafts_fts (drafts_fts) VALUES ('integrity-check')").run();
  db.prepare("INSERT INTO catalog_fts (catalog_fts) VALUES ('integrity-check')").run();
};

describe('migration 0003: search in every script', () => {
  it('re-indexes the drafts and the catalog a database already holds, so Chinese inside a sentence is found', () => {
    insertDraft('a', '新华社报道：普京邀请习近平访问莫斯科', '两国同意加强军事合作。');
    insertDraft('b', 'Storm hits coast', 'Fishermen counted the damage.', '["Weather","Coast"]');
    insertArticle('https://news.example.com/1', '普京抵达北京');
    expect(migrate(db, migrations.slice(0, 3))).toEqual({ from: 2, to: 3 });
    expect(schemaVersion(db)).toBe(3);
    integrityCheck();
    expect(draftsFound('普京').map((hit) => hit.headline)).toEqual(['新华社报道：普京邀请习近平访问莫斯科']);
    expect(db.prepare('SELECT count(*) FROM catalog_fts WHERE catalog_fts MATCH ?').pluck().get('"普 京"')).toBe(1);
    expect(draftsFound('weather').map((hit) => hit.headline)).toEqual(['Storm hits coast']);
  });

  it('finds one or two characters as well as longer runs, with a readable snippet that marks them', () => {
    migrate(db);
    insertDraft('a', '普京邀请习近平访问莫斯科', '');
    insertDraft('b', '习近平会见拜登', '');
    expect(draftsFound('普')).toEqual([{ headline: '普京邀请习近平访问莫斯科', snippet: '[普]京邀请习近平访问莫斯科' }]);
    expect(draftsFound('习近平').map((hit) => hit.headline).sort()).toEqual(['习近平会见拜登', '普京邀请习近平访问莫斯科']);
    expect(draftsFound('京邀').map((hit) => hit.snippet)).toEqual(['普[京邀]请习近平访问莫斯科']);
    expect(draftsFound('京习')).toEqual([]);
  });

  it('finds Japanese, Korean and Thai inside words, and Chinese next to Latin letters', () => {
    migrate(db);
    insertDraft('ja', 'プーチン氏、習主席をモスクワに招待', '');
    insertDraft('ko', '푸틴, 시진핑 모스크바를 초청', '');
    insertDraft('th', 'ปูตินเชิญสีจิ้นผิงเยือนมอสโก', '');
    insertDraft('mixed', '苹果发布iPhone手机', '');
    expect(draftsFound('モスクワ').map((hit) => hit.headline)).toEqual(['プーチン氏、習主席をモスクワに招待']);
    expect(draftsFound('모스크바').map((hit) => hit.headline)).toEqual(['푸틴, 시진핑 모스크바를 초청']);
    expect(draftsFound('มอสโก').map((hit) => hit.headline)).toEqual(['ปูตินเชิญสีจิ้นผิงเยือนมอสโก']);
    expect(draftsFound('iphone').map((hit) => hit.headline)).toEqual(['苹果发布iPhone手机']);
    expect(draftsFound('手机').map((hit) => hit.headline)).toEqual(['苹果发布iPhone手机']);
  });

  it('keeps the index in step with updates and deletes', () => {
    migrate(db);
    insertDraft('a', '普京邀请习近平', '');
    db.prepare("UPDATE drafts SET headline = '拜登访问北京', tags = '[\"外交\"]' WHERE slug = 'a'").run();
    expect(draftsFound('普京')).toEqual([]);
    expect(draftsFound('外交').map((hit) => hit.headline)).toEqual(['拜登访问北京']);
    db.prepare("UPDATE drafts SET deleted_at = 'now' WHERE slug = 'a'").run();
    expect(draftsFound('北京')).toEqual([]);
    integrityCheck();
  });
});
