import { z } from 'zod';
import { ChecklistItem } from '../checklist/checklistItem';
import { Draft, IsoTime } from '../model/draft';
import { MAX_IMPORT_BYTES } from '../model/importSize';
import { channel } from './channel';

const ExportForm = z.enum(['page', 'fragment']);

/** What an import took out or could not settle. */
export const ImportReport = z.object({
  format: z.enum(['markdown', 'text', 'docx', 'html']),
  removedLinks: z.array(z.object({ text: z.string(), href: z.string() })),
  droppedImages: z.number().int().nonnegative(),
  unresolvedRelated: z.array(z.string()),
  ignoredKeys: z.array(z.string()),
});
export type ImportReport = z.infer<typeof ImportReport>;

const Imported = z.object({ draft: Draft, report: ImportReport });

/** Channels of publishing: the checklist, export to HTML, import of copy, marking as published. */
export const publishingChannels = {
  'export:check': channel(
    z.object({ id: z.string().uuid() }).strict(),
    z.object({ checklist: z.array(ChecklistItem) }),
    'The pre-publish checklist of a draft: errors first, then warnings.',
  ),
  'export:render': channel(
    z.object({ id: z.string().uuid(), form: ExportForm.default('page') }).strict(),
    z.object({ html: z.string().nullable(), checklist: z.array(ChecklistItem) }),
    'The checklist and, when it has no errors, the exported HTML (for the preview).',
  ),
  'export:save': channel(
    z.object({ id: z.string().uuid(), form: ExportForm.default('page') }).strict(),
    z.object({ path: z.string().nullable(), checklist: z.array(ChecklistItem) }),
    'Asks where to save and writes the export atomically; path is null when the user cancels. Refused with `checklist_failed` on errors.',
  ),
  'import:file': channel(
    z.object({}).strict(),
    Imported.nullable(),
    'Asks for a .md, .txt, .docx or .html file and imports it as a new draft; null when cancelled. The page never names a path: only the native dialog does.',
  ),
  'import:data': channel(
    z.object({ name: z.string().min(1).max(255), base64: z.string().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4) }).strict(),
    Imported,
    'Imports a dropped file, given as its name and bytes, as a new draft.',
  ),
  'publishing:markPublished': channel(
    z.object({ id: z.string().uuid(), url: z.string().min(1).max(2048), publishedAt: IsoTime.optional() }).strict(),
    Draft,
    'Records the website URL and time of a published draft; the draft joins the related-link catalog.',
  ),
} as const;
