import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { AppError } from '../../shared/contract/result';
import type { ArticleFields } from '../../shared/model/draft';
import { isSlug, SLUG_LIMIT } from '../../shared/model/slugify';

/** Front matter read into article fields, with the Markdown that follows it. */
export type FrontMatter = {
  fields: Partial<ArticleFields>;
  publishedAt: string | null;
  ignoredKeys: string[];
  markdown: string;
};

const textKeys: Record<string, keyof ArticleFields> = {
  headline: 'headline',
  dek: 'dek',
  kicker: 'kicker',
  author: 'authorName',
  authorBio: 'authorBio',
  dateline: 'dateline',
  section: 'section',
  seoTitle: 'seoTitle',
  seoDescription: 'seoDescription',
};

function fail(name: string, line: number, message: string): never {
  throw new AppError('unreadable_input', `${name}, line ${line}: ${message}`);
}

function readTags(value: unknown, fail: (message: string) => never): string[] {
  if (typeof value === 'string') return value.split(',').map((tag) => tag.trim()).filter((tag) => tag !== '');
  if (Array.isArray(value) && value.every((tag) => typeof tag === 'string' || typeof tag === 'number')) {
    return value.map((tag) => String(tag).trim()).filter((tag) => tag !== '');
  }
  return fail('tags must be a list such as [Russia, China] or comma-separated text.');
}

function readPublished(value: unknown, fail: (message: string) => never): string {
  const text = value instanceof Date ? value.toISOString() : String(value);
  const time = /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(time)) fail(`published must be an ISO date such as 2023-01-28 (found "${text.slice(0, 40)}").`);
  return new Date(time).toISOString();
}

type Entry = { key: string; value: unknown; line: number };

function applyEntry(entry: Entry, result: FrontMatter, failAt: (message: string) => never): void {
  const { key, value } = entry;
  const field = textKeys[key];
  if (field) {
    if (typeof value !== 'string' && typeof value !== 'number' && value !== null) failAt(`${key} must be text.`);
    Object.assign(result.fields, { [field]: value === null ? '' : String(value).trim() });
  } else if (key === 'tags') result.fields.tags = value === null ? [] : readTags(value, failAt);
  else if (key === 'published') result.publishedAt = value === null ? null : readPublished(value, failAt);
  else if (key === 'language') {
    if (typeof value !== 'string' || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(value)) failAt('language must be a BCP 47 tag such as en or pt-BR.');
    result.fields.language = value;
  } else if (key === 'slug') {
    if (typeof value !== 'string' || value.length > SLUG_LIMIT || !isSlug(value)) failAt('slug may hold only lower-case letters, digits and single hyphens.');
    result.fields.slug = value;
  } else result.ignoredKeys.push(key);
}

function readEntries(name: string, yamlText: string): Entry[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const error = document.errors[0];
  if (error) {
    const line = (error.linePos?.[0]?.line ?? 1) + 1;
    fail(name, line, `the front matter is not valid YAML (${error.message.split('\n')[0]?.replace(/ at line \d+.*$/, '')}).`);
  }
  if (document.contents === null) return [];
  if (!isMap(document.contents)) fail(name, 2, 'the front matter must be "key: value" lines.');
  return document.contents.items.map((pair) => {
    const line = lineCounter.linePos(isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0).line + 1;
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value: unknown = pair.value === null ? null : isScalar(pair.value) ? pair.value.value : pair.value.toJSON();
    return { key, value, line };
  });
}

/**
 * Splits `---` front matter from Markdown and reads it into article fields (contract, part 2).
 * Malformed front matter is refused with its line number in the file.
 */
export function readFrontMatter(name: string, text: string): FrontMatter {
  const result: FrontMatter = { fields: {}, publishedAt: null, ignoredKeys: [], markdown: text };
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return result;
  const end = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (end < 0) fail(name, 1, 'the front matter that opens here has no closing --- line.');
  for (const entry of readEntries(name, lines.slice(1, end).join('\n'))) {
    applyEntry(entry, result, (message) => fail(name, entry.line, message));
  }
  result.markdown = lines.slice(end + 1).join('\n');
  return result;
}
