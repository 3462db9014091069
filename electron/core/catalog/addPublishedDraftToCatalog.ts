import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import { safeUrl } from '../../shared/editor/safeUrl';
import type { CatalogArticle } from '../../shared/model/catalog';
import { statement } from '../db/statement';
import { catalogColumns, rowToCatalogArticle, type CatalogRow } from './catalogRow';
import { plainText } from './plainText';
import { upsertCatalogItems } from './upsertCatalogItems';

/** The parts of a published draft the catalog keeps. */
export type PublishedDraft = {
  id: string;
  headline: string;
  section: string;
  dek: string;
  publishedUrl: string | null;
  publishedAt: string | null;
};

const byUrl = statement<[string], CatalogRow>(`SELECT ${catalogColumns} FROM catalog_articles WHERE url = ?`);
const forgetOldUrl = statement<[string, string]>(`DELETE FROM catalog_articles WHERE draft_id = ? AND source = 'draft' AND url <> ?`);

/**
 * Adds a draft marked published to the catalog under its website URL (or updates it there), so the
 * next article can link to it. Called by "Mark as published"; an earlier URL of the same draft is
 * replaced. Throws `invalid_input` when the URL is not an http(s) address.
 */
export function addPublishedDraftToCatalog(db: Database, draft: PublishedDraft, now: string = new Date().toISOString()): CatalogArticle {
  const url = safeUrl(draft.publishedUrl, 'related');
  if (url === null || !/^https?:/i.test(url)) throw new AppError('invalid_input', 'A published article needs its website address (http or https).');
  const title = plainText(draft.headline, 300);
  if (title === '') throw new AppError('invalid_input', 'A published article needs a headline.');
  return db.transaction(() => {
    forgetOldUrl(db).run(draft.id, url);
    const item = { url, title, section: plainText(draft.section, 100), publishedAt: draft.publishedAt ?? now, summary: plainText(draft.dek, 600) };
    upsertCatalogItems(db, [item], { source: 'draft', feedUrl: null, draftId: draft.id, now });
    const row = byUrl(db).get(url);
    if (row === undefined) throw new AppError('storage', 'The published article could not be added to the catalog.');
    return rowToCatalogArticle(row);
  })();
}
