import { useCallback, useEffect } from 'react';
import type { ImportReport } from '../../../electron/shared/contract/publishing';
import { importTooLargeMessage, MAX_IMPORT_BYTES } from '../../../electron/shared/model/importSize';
import { request } from '../api/request';
import { toBase64 } from '../api/toBase64';

/** A file that became a draft, with what the import took out. */
export type ImportedFile = { name: string; draftId: string; report: ImportReport };

/** What one import (the menu's, or one drop of any number of files) produced. */
export type ImportBatch = { imported: ImportedFile[]; failed: { name: string; message: string }[] };

/** A few words on what an import took out, or null when it took nothing out. */
export function describeImportReport(report: ImportReport): string | null {
  const parts = [
    report.removedLinks.length > 0 ? `${report.removedLinks.length} unsafe link${report.removedLinks.length === 1 ? '' : 's'} removed (text kept)` : '',
    report.droppedImages > 0 ? `${report.droppedImages} image${report.droppedImages === 1 ? '' : 's'} left out` : '',
    report.unresolvedRelated.length > 0 ? `related link not found: ${report.unresolvedRelated.join('; ')}` : '',
  ].filter((part) => part !== '');
  return parts.length > 0 ? parts.join('; ') : null;
}

/** One summary of a batch: what came in (and what it left out), then what could not, in plain words. */
export function describeImportBatch(batch: ImportBatch): string {
  const { imported, failed } = batch;
  const done = imported.map((file) => {
    const note = describeImportReport(file.report);
    return note ? `${file.name} (${note})` : file.name;
  });
  const total = imported.length + failed.length;
  const head =
    imported.length === 0 ? (total === 1 ? 'Could not import.' : `None of the ${total} files could be imported.`) : total === 1 ? `Imported ${done.join('')}.` : `Imported ${imported.length} of ${total} files: ${done.join(', ')}.`;
  return [head, ...failed.map((file) => file.message)].join(' ');
}

async function importDropped(file: File): Promise<ImportedFile | { name: string; message: string }> {
  if (file.size > MAX_IMPORT_BYTES) return { name: file.name, message: importTooLargeMessage(file.name) };
  const base64 = toBase64(new Uint8Array(await file.arrayBuffer()));
  const result = await request((api) => api.import.data({ name: file.name, base64 }));
  return result.ok ? { name: file.name, draftId: result.value.draft.id, report: result.value.report } : { name: file.name, message: result.error.message };
}

/**
 * File > Import… and files dropped on the window: each file becomes a new draft, one after the
 * other, and the batch is reported once. Returns the menu's import action; drops are handled while
 * the hook is mounted.
 */
export function useImportFiles(onBatch: (batch: ImportBatch) => void): () => Promise<void> {
  const handleImportMenu = useCallback(async () => {
    const result = await request((api) => api.import.file({}));
    if (!result.ok) onBatch({ imported: [], failed: [{ name: '', message: result.error.message }] });
    else if (result.value) onBatch({ imported: [{ name: `“${result.value.draft.headline || 'Untitled'}”`, draftId: result.value.draft.id, report: result.value.report }], failed: [] });
  }, [onBatch]);

  useEffect(() => {
    const handleDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const handleDrop = async (files: File[]) => {
      const batch: ImportBatch = { imported: [], failed: [] };
      for (const file of files) {
        const outcome = await importDropped(file);
        if ('draftId' in outcome) batch.imported.push(outcome);
        else batch.failed.push(outcome);
      }
      onBatch(batch);
    };
    const dropListener = (event: DragEvent) => {
      const files = [...(event.dataTransfer?.files ?? [])];
      // A picture dropped on the body was taken by the editor already.
      if (files.length === 0 || event.defaultPrevented) return;
      event.preventDefault();
      void handleDrop(files);
    };
    window.addEventListener('dragover', handleDragOver);
    window.addEventListener('drop', dropListener);
    return () => {
      window.removeEventListener('dragover', handleDragOver);
      window.removeEventListener('drop', dropListener);
    };
  }, [onBatch]);

  return handleImportMenu;
}
