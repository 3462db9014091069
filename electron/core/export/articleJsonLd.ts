import type { SiteSettings } from '../../shared/model/settings';
import { wordCount } from '../../shared/model/wordCount';
import type { ExportArticle } from './exportArticle';

/**
 * Serialises JSON for a `<script>` element: `<`, `>`, `&` and the JavaScript line separators are
 * written as `\u` escapes, so no text in the article can ever close the element.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

function validTime(iso: string | null): string | undefined {
  if (!iso) return undefined;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function publisher(settings: SiteSettings): Record<string, unknown> | undefined {
  if (settings.publisherName.trim() === '') return undefined;
  const logo = settings.publisherLogoUrl.trim();
  return {
    '@type': 'Organization',
    name: settings.publisherName.trim(),
    ...(logo === '' ? {} : { logo: { '@type': 'ImageObject', url: logo } }),
  };
}

/** The schema.org `NewsArticle` for the page head; absent values are left out, never invented. */
export function articleJsonLd(article: ExportArticle, settings: SiteSettings, language: string, canonicalUrl: string | null, image: string | null = null): Record<string, unknown> {
  const author = article.authorName.trim();
  const description = (article.seoDescription.trim() || article.dek.trim()) || undefined;
  const tags = article.tags.map((tag) => tag.trim()).filter((tag) => tag !== '');
  const entries: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline.trim(),
    description,
    image: image === null ? undefined : [image],
    author: author === '' ? undefined : { '@type': 'Person', name: author },
    datePublished: validTime(article.publishedAt),
    dateModified: validTime(article.updatedAt),
    articleSection: article.section.trim() || undefined,
    keywords: tags.length > 0 ? tags.join(', ') : undefined,
    inLanguage: language,
    wordCount: wordCount(article.body),
    publisher: publisher(settings),
    mainEntityOfPage: canonicalUrl === null ? undefined : { '@type': 'WebPage', '@id': canonicalUrl },
  };
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}
