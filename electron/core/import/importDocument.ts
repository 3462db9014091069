import { extname } from 'node:path';
import { AppError } from '../../shared/contract/result';
import type { SiteSettings } from '../../shared/model/settings';
import { htmlToBodyJson } from '../html/htmlToBodyJson';
import { applyArticleConventions } from './articleConventions';
import { decodeText } from './decodeText';
import { readFrontMatter } from './frontMatter';
import { readHtmlArticle, type HtmlArticle } from './htmlDocument';
import type { ImportedArticle, ImportFormat, RelatedLookup } from './importedArticle';
import { markdownToHtml } from './markdownToHtml';
import { plainTextToHtml } from './plainTextToHtml';
import { importFormats } from './importFormats';
import { importPictures, type PictureStore } from './importPictures';
import { checkImportSize, type ImportSource } from './readImportFile';

/** What an import needs besides the file: the site's settings and, when there is one, the catalog and the picture store. */
export type ImportOptions = { settings: SiteSettings; lookupRelated?: RelatedLookup; storePicture?: PictureStore };

const formatNames: Record<ImportFormat, string> = { markdown: 'Markdown', text: 'text', docx: 'a Word document', html: 'HTML' };

export { importExtensions } from './importFormats';

type ReadSource = HtmlArticle & { ignoredKeys: string[] };

async function readSource(source: ImportSource, format: ImportFormat, store: PictureStore | undefined): Promise<ReadSource> {
  const withPictures = async (html: string, readFields: boolean) => readHtmlArticle(html, readFields, await importPictures(html, source.folder, store));
  // Word's reader (mammoth, JSZip) is loaded only for a Word document.
  if (format === 'docx') return { ...(await withPictures(await (await import('./docxToHtml')).docxToHtml(source.name, source.bytes), true)), ignoredKeys: [] };
  const text = decodeText(source.name, source.bytes);
  if (format === 'html') return { ...(await withPictures(text, true)), ignoredKeys: [] };
  if (format === 'text') {
    const plain = plainTextToHtml(text);
    return { ...readHtmlArticle(plain.html, false), fields: { ...plain.fields, headline: plain.headline }, publishedAt: plain.publishedAt, ignoredKeys: [] };
  }
  const front = readFrontMatter(source.name, text);
  const fromHtml = await withPictures(markdownToHtml(front.markdown), !front.fields.headline);
  const headline = front.fields.headline || fromHtml.fields.headline || '';
  return { cleaned: fromHtml.cleaned, fields: { ...front.fields, headline }, publishedAt: front.publishedAt, ignoredKeys: front.ignoredKeys };
}

function withoutEmpty(fields: ImportedArticle['fields']): ImportedArticle['fields'] {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== '' && value !== undefined));
}

async function importKnownFormat(source: ImportSource, format: ImportFormat, options: ImportOptions): Promise<ImportedArticle> {
  const read = await readSource(source, format, options.storePicture);
  const schema = { output: 'editor', adFormats: options.settings.adFormats.map((entry) => entry.id), relatedLabels: options.settings.relatedLabels } as const;
  const conventions = applyArticleConventions(htmlToBodyJson(read.cleaned.html, schema), {
    settings: options.settings,
    dateline: read.fields.dateline ?? '',
    ...(options.lookupRelated ? { lookupRelated: options.lookupRelated } : {}),
  });
  return {
    fields: withoutEmpty({ ...read.fields, dateline: conventions.dateline }),
    publishedAt: read.publishedAt,
    body: conventions.body,
    report: { format, removedLinks: read.cleaned.removedLinks, droppedImages: read.cleaned.droppedImages, unresolvedRelated: conventions.unresolvedRelated, ignoredKeys: read.ignoredKeys },
  };
}

/**
 * Reads an article from Markdown (with front matter), plain text, Word or HTML. Every format goes
 * the same way: to HTML, through paste cleanup (unsafe links out and reported), into the editor's
 * schema, then the copy conventions (ad lines, related links, dateline). Whatever cannot be read is
 * refused with `unreadable_input` in one line.
 */
export async function importDocument(source: ImportSource, options: ImportOptions): Promise<ImportedArticle> {
  const format = importFormats[extname(source.name).toLowerCase()];
  if (!format) throw new AppError('unreadable_input', `${source.name}: Newsdesk imports .md, .txt, .docx and .html files.`);
  checkImportSize(source.name, source.bytes.length);
  try {
    return await importKnownFormat(source, format, options);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('unreadable_input', `${source.name} could not be read as ${formatNames[format]}.`);
  }
}
