import type { Database } from 'better-sqlite3';
import type { BodyJson, Draft } from '../../shared/model/draft';
import { findCatalogArticleByTitle } from '../catalog/findCatalogArticleByTitle';
import { createDraft } from '../drafts/createDraft';
import { requireDraft } from '../drafts/getDraft';
import { writeDraft } from '../drafts/writeDraft';
import { importDocument } from '../import/importDocument';
import type { ImportReport } from '../import/importedArticle';
import type { ImportSource } from '../import/readImportFile';
import { getSettings } from '../settings/getSettings';
import { storeImage } from '../images/storeImage';

/** A new draft made from a file, and what the import took out or could not settle. */
export type ImportedDraft = { draft: Draft; report: ImportReport };

/**
 * Imports a file as a new draft: related links named without a URL are looked up in the catalog,
 * pictures it carries (or names beside it) are stored, and a publication date from front matter is kept.
 */
export async function importIntoDatabase(db: Database, source: ImportSource, now: Date): Promise<ImportedDraft> {
  const settings = getSettings(db);
  const lookupRelated = (title: string) => {
    const found = findCatalogArticleByTitle(db, title);
    return found === null ? null : { href: found.url, title: found.title };
  };
  const storePicture = (name: string, bytes: Uint8Array) => storeImage(db, name, bytes, now);
  const imported = await importDocument(source, { settings, lookupRelated, storePicture });
  const body: BodyJson = { type: 'doc', content: imported.body.content ?? [] };
  const draft = db.transaction(() => {
    const created = createDraft(db, { ...imported.fields, body }, now);
    if (imported.publishedAt === null) return created;
    writeDraft(db, { ...created, publishedAt: imported.publishedAt }, created.version);
    return requireDraft(db, created.id);
  })();
  return { draft, report: imported.report };
}
