// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Result } from '../../electron/shared/contract/result';
import type { BodyJson, Draft, DraftChanges, RevisionSummary } from '../../electron/shared/model/draft';
import { keepTheirsAsRevision, MINE_LABEL, takeTheirsKeepingMine, THEIRS_LABEL, type ConflictStore } from '../../renderer/src/editor/autosave/conflictResolution';
import { draftSnapshot } from '../../renderer/src/editor/draftSnapshot';

const DRAFT_ID = '0b0f5d1e-6f4c-4a43-9d4b-1f3a5c7e9b21';

function body(text: string): BodyJson {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

/** A tiny in-memory store with revisions, enough to follow what a conflict keeps. */
function memoryStore(initial: { headline: string; body: BodyJson }) {
  let current = { ...initial, version: 5 };
  const revisions: { id: number; label: string; headline: string; body: BodyJson }[] = [];
  const draft = (): Draft => ({
    id: DRAFT_ID, kicker: '', dek: '', authorName: '', authorBio: '', dateline: '', section: '', tags: [], language: 'en', seoTitle: '', seoDescription: '', leadImage: null,
    slug: '', slugLocked: false, status: 'draft', publishedUrl: null, publishedAt: null, wordCount: 0, createdAt: '', updatedAt: '', deletedAt: null, ...current,
  });
  const summary = (id: number, label: string): RevisionSummary => ({ id, draftId: DRAFT_ID, createdAt: '', label, reason: 'manual', version: current.version, wordCount: 0, headline: current.headline, author: null });
  const store: ConflictStore = {
    getDraft: async () => ({ ok: true, value: draft() }),
    createRevision: async (_draftId, label) => {
      revisions.push({ id: revisions.length + 1, label, headline: current.headline, body: current.body });
      return { ok: true, value: summary(revisions.length, label) };
    },
    save: async ({ baseVersion, changes }): Promise<Result<Draft>> => {
      if (baseVersion !== current.version) return { ok: false, error: { code: 'conflict', message: 'Changed elsewhere.' } };
      current = { headline: changes.headline ?? current.headline, body: changes.body ?? current.body, version: current.version + 1 };
      return { ok: true, value: draft() };
    },
    restoreRevision: async (_draftId, revisionId) => {
      const revision = revisions.find((entry) => entry.id === revisionId);
      if (!revision) return { ok: false, error: { code: 'not_found', message: 'No such version.' } };
      current = { headline: revision.headline, body: revision.body, version: current.version + 1 };
      return { ok: true, value: draft() };
    },
  };
  return { store, revisions, current: () => current };
}

const mine: DraftChanges = { headline: 'Mine', body: body('My words') };

describe('conflict resolution', () => {
  it('"keep mine" keeps their version as a revision and returns the version to save on', async () => {
    const memory = memoryStore({ headline: 'Theirs', body: body('Their words') });
    const theirs = await keepTheirsAsRevision(memory.store, DRAFT_ID);
    expect(theirs.ok && theirs.value.version).toBe(5);
    expect(memory.revisions).toEqual([{ id: 1, label: THEIRS_LABEL, headline: 'Theirs', body: body('Their words') }]);
  });

  it('"use theirs" keeps mine as a revision and leaves theirs current', async () => {
    const memory = memoryStore({ headline: 'Theirs', body: body('Their words') });
    const result = await takeTheirsKeepingMine(memory.store, DRAFT_ID, mine);
    expect(result.ok && result.value.headline).toBe('Theirs');
    expect(memory.current().body).toEqual(body('Their words'));
    expect(memory.revisions.map((revision) => [revision.label, revision.headline])).toEqual([
      [THEIRS_LABEL, 'Theirs'],
      [MINE_LABEL, 'Mine'],
    ]);
  });

  it('reports a failure instead of discarding anything', async () => {
    const memory = memoryStore({ headline: 'Theirs', body: body('Their words') });
    const failing: ConflictStore = { ...memory.store, createRevision: async () => ({ ok: false, error: { code: 'storage', message: 'The disk is full.' } }) };
    const result = await takeTheirsKeepingMine(failing, DRAFT_ID, mine);
    expect(result).toEqual({ ok: false, error: { code: 'storage', message: 'The disk is full.' } });
    expect(memory.current().headline).toBe('Theirs');
  });
});

describe('draftSnapshot', () => {
  const fields = { kicker: 'K', headline: 'H', dek: '', authorName: '', authorBio: '', dateline: '', section: '', tags: ['a'], language: 'en', seoTitle: '', seoDescription: '', leadImage: null, slug: 'h', slugLocked: false };

  it('leaves out a slug that follows the headline, so saving it does not pin it', () => {
    const snapshot = draftSnapshot(fields, body('x'));
    expect(snapshot.slug).toBeUndefined();
    expect(snapshot.slugLocked).toBe(false);
    expect(snapshot.headline).toBe('H');
  });

  it('keeps a slug set by hand', () => {
    expect(draftSnapshot({ ...fields, slug: 'by-hand', slugLocked: true }, body('x')).slug).toBe('by-hand');
  });
});
