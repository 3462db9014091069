import { dirname, join } from 'node:path';
import { AppError } from '../../shared/contract/result';
import { describeLocation, type ChecklistItem } from '../../shared/checklist/checklistItem';
import type { EngineContext } from '../engineContext';
import type { ExportForm } from '../export/exportHtml';
import { requireDraft } from '../drafts/getDraft';
import { exportDraft } from './exportDraft';
import { lastExportFolder, rememberExportFolder } from './exportFolder';
import { writeFileAtomically } from './writeFileAtomically';
import { writeExportImages } from '../images/writeExportImages';

/** One line per checklist error: what is wrong and where. */
export function describeChecklistErrors(checklist: readonly ChecklistItem[]): string {
  return checklist
    .filter((item) => item.severity === 'error')
    .map((item) => `${item.message} (${describeLocation(item.location)})`)
    .join('\n');
}

/**
 * Exports a draft through the save dialog: refused with `checklist_failed` when the checklist has
 * errors; otherwise asks where (starting in the last folder used) and writes atomically, its pictures
 * in `images/` beside the file.
 */
export async function saveExport(context: EngineContext, id: string, form: ExportForm): Promise<{ path: string | null; checklist: ChecklistItem[] }> {
  const outcome = exportDraft(context.db, id, form);
  if (outcome.html === null) {
    throw new AppError('checklist_failed', `The checklist found problems to fix before export:\n${describeChecklistErrors(outcome.checklist)}`, { checklist: outcome.checklist });
  }
  const draft = requireDraft(context.db, id);
  const fileName = `${draft.slug || 'article'}${form === 'fragment' ? '.fragment' : ''}.html`;
  const folder = lastExportFolder(context.db);
  const path = await context.host.chooseSavePath({
    title: form === 'page' ? 'Export HTML page' : 'Export HTML fragment',
    defaultPath: folder === null ? fileName : join(folder, fileName),
    filters: [{ name: 'HTML', extensions: ['html', 'htm'] }],
  });
  if (path === null) return { path: null, checklist: outcome.checklist };
  // The pictures first: a page is never there without the pictures it shows.
  await writeExportImages(context.db, outcome.images, dirname(path));
  try {
    await writeFileAtomically(path, outcome.html);
  } catch {
    throw new AppError('storage', `Could not write ${path}; check the folder exists and you may write to it.`);
  }
  rememberExportFolder(context.db, dirname(path));
  return { path, checklist: outcome.checklist };
}
