import type { Database } from 'better-sqlite3';
import { draftStatusLabels, type Draft, type DraftStatus } from '../../shared/model/draft';
import { createRevision } from '../revisions/createRevision';
import { getSettings } from '../settings/getSettings';
import { requireDraft } from './getDraft';
import { recordStatus } from './recordStatus';
import { writeDraft } from './writeDraft';

function publishedUrl(db: Database, slug: string): string | null {
  const baseUrl = getSettings(db).baseUrl.replace(/\/+$/, '');
  return baseUrl === '' ? null : `${baseUrl}/${encodeURIComponent(slug)}`;
}

function withStatus(db: Database, draft: Draft, status: DraftStatus, time: string): Draft {
  const next: Draft = { ...draft, status, version: draft.version + 1, updatedAt: time };
  if (status !== 'published') return next;
  // Once published the URL is public: the slug stops following the headline.
  return {
    ...next,
    slugLocked: true,
    publishedAt: draft.publishedAt ?? time,
    publishedUrl: draft.publishedUrl ?? publishedUrl(db, draft.slug),
  };
}

/**
 * Moves a draft to a status: records the change with its time in the status history, keeps a
 * revision labelled with the new status, and bumps the version. Publishing sets the published time
 * (and URL, when the site's base URL is known) the first time and locks the slug. Setting the
 * status it already has changes nothing.
 */
export function setDraftStatus(db: Database, id: string, status: DraftStatus, now: Date): Draft {
  const time = now.toISOString();
  return db
    .transaction(() => {
      const current = requireDraft(db, id);
      if (current.status === status) return current;
      const next = withStatus(db, current, status, time);
      writeDraft(db, next, current.version);
      recordStatus(db, id, status, time);
      createRevision(db, next, 'status', draftStatusLabels[status], now);
      return next;
    })
    .immediate();
}
