import type { Window } from 'happy-dom';
import type { ArticleFields } from '../../shared/model/draft';
import { isSlug, SLUG_LIMIT } from '../../shared/model/slugify';
import { cleanPastedBody, type CleanedHtml } from '../../shared/paste/cleanPastedHtml';
import { inertWindow } from '../html/inertWindow';
import { pictureSources, type PictureSources } from '../../shared/paste/pastedImages';

/** Header fields found in an HTML document, and its body cleaned to the article's own markup. */
export type HtmlArticle = { fields: Partial<ArticleFields>; publishedAt: string | null; cleaned: CleanedHtml };

type Parsed = ReturnType<InstanceType<Window['DOMParser']>['parseFromString']>;

function readHeader(document: Parsed): Pick<HtmlArticle, 'fields' | 'publishedAt'> {
  const take = (selector: string): string => {
    const element = document.querySelector(selector);
    const text = (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
    element?.remove();
    return text;
  };
  const article = document.querySelector('article.nd-article');
  const fields: Partial<ArticleFields> = {
    kicker: take('.nd-kicker'),
    dek: take('.nd-dek'),
    authorName: take('.nd-author'),
    authorBio: take('.nd-author-bio'),
    dateline: take('.nd-dateline').replace(/:$/, ''),
  };
  const published = Date.parse(document.querySelector('time.nd-published')?.getAttribute('datetime') ?? '');
  document.querySelector('.nd-byline')?.remove();
  const title = (document.querySelector('title')?.textContent ?? '').trim();
  fields.headline = take('h1') || title;
  const language = article?.getAttribute('lang') ?? document.documentElement.getAttribute('lang') ?? '';
  if (/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(language)) fields.language = language;
  const slug = article?.getAttribute('data-slug') ?? '';
  if (slug.length <= SLUG_LIMIT && isSlug(slug)) fields.slug = slug;
  document.querySelector('header.nd-header')?.remove();
  return { fields, publishedAt: Number.isNaN(published) ? null : new Date(published).toISOString() };
}

/**
 * Parses an HTML document once, with scripts off, and cleans its body to the article's markup.
 * With `readFields`, the headline and the contract's header fields (`.nd-kicker`, `.nd-dek`, …) are
 * taken out first, so an exported article imports back whole; the first `h1` (or the title) is the headline.
 * Pictures already stored (`pictures`, by `src`) become figures.
 */
export function readHtmlArticle(html: string, readFields: boolean, pictures?: PictureSources): HtmlArticle {
  const document = new (inertWindow().DOMParser)().parseFromString(html, 'text/html');
  const header = readFields ? readHeader(document) : { fields: {}, publishedAt: null };
  return { ...header, cleaned: cleanPastedBody(document.body, pictures) };
}

/** The `src` of every picture in an HTML document, parsed with scripts off. */
export function htmlPictureSources(html: string): string[] {
  return pictureSources(html, new (inertWindow().DOMParser)());
}
