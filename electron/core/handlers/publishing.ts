import { requireStatusAllowed } from '../review/deskRole';
import type { publishingChannels } from '../../shared/contract/publishing';
import { AppError } from '../../shared/contract/result';
import { importExtensions } from '../import/importFormats';
import { readImportFile } from '../import/readImportFile';
import { loadExport, loadImport, loadSave } from '../publishing/loadPublishing';
import { markPublished } from '../publishing/markPublished';
import type { DomainHandlers } from './domainHandlers';


function decodeDropped(name: string, base64: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new AppError('unreadable_input', `${name} could not be read.`);
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

/** Handlers for export (checklist, render, save), import (file, dropped data) and marking published. */
export const publishingHandlers: DomainHandlers<keyof typeof publishingChannels> = {
  'export:check': async (input, { db }) => ({ checklist: (await loadExport()).checkStoredDraft(db, input.id) }),
  'export:render': async (input, { db }) => (await loadExport()).exportDraft(db, input.id, input.form),
  'export:save': async (input, context) => (await loadSave()).saveExport(context, input.id, input.form),
  'import:file': async (_input, { db, host, now }) => {
    const path = await host.chooseOpenPath({ title: 'Import article', filters: [{ name: 'Articles', extensions: importExtensions }] });
    if (path === null) return null;
    const source = await readImportFile(path);
    return (await loadImport()).importIntoDatabase(db, source, now());
  },
  'import:data': async (input, { db, now }) => (await loadImport()).importIntoDatabase(db, { name: input.name, bytes: decodeDropped(input.name, input.base64) }, now()),
  'publishing:markPublished': (input, { db, now }) => {
    requireStatusAllowed(db, 'published');
    return markPublished(db, input, now());
  },
};
