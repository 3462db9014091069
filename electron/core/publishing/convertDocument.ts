import { createHash } from 'node:crypto';
import { headlineSlug } from '../../shared/model/slugify';
import type { SiteSettings } from '../../shared/model/settings';
import type { ExportArticle } from '../export/exportArticle';
import { exportHtml, type ExportForm, type ExportOutcome } from '../export/exportHtml';
import type { ImportedArticle } from '../import/importedArticle';
import { importDocument } from '../import/importDocument';
import type { ImportSource } from '../import/readImportFile';

/** A stable id for a file converted without a database: the same bytes always give the same id. */
function contentId(bytes: Uint8Array): string {
  const hex = createHash('sha256').update(bytes).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The article export sees for an imported file that never went into a database. */
export function importedToExportArticle(imported: ImportedArticle, id: string, settings: SiteSettings): ExportArticle {
  const fields = imported.fields;
  const headline = fields.headline ?? '';
  const language = fields.language ?? settings.defaultLanguage;
  return {
    id,
    kicker: fields.kicker ?? '',
    headline,
    dek: fields.dek ?? '',
    authorName: fields.authorName ?? '',
    authorBio: fields.authorBio ?? '',
    dateline: fields.dateline ?? '',
    section: fields.section ?? '',
    tags: fields.tags ?? [],
    language,
    seoTitle: fields.seoTitle ?? '',
    seoDescription: fields.seoDescription ?? '',
    slug: fields.slug ?? headlineSlug(headline, language),
    publishedAt: imported.publishedAt,
    body: { type: 'doc', content: imported.body.content ?? [] },
    updatedAt: null,
  };
}

/** Imports a file and exports it in one step, with no database: `newsdesk convert`. Deterministic. */
export async function convertDocument(source: ImportSource, form: ExportForm, settings: SiteSettings): Promise<ExportOutcome & { imported: ImportedArticle }> {
  const imported = await importDocument(source, { settings });
  const article = importedToExportArticle(imported, contentId(source.bytes), settings);
  return { ...exportHtml(article, settings, form, { adRules: settings.adRules }), imported };
}
