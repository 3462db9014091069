import { checkDraft, checklistPasses, type ChecklistOptions } from '../../shared/checklist/checkDraft';
import type { ChecklistItem } from '../../shared/checklist/checklistItem';
import type { SiteSettings } from '../../shared/model/settings';
import type { ExportArticle } from './exportArticle';
import { renderFragment } from './renderFragment';
import { renderPage } from './renderPage';

/** The two forms of an export: a whole page, or the `<article>` alone. */
export type ExportForm = 'page' | 'fragment';

/** The checklist, and the HTML when the checklist found no errors (null otherwise). */
export type ExportOutcome = { html: string | null; checklist: ChecklistItem[] };

/**
 * Checks the article and, when nothing stops it, renders it in the chosen form. Warnings never
 * stop an export; errors always do.
 */
export function exportHtml(article: ExportArticle, settings: SiteSettings, form: ExportForm, options: ChecklistOptions = {}): ExportOutcome {
  const checklist = checkDraft(article, options);
  if (!checklistPasses(checklist)) return { html: null, checklist };
  const html = form === 'page' ? renderPage(article, settings) : `${renderFragment(article, settings)}\n`;
  return { html, checklist };
}
