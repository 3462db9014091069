import type { Database } from 'better-sqlite3';
import type { Draft } from '../../shared/model/draft';
import { requireDraft } from '../drafts/getDraft';
import type { ExportArticle } from '../export/exportArticle';
import { exportHtml, type ExportForm, type ExportOutcome } from '../export/exportHtml';
import { checkDraft } from '../../shared/checklist/checkDraft';
import type { ChecklistItem } from '../../shared/checklist/checklistItem';
import { getSettings } from '../settings/getSettings';
import { imageCatalog, missingImageItems } from '../images/imageCatalog';
import { openThreadIds } from '../review/commentThreads';

/** The parts of a stored draft that export reads. */
export function draftToExportArticle(draft: Draft): ExportArticle {
  return { ...draft, updatedAt: draft.updatedAt };
}

/** Checks a stored draft and renders it when nothing stops it, with the site's settings, ad rules and pictures. */
export function exportDraft(db: Database, id: string, form: ExportForm): ExportOutcome {
  const settings = getSettings(db);
  const article = draftToExportArticle(requireDraft(db, id));
  const options = { adRules: settings.adRules, openThreads: openThreadIds(db, id) };
  const missing = missingImageItems(db, article);
  if (missing.length > 0) return { html: null, checklist: [...missing, ...checkDraft(article, options)], images: [] };
  return exportHtml(article, settings, form, options, imageCatalog(db));
}

/** The pre-publish checklist of a stored draft, with the site's ad rules, the pictures it lacks and its open comment threads. */
export function checkStoredDraft(db: Database, id: string): ChecklistItem[] {
  const draft = requireDraft(db, id);
  return [...missingImageItems(db, draftToExportArticle(draft)), ...checkDraft(draft, { adRules: getSettings(db).adRules, openThreads: openThreadIds(db, id) })];
}
