import { describe, expect, it } from 'vitest';
import { renderFragment } from '../../../electron/core/export/renderFragment';
import { renderPage } from '../../../electron/core/export/renderPage';
import { defaultSiteSettings } from '../../../electron/shared/model/settings';
import { textDirection } from '../../../electron/shared/model/textDirection';
import { arabicArticle, articleWith, parseHtml } from './publishingFixtures';

const site = { ...defaultSiteSettings, baseUrl: 'https://news.example.com' };

describe('text direction in the export', () => {
  it('lays an Arabic article out right to left, on the page and on the article', () => {
    const document = parseHtml(renderPage(articleWith(arabicArticle), site));
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(document.documentElement.getAttribute('lang')).toBe('ar-EG');
    expect(document.querySelector('article.nd-article')?.getAttribute('dir')).toBe('rtl');
  });

  it('lets each header line and body block take its direction from its own text', () => {
    const document = parseHtml(renderFragment(articleWith(arabicArticle), site));
    for (const selector of ['.nd-kicker', '.nd-headline', '.nd-dek', '.nd-author', '.nd-author-bio', '.nd-body > p', '.nd-body > h2', '.nd-body li']) {
      const elements = [...document.querySelectorAll(selector)];
      expect(elements.length, selector).toBeGreaterThan(0);
      for (const element of elements) expect(element.getAttribute('dir'), selector).toBe('auto');
    }
  });

  it('isolates the reporter’s name and a related headline in another script', () => {
    const document = parseHtml(renderFragment(articleWith(arabicArticle), site));
    expect(document.querySelector('.nd-byline')?.innerHTML).toBe('By <span class="nd-author" dir="auto">Sadaf Hasan</span>');
    expect(document.querySelector('.nd-related a')?.getAttribute('dir')).toBe('auto');
  });

  it('keeps an English article left to right', () => {
    const document = parseHtml(renderPage(articleWith({ language: 'en' }), site));
    expect(document.documentElement.getAttribute('dir')).toBe('ltr');
    expect(document.querySelector('article.nd-article')?.getAttribute('dir')).toBe('ltr');
  });

  it('knows the right-to-left languages and scripts, with their subtags', () => {
    for (const language of ['ar', 'ar-EG', 'he', 'he-IL', 'fa', 'fa-IR', 'ur', 'ur-PK', 'az-Arab', 'ps', 'yi']) expect(textDirection(language), language).toBe('rtl');
    for (const language of ['en', 'en-GB', 'pt-BR', 'zh-Hans', 'ru', 'ar-Latn', 'ja', 'hi']) expect(textDirection(language), language).toBe('ltr');
  });
});
