import type { Database } from 'better-sqlite3';
import type { Draft } from '../../shared/model/draft';
import { requireDraft } from '../drafts/getDraft';
import type { ExportArticle } from '../export/exportArticle';
import { exportHtml, type ExportForm, type ExportOutcome } from '../export/exportHtml';
import { checkDraft } from '../../shared/checklist/checkDraft';
import type { ChecklistItem } from '../../shared/checklist/checklistItem';
import { getSettings } from '../settings/getSettings';

/** The parts of a stored draft that export reads. */
export function draftToExportArticle(draft: Draft): ExportArticle {
  return { ...draft, updatedAt: draft.updatedAt };
}

/** Checks a stored draft and renders it when nothing stops it, with the site's settings and ad rules. */
export function exportDraft(db: Database, id: string, form: ExportForm): ExportOutcome {
  const settings = getSettings(db);
  return exportHtml(draftToExportArticle(requireDraft(db, id)), settings, form, { adRules: settings.adRules });
}

/** The pre-publish checklist of a stored draft, with the site's ad rules. */
export function checkStoredDraft(db: Database, id: string): ChecklistItem[] {
  return checkDraft(requireDraft(db, id), { adRules: getSettings(db).adRules });
}
