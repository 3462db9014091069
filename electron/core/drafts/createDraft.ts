import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Draft, DraftChanges } from '../../shared/model/draft';
import { createRevision } from '../revisions/createRevision';
import { getSettings } from '../settings/getSettings';
import { assertValidBody } from './assertValidBody';
import { mergeChanges } from './mergeChanges';
import { recordStatus } from './recordStatus';
import { insertDraft } from './writeDraft';

function emptyDraft(id: string, time: string, language: string): Draft {
  return {
    id, slug: '', slugLocked: false, kicker: '', headline: '', dek: '', authorName: '', authorBio: '', dateline: '',
    section: '', tags: [], language, leadImage: null, seoTitle: '', seoDescription: '', status: 'draft', publishedUrl: null,
    publishedAt: null, body: { type: 'doc', content: [{ type: 'paragraph' }] }, wordCount: 0,
    createdAt: time, updatedAt: time, deletedAt: null, version: 1,
  };
}

function hasContent(draft: Draft): boolean {
  return draft.headline !== '' || draft.wordCount > 0;
}

/**
 * Creates a draft (new UUID, status `draft`, version 1, language from the site settings unless
 * given) with any fields and body given, records its first status, and keeps a first revision
 * when it starts with content (an import, the CLI) so the original is never lost.
 */
export function createDraft(db: Database, changes: DraftChanges, now: Date): Draft {
  if (changes.body !== undefined) assertValidBody(changes.body);
  const time = now.toISOString();
  return db
    .transaction(() => {
      const base = emptyDraft(randomUUID(), time, getSettings(db).defaultLanguage);
      const draft = mergeChanges(db, base, changes);
      insertDraft(db, draft);
      recordStatus(db, draft.id, draft.status, time);
      if (hasContent(draft)) createRevision(db, draft, 'auto', 'Created', now);
      return draft;
    })
    .immediate();
}
