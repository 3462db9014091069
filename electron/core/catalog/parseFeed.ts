import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AppError } from '../../shared/contract/result';
import type { FeedFormat, FeedItem } from '../../shared/model/catalog';
import { plainText } from './plainText';
import { articleUrl, attributeOf, child, isoDate, listOf, textOf, type XmlValue } from './feedValues';

/** What a feed holds: its kind, its own title, the articles, and how many entries were unusable. */
export type ParsedFeed = { format: FeedFormat; title: string; items: FeedItem[]; skipped: number };

const MAX_TITLE = 300;
const MAX_SUMMARY = 600;
const MAX_SECTION = 100;
const listTags = new Set(['item', 'entry', 'url', 'link', 'category']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => listTags.has(name),
});

type Entry = { url: XmlValue; title: XmlValue; section: XmlValue; date: XmlValue; summary: XmlValue };

function toItem(entry: Entry, base: string | null): FeedItem | null {
  const url = articleUrl(entry.url, base);
  const title = plainText(textOf(entry.title), MAX_TITLE);
  if (url === null || title === '') return null;
  return {
    url,
    title,
    section: plainText(textOf(entry.section), MAX_SECTION),
    publishedAt: isoDate(entry.date),
    summary: plainText(textOf(entry.summary), MAX_SUMMARY),
  };
}

function categoryText(value: XmlValue): XmlValue {
  const first = listOf(value)[0];
  return attributeOf(first, 'term') || attributeOf(first, 'label') || textOf(first);
}

function rssEntries(items: unknown[]): Entry[] {
  return items.map((item) => {
    const guid = child(item, 'guid');
    const guidIsLink = attributeOf(guid, 'isPermaLink') !== 'false' && /^https?:/i.test(textOf(guid).trim());
    const links = listOf(child(item, 'link')).filter((link) => typeof link === 'string' || attributeOf(link, 'rel') !== 'self');
    return {
      url: textOf(links) || (guidIsLink ? guid : ''),
      title: child(item, 'title'),
      section: categoryText(child(item, 'category')),
      date: child(item, 'pubDate') ?? child(item, 'date') ?? child(item, 'published'),
      summary: child(item, 'description') ?? child(item, 'summary') ?? child(item, 'encoded'),
    };
  });
}

function atomLink(entry: XmlValue): string {
  const links = listOf(child(entry, 'link'));
  const alternate = links.find((link) => ['', 'alternate'].includes(attributeOf(link, 'rel'))) ?? links[0];
  return attributeOf(alternate, 'href');
}

function atomEntries(entries: unknown[]): Entry[] {
  return entries.map((entry) => ({
    url: atomLink(entry),
    title: child(entry, 'title'),
    section: categoryText(child(entry, 'category')),
    date: child(entry, 'published') ?? child(entry, 'updated') ?? child(entry, 'issued'),
    summary: child(entry, 'summary') ?? child(entry, 'content'),
  }));
}

function sitemapEntries(urls: unknown[]): Entry[] {
  return urls.map((url) => {
    const news = listOf(child(url, 'news'))[0];
    const keywords = textOf(child(news, 'keywords')).split(',')[0] ?? '';
    return {
      url: child(url, 'loc'),
      title: child(news, 'title'),
      section: keywords,
      date: child(news, 'publication_date') ?? child(url, 'lastmod'),
      summary: '',
    };
  });
}

function linkBase(value: string, fallback: string | null): string | null {
  return articleUrl(value, fallback) ?? fallback;
}

function readDocument(document: XmlValue, sourceUrl: string | null): { format: FeedFormat; title: string; entries: Entry[]; base: string | null } {
  const rss = child(document, 'rss') ?? child(document, 'RDF');
  if (rss !== undefined) {
    const channel = listOf(child(rss, 'channel'))[0];
    const items = listOf(child(channel, 'item')).concat(listOf(child(rss, 'item')));
    const siteLink = textOf(listOf(child(channel, 'link')).filter((link) => typeof link === 'string'));
    return { format: 'rss', title: textOf(child(channel, 'title')), entries: rssEntries(items), base: linkBase(siteLink, sourceUrl) };
  }
  const feed = child(document, 'feed');
  if (feed !== undefined) {
    const base = attributeOf(feed, 'base') || atomLink(feed);
    return { format: 'atom', title: textOf(child(feed, 'title')), entries: atomEntries(listOf(child(feed, 'entry'))), base: linkBase(base, sourceUrl) };
  }
  const urlset = child(document, 'urlset');
  if (urlset !== undefined) {
    return { format: 'news-sitemap', title: '', entries: sitemapEntries(listOf(child(urlset, 'url'))), base: sourceUrl };
  }
  throw new AppError('unreadable_input', 'This is not a feed Newsdesk can read: expected RSS 2.0, Atom or a Google News sitemap.');
}

/**
 * Reads the website's articles from an RSS 2.0 (or RSS 1.0) feed, an Atom feed or a Google News
 * sitemap. Relative links are resolved against `sourceUrl` or the feed's own site link; entries
 * with no title or with a link that is not http(s) are skipped and counted. Throws an
 * `unreadable_input` AppError, in plain words, for anything that is not such a feed.
 */
export function parseFeed(xml: string, sourceUrl: string | null = null): ParsedFeed {
  const text = xml.replace(/^\uFEFF/, '').trim();
  if (!text.startsWith('<')) throw new AppError('unreadable_input', 'This is not a feed: it does not look like XML.');
  if (/^(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html)\b/i.test(text)) {
    throw new AppError('unreadable_input', 'This is a web page, not a feed. Use the address of the site\'s RSS or Atom feed, or its news sitemap.');
  }
  if (/<!ENTITY/i.test(text)) throw new AppError('unreadable_input', 'This feed declares its own XML entities, which Newsdesk does not accept.');
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new AppError('unreadable_input', `This feed is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  }
  const document: unknown = parser.parse(text);
  if (typeof document !== 'object' || document === null) throw new AppError('unreadable_input', 'This feed is empty.');
  const { format, title, entries, base } = readDocument(document, sourceUrl);
  const items = entries.map((entry) => toItem(entry, base)).filter((item): item is FeedItem => item !== null);
  if (entries.length > 0 && items.length === 0 && format === 'news-sitemap') {
    throw new AppError('unreadable_input', 'This sitemap lists pages but no news articles (no news:title).');
  }
  return { format, title: plainText(title, MAX_TITLE), items, skipped: entries.length - items.length };
}
