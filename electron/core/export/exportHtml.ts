import { checkDraft, checklistPasses, type ChecklistOptions } from '../../shared/checklist/checkDraft';
import type { ChecklistItem } from '../../shared/checklist/checklistItem';
import type { SiteSettings } from '../../shared/model/settings';
import type { ExportArticle } from './exportArticle';
import { createFigurePlacer, type ExportedImageFile, type ImageCatalog } from './placeFigures';
import { renderFragment } from './renderFragment';
import { renderPage } from './renderPage';

/** The two forms of an export: a whole page, or the `<article>` alone. */
export type ExportForm = 'page' | 'fragment';

/** The checklist, the HTML when the checklist found no errors (null otherwise), and the picture files it uses. */
export type ExportOutcome = { html: string | null; checklist: ChecklistItem[]; images: ExportedImageFile[] };

/**
 * Checks the article and, when nothing stops it, renders it in the chosen form, its pictures from
 * `catalog` (the store's copies). Warnings never stop an export; errors always do.
 */
export function exportHtml(article: ExportArticle, settings: SiteSettings, form: ExportForm, options: ChecklistOptions = {}, catalog: ImageCatalog = () => []): ExportOutcome {
  const checklist = checkDraft(article, options);
  if (!checklistPasses(checklist)) return { html: null, checklist, images: [] };
  const placer = createFigurePlacer(catalog, settings);
  const html = form === 'page' ? renderPage(article, settings, placer) : `${renderFragment(article, settings, placer)}\n`;
  return { html, checklist, images: placer.files() };
}
