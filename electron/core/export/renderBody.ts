import type { JSONContent } from '@tiptap/core';
import { bodyJsonToHtml } from '../html/bodyJsonToHtml';
import type { ArticleExtensionOptions } from '../../shared/editor/articleExtensions';
import { reviewOnlyMarks } from '../../shared/editor/marks/comment';
import { checkedAdFormat } from '../../shared/editor/nodes/adSlot';
import { escapeHtml } from '../../shared/model/escapeHtml';
import { readBodyNode, type BodyNode } from '../../shared/model/bodyNodes';
import type { SiteSettings } from '../../shared/model/settings';
import { AppError } from '../../shared/contract/result';
import type { FigurePlacer } from './placeFigures';
import { isSuggestionMarkName } from '../../shared/editor/suggestions/suggestionMarks';

/** Stands for the dateline while the body is rendered; a private-use character never kept in copy. */
const DATELINE_MARK = '\uE0D1';

/** Text still only suggested for insertion is not the article's yet. */
function isSuggestedInsertion(node: BodyNode): boolean {
  return node.marks.some((mark) => mark.type === 'insertion');
}

/** The body as JSON for the website: suggestion marks never reach it (the article reads as before the suggestions). */
function toJson(node: BodyNode): JSONContent {
  const json: JSONContent = { type: node.type };
  if (Object.keys(node.attrs).length > 0) json.attrs = { ...node.attrs };
  if (node.type === 'text') json.text = node.text.replaceAll(DATELINE_MARK, '');
  // Suggestion marks and comments stay in the newsroom: the website reads the article as before the suggestions.
  const marks = node.marks.filter((mark) => !isSuggestionMarkName(mark.type) && !reviewOnlyMarks.has(mark.type));
  if (marks.length > 0) json.marks = marks.map((mark) => ({ type: mark.type, attrs: { ...mark.attrs } }));
  const content = node.content.filter(
    (child) => !isSuggestedInsertion(child) && (child.type !== 'text' || child.text.replaceAll(DATELINE_MARK, '').replaceAll('\u200B', '') !== ''),
  );
  if (content.length > 0) json.content = content.map(toJson);
  return json;
}

function numberAdSlots(node: JSONContent, settings: SiteSettings, counter: { next: number }): void {
  for (const child of node.content ?? []) {
    if (child.type === 'adSlot') {
      const formats = settings.adFormats.map((format) => format.id);
      const format = checkedAdFormat(child.attrs?.format, formats);
      const size = settings.adFormats.find((entry) => entry.id === format)?.size ?? null;
      child.attrs = { ...child.attrs, format, slot: `ad-${counter.next}`, size };
      counter.next += 1;
    }
    numberAdSlots(child, settings, counter);
  }
}

/** Gives each figure its exported files in document order; one the store lacks (or with no placer) is left out. */
function placeFigures(node: JSONContent, placer: FigurePlacer | undefined): void {
  node.content = (node.content ?? []).flatMap((child) => {
    if (child.type !== 'figure') return [child];
    const id = typeof child.attrs?.image === 'string' ? child.attrs.image : '';
    const placed = placer?.place(id, false) ?? null;
    return placed === null ? [] : [{ ...child, attrs: { ...child.attrs, ...placed } }];
  });
}

function exportOptions(settings: SiteSettings): ArticleExtensionOptions {
  return { output: 'export', adFormats: settings.adFormats.map((format) => format.id), relatedLabels: settings.relatedLabels };
}

/** A lone figure as the contract's markup (the lead image in the header); '' when the store lacks it. */
export function renderFigure(attrs: Record<string, unknown>, settings: SiteSettings, placer: FigurePlacer, lead: boolean): string {
  const id = typeof attrs.image === 'string' ? attrs.image : '';
  const placed = placer.place(id, lead);
  if (placed === null) return '';
  return bodyJsonToHtml({ type: 'doc', content: [{ type: 'figure', attrs: { ...attrs, ...placed } }] }, exportOptions(settings));
}

/** An h3 before any h2 would skip a level under the page's h1; it is written as an h2. */
function levelHeadings(node: JSONContent, state: { seenSecondLevel: boolean }): void {
  for (const child of node.content ?? []) {
    if (child.type === 'heading') {
      const level = child.attrs?.level === 3 && state.seenSecondLevel ? 3 : 2;
      child.attrs = { ...child.attrs, level };
      if (level === 2) state.seenSecondLevel = true;
    }
    levelHeadings(child, state);
  }
}

function markDateline(doc: JSONContent): void {
  const blocks = doc.content ?? [];
  const first = blocks.find((block) => block.type === 'paragraph');
  const mark: JSONContent = { type: 'text', text: DATELINE_MARK };
  if (first) first.content = [mark, ...(first.content ?? [])];
  else doc.content = [{ type: 'paragraph', content: [mark] }, ...blocks];
}

/** `RUSSIA` and `RUSSIA:` both become `RUSSIA:`. */
export function datelineLabel(dateline: string): string {
  const place = dateline.replace(/\s+/g, ' ').trim().replace(/:+$/, '');
  return place === '' ? '' : `${place}:`;
}

/**
 * Renders the body through the editor's own schema (export output): ad slots numbered `ad-1`, `ad-2`, …
 * in document order with their sizes from the site's formats, figures with their exported pictures, headings that never skip a level, and the
 * dateline opening the first paragraph.
 */
export function renderBody(body: unknown, dateline: string, settings: SiteSettings, placer?: FigurePlacer): string {
  const doc = toJson(readBodyNode(body) ?? { type: 'doc', attrs: {}, content: [], text: '', marks: [] });
  doc.type = 'doc';
  numberAdSlots(doc, settings, { next: 1 });
  placeFigures(doc, placer);
  levelHeadings(doc, { seenSecondLevel: false });
  const label = datelineLabel(dateline);
  if (label !== '') markDateline(doc);
  if ((doc.content ?? []).length === 0) return '';
  let html: string;
  try {
    html = bodyJsonToHtml(doc, exportOptions(settings));
  } catch {
    throw new AppError('invalid_input', 'The article body holds something the website cannot show; open it in the editor and save it again.');
  }
  const datelineHtml = `<span class="nd-dateline">${escapeHtml(label)}</span>`;
  return label === '' ? html : html.replace(DATELINE_MARK, `${datelineHtml} `);
}
