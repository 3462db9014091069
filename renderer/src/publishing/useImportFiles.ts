import { useCallback, useEffect } from 'react';
import type { ImportReport } from '../../../electron/shared/contract/publishing';
import { request } from '../api/request';
import { toBase64 } from '../api/toBase64';

/** What an import produced: the new draft's id and what was taken out, or a message. */
export type ImportOutcome = { ok: true; draftId: string; report: ImportReport } | { ok: false; message: string };

/** A few words on what an import took out, or null when it took nothing out. */
export function describeImportReport(report: ImportReport): string | null {
  const parts = [
    report.removedLinks.length > 0 ? `${report.removedLinks.length} unsafe link${report.removedLinks.length === 1 ? '' : 's'} removed (text kept)` : '',
    report.droppedImages > 0 ? `${report.droppedImages} image${report.droppedImages === 1 ? '' : 's'} left out` : '',
    report.unresolvedRelated.length > 0 ? `related link not found: ${report.unresolvedRelated.join('; ')}` : '',
  ].filter((part) => part !== '');
  return parts.length > 0 ? `Imported. ${parts.join('; ')}.` : null;
}

/**
 * File > Import… and files dropped on the window: each becomes a new draft. Returns the menu's
 * import action; drops are handled while the hook is mounted.
 */
export function useImportFiles(onOutcome: (outcome: ImportOutcome) => void): () => Promise<void> {
  const handleImportMenu = useCallback(async () => {
    const result = await request((api) => api.import.file({}));
    if (!result.ok) onOutcome({ ok: false, message: result.error.message });
    else if (result.value) onOutcome({ ok: true, draftId: result.value.draft.id, report: result.value.report });
  }, [onOutcome]);

  useEffect(() => {
    const handleDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const handleDrop = async (event: DragEvent) => {
      const file = event.dataTransfer?.files.item(0);
      // A picture dropped on the body was taken by the editor already.
      if (!file || event.defaultPrevented) return;
      event.preventDefault();
      if (file.size > 10 * 1024 * 1024) {
        onOutcome({ ok: false, message: `${file.name} is larger than 10 MB; Newsdesk imports articles, not archives.` });
        return;
      }
      const base64 = toBase64(new Uint8Array(await file.arrayBuffer()));
      const result = await request((api) => api.import.data({ name: file.name, base64 }));
      onOutcome(result.ok ? { ok: true, draftId: result.value.draft.id, report: result.value.report } : { ok: false, message: result.error.message });
    };
    const dropListener = (event: DragEvent) => void handleDrop(event);
    window.addEventListener('dragover', handleDragOver);
    window.addEventListener('drop', dropListener);
    return () => {
      window.removeEventListener('dragover', handleDragOver);
      window.removeEventListener('drop', dropListener);
    };
  }, [onOutcome]);

  return handleImportMenu;
}
