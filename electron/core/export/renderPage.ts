import type { SiteSettings } from '../../shared/model/settings';
import { articleJsonLd, scriptSafeJson } from './articleJsonLd';
import type { ExportArticle } from './exportArticle';
import { escapeHtml } from '../../shared/model/escapeHtml';
import { pageStyle } from '../../shared/export/pageStyle';
import type { FigurePlacer } from './placeFigures';
import { articleLanguage, renderFragment } from './renderFragment';
import { textDirection } from '../../shared/model/textDirection';

/** The article's address on the website: base URL plus slug; null without a base URL or slug. */
export function canonicalUrl(article: ExportArticle, settings: SiteSettings): string | null {
  const base = settings.baseUrl.trim().replace(/\/+$/, '');
  if (base === '' || article.slug === '' || !/^https?:\/\/[^\s/]+/i.test(base)) return null;
  try {
    return new URL(`${base}/${encodeURIComponent(article.slug)}`).href;
  } catch {
    return null;
  }
}

function meta(attribute: 'name' | 'property', key: string, value: string): string {
  return value === '' ? '' : `<meta ${attribute}="${key}" content="${escapeHtml(value)}">`;
}

function headLines(article: ExportArticle, settings: SiteSettings, language: string, placer: FigurePlacer | undefined): string[] {
  const title = article.seoTitle.trim() || article.headline.trim() || 'Untitled article';
  const description = article.seoDescription.trim() || article.dek.trim();
  const canonical = canonicalUrl(article, settings);
  const image = article.leadImage && placer ? placer.shareUrl(article.leadImage.id) : null;
  const jsonLd = scriptSafeJson(articleJsonLd(article, settings, language, canonical, image));
  return [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    meta('name', 'description', description),
    canonical === null ? '' : `<link rel="canonical" href="${escapeHtml(canonical)}">`,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    canonical === null ? '' : meta('property', 'og:url', canonical),
    meta('property', 'og:site_name', settings.siteName.trim()),
    image === null ? '' : meta('property', 'og:image', image),
    image === null || !article.leadImage ? '' : meta('property', 'og:image:alt', article.leadImage.alt.trim()),
    meta('name', 'twitter:card', image === null ? 'summary' : 'summary_large_image'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
    image === null ? '' : meta('name', 'twitter:image', image),
    `<script type="application/ld+json">\n${jsonLd}\n</script>`,
    `<style>\n${pageStyle}\n</style>`,
  ].filter((line) => line !== '');
}

/**
 * The page: a complete HTML5 document with the contract's head (title, description, canonical,
 * Open Graph, Twitter card, JSON-LD, the lead image as their picture) and the article fragment inside `<main>`.
 */
export function renderPage(article: ExportArticle, settings: SiteSettings, placer?: FigurePlacer): string {
  const language = articleLanguage(article, settings);
  const fragment = renderFragment(article, settings, placer);
  const head = headLines(article, settings, language, placer).map((line) => `${line}\n`).join('');
  return `<!doctype html>\n<html lang="${escapeHtml(language)}" dir="${textDirection(language)}">\n<head>\n${head}</head>\n<body>\n<main>\n${fragment}\n</main>\n</body>\n</html>\n`;
}
