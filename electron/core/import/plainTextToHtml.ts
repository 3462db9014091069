import { escapeHtml } from '../export/escapeHtml';

/** Lines a website pastes around an article: the weather (`2.8 C`) and the day's date. */
const PAGE_CHROME = [/^-?\d+(\.\d+)?\s*°?\s*[CF]$/, /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday),\s+\w+\s+\d{1,2},\s+\d{4}$/i];

/** A headline and body HTML read from plain text. */
export type PlainText = { headline: string; html: string };

/**
 * Reads a `.txt` article: the first non-empty line is the headline (after lines that are only the
 * weather or the date, as copied from a website), and every other non-empty line a paragraph.
 * A line with an http(s) address after a related-link label keeps it as the link.
 */
export function plainTextToHtml(text: string): PlainText {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  while (lines.length > 1 && PAGE_CHROME.some((pattern) => pattern.test(lines[0] ?? ''))) lines.shift();
  const headline = lines.shift() ?? '';
  const paragraphs = lines.map((line) => {
    const related = /^(.*?:)\s*(.+?)\s+(https?:\/\/\S+)$/i.exec(line);
    if (related?.[1] && related[2] && related[3]) {
      return `<p>${escapeHtml(related[1])} <a href="${escapeHtml(related[3])}">${escapeHtml(related[2])}</a></p>`;
    }
    return `<p>${escapeHtml(line)}</p>`;
  });
  return { headline, html: paragraphs.join('\n') };
}
