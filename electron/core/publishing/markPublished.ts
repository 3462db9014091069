import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import { safeUrl } from '../../shared/editor/safeUrl';
import type { Draft } from '../../shared/model/draft';
import { addPublishedDraftToCatalog } from '../catalog/addPublishedDraftToCatalog';
import { requireDraft } from '../drafts/getDraft';
import { setDraftStatus } from '../drafts/setDraftStatus';
import { writeDraft } from '../drafts/writeDraft';
import { checkDraft } from '../../shared/checklist/checkDraft';

/**
 * "Mark as published": records the website URL and time (now unless given), sets the status to
 * published, and adds the draft to the related-link catalog, all in one transaction. Refused while
 * suggested edits are waiting: the website would have the text as it was before them.
 */
export function markPublished(db: Database, input: { id: string; url: string; publishedAt?: string | undefined }, now: Date): Draft {
  const url = safeUrl(input.url, 'related');
  if (url === null || !/^https?:/i.test(url)) throw new AppError('invalid_input', 'The website address must start with http:// or https://.');
  const time = input.publishedAt === undefined ? now : new Date(Date.parse(input.publishedAt));
  if (Number.isNaN(time.getTime())) throw new AppError('invalid_input', 'The publication time is not a date and time.');
  return db.transaction(() => {
    const pending = checkDraft({ body: requireDraft(db, input.id).body }).find((item) => item.code === 'suggestions_pending');
    if (pending !== undefined) throw new AppError('invalid_input', pending.message);
    const published = setDraftStatus(db, input.id, 'published', now);
    const next: Draft = { ...published, publishedUrl: url, publishedAt: time.toISOString(), version: published.version + 1, updatedAt: now.toISOString() };
    writeDraft(db, next, published.version);
    addPublishedDraftToCatalog(db, next, now.toISOString());
    return requireDraft(db, input.id);
  })();
}
