import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { createDraft } from '../electron/core/drafts/createDraft';
import type { ListDraftsQuery } from '../electron/shared/contract/drafts';
import { draftSummaryColumns } from '../electron/core/drafts/draftRow';
import { toFtsQuery } from '../electron/core/drafts/toFtsQuery';
import { listDrafts } from '../electron/core/drafts/listDrafts';
import { searchDrafts } from '../electron/core/drafts/searchDrafts';
import { getDraft } from '../electron/core/drafts/getDraft';
import { saveDraft } from '../electron/core/drafts/saveDraft';
import { setDraftStatus } from '../electron/core/drafts/setDraftStatus';
import { openDatabase } from '../electron/core/db/openDatabase';
import type { Benchmark, BenchReport } from './benchmark';
import { rankLikeRows, type LikeRow } from './likeBaseline';
import { measure } from './measure';
import { jsonMegabytes, memoryLine, retainedMegabytes } from './retainedMemory';
import { seededRandom, syntheticDraft } from './syntheticDrafts';

const DRAFTS = 10_000;
const HELD_DRAFTS = 100;
const BATCH = 500;
const CHINESE_DRAFTS = 500;
const queries = ['storm', 'harbour flood', 'minister bud', '"power outage"', 'election results', 'festival', 'court evidence', 'drou', 'kalomi', 'the'];

function seed(db: Database, count: number): string[] {
  const random = seededRandom(42);
  const ids: string[] = [];
  let clock = Date.parse('2025-01-01T00:00:00.000Z');
  for (let start = 0; start < count; start += BATCH) {
    db.transaction(() => {
      for (let index = start; index < Math.min(count, start + BATCH); index += 1) {
        clock += 61_000;
        const { changes, status } = syntheticDraft(random, index);
        const draft = createDraft(db, changes, new Date(clock));
        if (status !== 'draft') setDraftStatus(db, draft.id, status, new Date(clock + 1000));
        ids.push(draft.id);
      }
    })();
  }
  return ids;
}

/** A copy of the database without the library's indexes: the baseline for list figures. */
function unindexedCopy(db: Database, folder: string): Database {
  const copyPath = path.join(folder, 'unindexed.sqlite');
  db.prepare('VACUUM INTO ?').run(copyPath);
  const copy = new BetterSqlite3(copyPath);
  const indexes = copy.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name LIKE 'drafts_live_%'").pluck().all();
  for (const name of indexes) if (typeof name === 'string') copy.exec(`DROP INDEX ${name}`);
  return copy;
}

/** The memory a library of every draft holds: all pages of summaries, as the renderer pages them in. */
async function benchListMemory(report: BenchReport, db: Database): Promise<void> {
  report.note('');
  report.note('Memory (heap still held after garbage collection)');
  const all = await retainedMegabytes(() => {
    const pages = [];
    for (let offset = 0; offset < DRAFTS; offset += 500) pages.push(...listDrafts(db, { trashed: false, sort: 'updated', direction: 'desc', offset, limit: 500 }).items);
    return pages;
  });
  report.note(memoryLine(`${all.value.length.toLocaleString('en')} draft summaries held`, all.megabytes, { name: 'their JSON', megabytes: jsonMegabytes(all.value) }));
  // A hundred drafts, kept in an array the caller holds: one draft alone is within the heap's noise.
  const ids = all.value.slice(0, HELD_DRAFTS).map((summary) => summary.id);
  const drafts = await retainedMegabytes(() => ids.map((id) => getDraft(db, id)));
  const perDraft = drafts.megabytes / drafts.value.length;
  report.note(memoryLine('one whole draft held (a hundred, divided)', perDraft, { name: 'its JSON', megabytes: jsonMegabytes(drafts.value) / drafts.value.length }));
}

async function benchList(report: BenchReport, db: Database, copy: Database): Promise<void> {
  report.section(`Library list (${DRAFTS.toLocaleString('en')} drafts, 50 a page)`);
  const cases: [string, Partial<ListDraftsQuery>][] = [
    ['first page, newest first', {}],
    ['deep page (offset 9,900)', { offset: 9_900 }],
    ['sorted by headline', { sort: 'headline', direction: 'asc' }],
    ['filtered: in review', { status: 'in_review' }],
    ['sorted by status', { sort: 'status' }],
  ];
  for (const [name, overrides] of cases) {
    const query: ListDraftsQuery = { trashed: false, sort: 'updated', direction: 'desc', offset: 0, limit: 50, ...overrides };
    const baseline = await measure(`no index`, 20, () => listDrafts(copy, query));
    report.figure(await measure(name, 200, () => listDrafts(db, query)), baseline);
  }
}

const chineseWords = ['普京', '习近平', '莫斯科', '北京', '访问', '邀请', '军事', '关系', '加强', '会谈', '两国', '领导人', '合作', '经济', '贸易', '外交部', '表示', '欢迎', '期待', '记者'];
const chineseQueries = ['普', '普京', '习近平', '莫斯', '军事合作'];

/** Drafts in Chinese beside the English ones, so the queries that need the CJK-capable index find something. */
function seedChinese(db: Database, count: number): void {
  const random = seededRandom(7);
  const sentence = (words: number) => `${Array.from({ length: words }, () => chineseWords[Math.floor(random() * chineseWords.length)]).join('')}。`;
  db.transaction(() => {
    for (let index = 0; index < count; index += 1) {
      const paragraphs = Array.from({ length: 6 }, () => ({ type: 'paragraph', content: [{ type: 'text', text: Array.from({ length: 4 }, () => sentence(12)).join('') }] }));
      createDraft(db, { headline: `${sentence(8).slice(0, -1)} ${index}`, language: 'zh', body: { type: 'doc', content: paragraphs } }, new Date(Date.parse('2025-06-01T00:00:00.000Z') + index * 60_000));
    }
  })();
}

// The search before: one statement with FTS5's own `ORDER BY rank`, which ranks every match.
function rankEveryMatch(db: Database): (query: string) => unknown[] {
  const columns = draftSummaryColumns.map((column) => `drafts.${column}`).join(', ');
  const ranked = db.prepare(`SELECT ${columns}, snippet(drafts_fts, -1, '<', '>', '…', 20) AS snippet
    FROM drafts_fts JOIN drafts ON drafts.seq = drafts_fts.rowid WHERE drafts_fts MATCH ? ORDER BY rank LIMIT 20`);
  return (query) => {
    const match = toFtsQuery(query);
    return match === null ? [] : ranked.all(match);
  };
}

async function benchSearch(report: BenchReport, db: Database): Promise<void> {
  report.section('Search (FTS5, bm25, snippet, 20 hits)');
  // Without an index, finding every match (to rank them) means reading every draft's text.
  // Ranked, with a snippet each, as FTS does: a LIKE scan alone would skip that work.
  const like = db.prepare<[string, string], LikeRow>('SELECT id, headline AS title, body_text AS text FROM drafts WHERE deleted_at IS NULL AND (headline LIKE ? OR body_text LIKE ?)');
  const likeScan = await measure('LIKE scan, ranked, with snippets', 20, (index) => {
    const word = (queries[index % queries.length] ?? '').replace(/"/g, '').split(' ')[0] ?? '';
    return rankLikeRows(like.all(`%${word}%`, `%${word}%`), word, 20);
  });
  report.figure(likeScan);
  const before = rankEveryMatch(db);
  const baseline = await measure('every match ranked (before)', 200, (index) => before(queries[index % queries.length] ?? ''));
  report.figure(baseline);
  report.figure(await measure('search as you type', 200, (index) => searchDrafts(db, queries[index % queries.length] ?? '', 20)), baseline);
  const chineseBefore = await measure('Chinese, every match ranked (before)', 100, (index) => before(chineseQueries[index % chineseQueries.length] ?? ''));
  report.figure(await measure('search as you type, Chinese (1-4 chars)', 100, (index) => searchDrafts(db, chineseQueries[index % chineseQueries.length] ?? '', 20)), chineseBefore);
  const found = chineseQueries.map((query) => `${query} ${searchDrafts(db, query, 20).length}`).join(', ');
  report.note(`Chinese hits (of 20 at most): ${found}`);
}

async function benchReadWrite(report: BenchReport, db: Database, ids: string[]): Promise<void> {
  report.section('Read and save one draft');
  const raw = db.prepare('SELECT * FROM drafts WHERE id = ?');
  const rawGet = await measure('raw SELECT by id', 500, (index) => raw.get(ids[(index * 7919) % ids.length]));
  report.figure(await measure('get (row to Draft)', 500, (index) => getDraft(db, ids[(index * 7919) % ids.length] ?? '')), rawGet);
  const plainUpdate = db.prepare('UPDATE drafts SET dek = ? WHERE id = ?');
  const rawSave = await measure('plain UPDATE of one column', 200, (index) => plainUpdate.run(`dek ${index}`, ids[index % ids.length]));
  let clock = Date.parse('2026-01-01T00:00:00.000Z');
  const save = await measure('save (body, FTS, revision check)', 200, (index) => {
    const id = ids[(index * 31) % ids.length] ?? '';
    const current = getDraft(db, id);
    clock += 1000;
    if (current === null) return;
    const body = { type: 'doc' as const, content: [...(current.body.content ?? []), { type: 'paragraph', content: [{ type: 'text', text: `Update ${index}.` }] }] };
    saveDraft(db, { id, baseVersion: current.version, changes: { body } }, new Date(clock));
  });
  report.figure(save, rawSave);
}

async function benchOpen(report: BenchReport, dbPath: string): Promise<void> {
  report.section('Opening the database (app start, every CLI command)');
  const plain = await measure('plain open', 5, () => new BetterSqlite3(dbPath).close());
  report.figure(await measure('openDatabase (header + schema checks)', 5, () => openDatabase({ path: dbPath }).db.close()), plain);
  const full = () => openDatabase({ path: dbPath, fullCheckMaxBytes: Number.POSITIVE_INFINITY }).db.close();
  report.figure(await measure('openDatabase with full quick_check', 5, full), plain);
}

/** The drafts store with 10,000 realistic drafts: list, search, get, save and open. */
export const benchmark: Benchmark = {
  name: 'drafts store',
  async run(report) {
    const folder = mkdtempSync(path.join(tmpdir(), 'newsdesk-bench-'));
    const dbPath = path.join(folder, 'bench.sqlite');
    try {
      const { db } = openDatabase({ path: dbPath });
      const started = performance.now();
      const ids = seed(db, DRAFTS);
      seedChinese(db, CHINESE_DRAFTS);
      report.note(`seeded ${DRAFTS.toLocaleString('en')} drafts and ${CHINESE_DRAFTS} in Chinese in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      const copy = unindexedCopy(db, folder);
      await benchList(report, db, copy);
      await benchSearch(report, db);
      await benchReadWrite(report, db, ids);
      await benchListMemory(report, db);
      copy.close();
      db.close();
      report.note(`database file: ${(statSync(dbPath).size / 1024 / 1024).toFixed(0)} MB`);
      await benchOpen(report, dbPath);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
