import type { ArticleFields } from '../../shared/model/draft';

/** What the page around an article adds when it is copied from a website: weather, the date, widget titles. */
const WEATHER = /^-?\d+(\.\d+)?\s*°?\s*[CF]$/;
const PAGE_DATE = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday),\s+(\w+\s+\d{1,2},\s+\d{4})$/i;
const TRAILING_WIDGETS = /^(trending( today| now)?|most read|popular|recommended|share( this)?( article)?)$/i;
const DATELINE_OPENING = /^[A-Z][A-Z .,'’-]{1,40}:\s/;
const SENTENCE_END = /[.!?:;"”’)\]…]$/;
const MAX_HEADER_LINES = 6;

/** Header fields found above the copy, and the date the page showed. */
export type WebsiteCopy = {
  fields: Partial<ArticleFields>;
  publishedAt: string | null;
  /** The body's lines, header and page furniture taken out. */
  lines: string[];
};

function pageDate(line: string): string | null {
  const match = PAGE_DATE.exec(line);
  const time = match?.[2] ? Date.parse(`${match[2]} 00:00:00 UTC`) : Number.NaN;
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

const wordCount = (line: string) => line.split(/\s+/).filter((word) => word !== '').length;

/**
 * Reads the header a website prints between the headline and the copy (standfirst, kicker, a byline
 * shown twice beside the avatar, the author's bio). Only when the copy opens with a dateline
 * (`RUSSIA: …`) is the header told apart from the copy; otherwise every line stays in the body.
 */
function readHeader(header: string[]): Partial<ArticleFields> | null {
  if (header.length === 0 || header.length > MAX_HEADER_LINES || header.some((line) => line.length > 400)) return null;
  const fields: Partial<ArticleFields> = {};
  const authorIndex = header.findIndex((line, index) => index > 0 && header[index - 1] === line && wordCount(line) <= 5);
  if (authorIndex > 0) {
    fields.authorName = header[authorIndex];
    const bio = header[authorIndex + 1];
    if (bio !== undefined) fields.authorBio = bio;
  }
  const rest = header.filter((_, index) => authorIndex < 0 || index < authorIndex - 1 || index > authorIndex + 1);
  const dek = rest.find((line) => wordCount(line) > 5);
  if (dek !== undefined) fields.dek = dek;
  const kicker = rest.find((line) => line !== dek && wordCount(line) <= 4);
  if (kicker !== undefined) fields.kicker = kicker;
  return fields;
}

/**
 * Takes the page furniture out of an article copied from a website as text: the weather and date
 * above the headline (the date becomes the publication date), widget titles after the copy, and the
 * header fields before a dateline-opened first paragraph. `lines` are the non-empty lines after the
 * headline.
 */
export function readWebsiteCopy(leading: string[], lines: string[]): WebsiteCopy {
  const publishedAt = leading.map(pageDate).find((date) => date !== null) ?? null;
  const body = [...lines];
  while (body.length > 0 && TRAILING_WIDGETS.test(body[body.length - 1] ?? '')) body.pop();
  const opening = body.findIndex((line) => DATELINE_OPENING.test(line));
  const fields = opening > 0 ? readHeader(body.slice(0, opening)) : null;
  return { fields: fields ?? {}, publishedAt, lines: fields ? body.slice(opening) : body };
}

/** Whether a line of copy reads as a subheading: short, no closing punctuation, between paragraphs. */
export function looksLikeSubheading(line: string, index: number, lines: readonly string[]): boolean {
  if (index === 0 || index === lines.length - 1) return false;
  const adLine = /^-?\s*advertisement\s*-?$/i.test(line);
  return !adLine && wordCount(line) <= 14 && line.length <= 120 && !SENTENCE_END.test(line) && !/^[\w ]+:/.test(line);
}

/** Whether a line above the headline is only the weather or the date. */
export function isPageChrome(line: string): boolean {
  return WEATHER.test(line) || PAGE_DATE.test(line);
}
