import type { SiteSettings } from '../../shared/model/settings';
import { textDirection } from '../../shared/model/textDirection';
import type { ExportArticle } from './exportArticle';
import { escapeHtml } from '../../shared/model/escapeHtml';
import { publishedDate } from './publishedDate';
import type { FigurePlacer } from './placeFigures';
import { renderBody, renderFigure } from './renderBody';
import { sanitiseArticle } from './sanitiseArticle';

// Each header line takes its direction from its own text (dir="auto"): an English name in an Arabic article reads left to right.
function textElement(tag: string, className: string, value: string): string {
  const text = value.trim();
  return text === '' ? '' : `<${tag} class="${className}" dir="auto">${escapeHtml(text)}</${tag}>`;
}

function renderHeader(article: ExportArticle, settings: SiteSettings, placer: FigurePlacer | undefined): string {
  const author = article.authorName.trim();
  const published = publishedDate(article.publishedAt);
  const lines = [
    textElement('p', 'nd-kicker', article.kicker),
    textElement('h1', 'nd-headline', article.headline),
    textElement('p', 'nd-dek', article.dek),
    author === '' ? '' : `<p class="nd-byline">By <span class="nd-author" dir="auto">${escapeHtml(author)}</span></p>`,
    textElement('p', 'nd-author-bio', article.authorBio),
    published ? `<time class="nd-published" datetime="${published.datetime}">${escapeHtml(published.text)}</time>` : '',
    article.leadImage && placer ? renderFigure({ ...article.leadImage, image: article.leadImage.id }, settings, placer, true) : '',
  ].filter((line) => line !== '');
  return `<header class="nd-header">\n${lines.map((line) => `  ${line}\n`).join('')}</header>`;
}

/** The language an article is in: its own, else the site's, else English. */
export function articleLanguage(article: ExportArticle, settings: SiteSettings): string {
  const pattern = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
  if (pattern.test(article.language)) return article.language;
  return pattern.test(settings.defaultLanguage) ? settings.defaultLanguage : 'en';
}

/**
 * The contract's `<article class="nd-article">`: header (empty fields left out, the lead image last) and
 * body (figures get their pictures from the placer; without one they are left out), passed through the
 * export allow-list as a whole. The article's `dir` comes from its language (rtl for Arabic, Hebrew,
 * Persian, Urdu...); each header line and body block has `dir="auto"`. The same article always gives the same bytes.
 */
export function renderFragment(article: ExportArticle, settings: SiteSettings, placer?: FigurePlacer): string {
  const language = articleLanguage(article, settings);
  // The header first: the lead image is the page's first picture, loaded at once.
  const header = renderHeader(article, settings, placer);
  const body = renderBody(article.body, article.dateline, settings, placer);
  const html =
    `<article class="nd-article" lang="${escapeHtml(language)}" data-newsdesk-id="${escapeHtml(article.id)}" data-slug="${escapeHtml(article.slug)}" dir="${textDirection(language)}">\n` +
    `${header}\n<div class="nd-body">${body}</div>\n</article>`;
  return sanitiseArticle(html);
}
