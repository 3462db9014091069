import type { ArticleFields } from '../../shared/model/draft';
import { escapeHtml } from '../../shared/model/escapeHtml';
import { isPageChrome, looksLikeSubheading, readWebsiteCopy } from './websiteCopy';

/** A headline, header fields, publication date and body HTML read from plain text. */
export type PlainText = { headline: string; fields: Partial<ArticleFields>; publishedAt: string | null; html: string };

function lineToHtml(line: string, index: number, lines: readonly string[]): string {
  const related = /^(.*?:)\s*(.+?)\s+(https?:\/\/\S+)$/i.exec(line);
  if (related?.[1] && related[2] && related[3]) {
    return `<p>${escapeHtml(related[1])} <a href="${escapeHtml(related[3])}">${escapeHtml(related[2])}</a></p>`;
  }
  if (looksLikeSubheading(line, index, lines)) return `<h2>${escapeHtml(line)}</h2>`;
  return `<p>${escapeHtml(line)}</p>`;
}

/**
 * Reads a `.txt` article: the first non-empty line is the headline (after lines that are only the
 * weather or the date, as copied from a website); a website's header (standfirst, kicker, byline,
 * bio) is read into fields when the copy opens with a dateline; short unpunctuated lines between
 * paragraphs are subheadings; every other non-empty line is a paragraph. A line with an http(s)
 * address after a related-link label keeps it as the link.
 */
export function plainTextToHtml(text: string): PlainText {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const leading: string[] = [];
  while (lines.length > 1 && isPageChrome(lines[0] ?? '')) leading.push(lines.shift() ?? '');
  const headline = lines.shift() ?? '';
  const copy = readWebsiteCopy(leading, lines);
  const html = copy.lines.map((line, index) => lineToHtml(line, index, copy.lines)).join('\n');
  return { headline, fields: copy.fields, publishedAt: copy.publishedAt, html };
}
