import type { Database } from 'better-sqlite3';
import { safeUrl } from '../../shared/editor/safeUrl';
import type { Draft, DraftStatus } from '../../shared/model/draft';
import { addPublishedDraftToCatalog } from '../catalog/addPublishedDraftToCatalog';
import { setDraftStatus } from '../drafts/setDraftStatus';

function isLinkable(draft: Draft): boolean {
  const url = safeUrl(draft.publishedUrl, 'related');
  return url !== null && /^https?:/i.test(url) && draft.headline.trim() !== '';
}

/**
 * Changes a draft's status (see setDraftStatus). A draft that becomes published with a website
 * address joins the related-link catalog in the same transaction, so the catalog learns of it when
 * it happens rather than being checked again on every search.
 */
export function changeDraftStatus(db: Database, id: string, status: DraftStatus, now: Date): Draft {
  return db.transaction(() => {
    const draft = setDraftStatus(db, id, status, now);
    if (draft.status === 'published' && isLinkable(draft)) addPublishedDraftToCatalog(db, draft, now.toISOString());
    return draft;
  })();
}
