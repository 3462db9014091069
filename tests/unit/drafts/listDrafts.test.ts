import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftPageSql } from '../../../electron/core/drafts/listDrafts';
import type { Engine } from '../../../electron/core/engine';
import { draftSorts } from '../../../electron/shared/contract/drafts';
import type { ChannelInput } from '../../../electron/shared/contract/index';
import type { DraftStatus } from '../../../electron/shared/model/draft';
import { manualClock, memoryEngine, valueOf, type ManualClock } from '../support/testEngine';

let clock: ManualClock;
let engine: Engine;
const ids: Record<string, string> = {};

const seed: [string, DraftStatus][] = [
  ['Budget vote delayed', 'draft'],
  ['apple harvest', 'published'],
  ['Zoo reopens', 'in_review'],
  ['Mayor resigns', 'approved'],
  ['Coast storm', 'draft'],
];

beforeEach(async () => {
  clock = manualClock();
  engine = memoryEngine(clock);
  for (const [headline, status] of seed) {
    clock.advance(60_000);
    const draft = valueOf(await engine.call('drafts:create', { changes: { headline } }));
    ids[headline] = draft.id;
    if (status !== 'draft') valueOf(await engine.call('drafts:setStatus', { id: draft.id, status }));
  }
});
afterEach(() => engine.close());

const headlines = async (input: ChannelInput<'drafts:list'>) =>
  valueOf(await engine.call('drafts:list', input)).items.map((item) => item.headline);

describe('listing drafts', () => {
  it('lists the most recently updated first by default, with the total', async () => {
    const page = valueOf(await engine.call('drafts:list', {}));
    expect(page.total).toBe(5);
    expect(page.items.map((item) => item.headline)).toEqual(['Coast storm', 'Mayor resigns', 'Zoo reopens', 'apple harvest', 'Budget vote delayed']);
  });

  it('pages with offset and limit, without overlap', async () => {
    const first = await headlines({ limit: 2 });
    const second = await headlines({ limit: 2, offset: 2 });
    const third = await headlines({ limit: 2, offset: 4 });
    expect([...first, ...second, ...third]).toEqual(await headlines({}));
    expect(third).toHaveLength(1);
    expect(valueOf(await engine.call('drafts:list', { offset: 10 }))).toEqual({ items: [], total: 5 });
  });

  it('sorts by headline ignoring case, in both directions', async () => {
    expect(await headlines({ sort: 'headline', direction: 'asc' })).toEqual(['apple harvest', 'Budget vote delayed', 'Coast storm', 'Mayor resigns', 'Zoo reopens']);
    expect(await headlines({ sort: 'headline', direction: 'desc' })).toEqual(['Zoo reopens', 'Mayor resigns', 'Coast storm', 'Budget vote delayed', 'apple harvest']);
  });

  it('sorts headlines in natural order, numbers by value, accents and case folded', async () => {
    for (const headline of ['Flood (116)', 'flood (26)', 'Flood (3)', 'Élan fades', 'Flood (026b)']) {
      valueOf(await engine.call('drafts:create', { changes: { headline } }));
    }
    const sorted = await headlines({ sort: 'headline', direction: 'asc', limit: 3, offset: 3 });
    expect(sorted).toEqual(['Élan fades', 'Flood (3)', 'flood (26)']);
    expect(await headlines({ sort: 'headline', direction: 'asc', limit: 2, offset: 6 })).toEqual(['Flood (026b)', 'Flood (116)']);
  });

  it('lists the trash by when each draft was trashed, most recent first', async () => {
    for (const headline of ['Coast storm', 'Zoo reopens', 'Budget vote delayed']) {
      clock.advance(60_000);
      valueOf(await engine.call('drafts:trash', { id: ids[headline] ?? '' }));
    }
    const page = valueOf(await engine.call('drafts:list', { trashed: true, sort: 'trashed', direction: 'desc' }));
    expect(page.items.map((item) => item.headline)).toEqual(['Budget vote delayed', 'Zoo reopens', 'Coast storm']);
    expect(page.items[0]?.deletedAt).toBe(clock.now().toISOString());
  });

  it('trashes, restores and changes the status of several drafts in one call, all or none', async () => {
    const chosen = [ids['Coast storm'] ?? '', ids['Zoo reopens'] ?? ''];
    const moved = valueOf(await engine.call('drafts:setStatusMany', { ids: chosen, status: 'approved' }));
    expect(moved.items.map((item) => item.status)).toEqual(['approved', 'approved']);
    expect(await headlines({ status: 'approved' })).toEqual(['Coast storm', 'Zoo reopens', 'Mayor resigns']);

    valueOf(await engine.call('drafts:trashMany', { ids: chosen }));
    expect(await headlines({ trashed: true })).toHaveLength(2);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await engine.call('drafts:restoreMany', { ids: [...chosen, missing] })).ok).toBe(false);
    expect(await headlines({ trashed: true })).toHaveLength(2);
    valueOf(await engine.call('drafts:restoreMany', { ids: chosen }));
    expect(await headlines({ trashed: true })).toEqual([]);
    expect((await engine.call('drafts:trashMany', { ids: [] })).ok).toBe(false);
  });

  it('sorts by creation time', async () => {
    expect(await headlines({ sort: 'created', direction: 'asc' })).toEqual(seed.map(([headline]) => headline));
  });

  it('sorts by status in workflow order, draft to published', async () => {
    expect(await headlines({ sort: 'status', direction: 'asc' })).toEqual(['Budget vote delayed', 'Coast storm', 'Zoo reopens', 'Mayor resigns', 'apple harvest']);
  });

  it('filters by status', async () => {
    expect(await headlines({ status: 'draft' })).toEqual(['Coast storm', 'Budget vote delayed']);
    expect(valueOf(await engine.call('drafts:list', { status: 'published' })).total).toBe(1);
  });

  it('keeps trashed drafts out of the library and lists them apart', async () => {
    valueOf(await engine.call('drafts:trash', { id: ids['Zoo reopens'] ?? '' }));
    expect(await headlines({})).not.toContain('Zoo reopens');
    expect(await headlines({ trashed: true })).toEqual(['Zoo reopens']);
    expect(await headlines({ trashed: true, status: 'draft' })).toEqual([]);
  });

  it('reads every live page, sort and filter from an index, without sorting rows in memory', () => {
    for (const status of [undefined, 'draft' as const]) {
      for (const sort of draftSorts) {
        for (const direction of ['asc', 'desc'] as const) {
          const sql = draftPageSql({ status, sort, direction, trashed: false, limit: 50, offset: 500 });
          const plan = JSON.stringify(engine.db.prepare(`EXPLAIN QUERY PLAN ${sql.page}`).all({ status, limit: 50, offset: 500 }));
          expect(plan).toMatch(/USING (COVERING )?INDEX drafts_live_/);
          expect(plan).not.toMatch(/TEMP B-TREE/);
          expect(JSON.stringify(engine.db.prepare(`EXPLAIN QUERY PLAN ${sql.count}`).all({ status }))).toMatch(/INDEX drafts_live_/);
        }
      }
    }
  });
});
