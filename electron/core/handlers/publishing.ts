import type { publishingChannels } from '../../shared/contract/publishing';
import { AppError } from '../../shared/contract/result';
import { importExtensions } from '../import/importFormats';
import { readImportFile } from '../import/readImportFile';
import { markPublished } from '../publishing/markPublished';
import type { DomainHandlers } from './domainHandlers';

// Export and import pull in the HTML renderer, a DOM and the Word reader: load them on first use,
// so opening the app or running a CLI command does not pay for them.
const loadExport = () => import('../publishing/exportDraft');
const loadSave = () => import('../publishing/saveExport');
const loadImport = () => import('../publishing/importIntoDatabase');

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
  'publishing:markPublished': (input, { db, now }) => markPublished(db, input, now()),
};
