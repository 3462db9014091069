import { describe, expect, it } from 'vitest';
import { placeAdsAutomatically } from '../../electron/shared/editor/adPlacement';
import { adPlacementWarnings } from '../../electron/shared/editor/adPlacementWarnings';
import type { DocJson } from '../../electron/shared/editor/adPlacementLayout';
import { defaultSiteSettings, type AdRules } from '../../electron/shared/model/settings';
import { seedArticleBody } from './fixtures/seedArticleBody';

const rules: AdRules = defaultSiteSettings.adRules;

type Block = Record<string, unknown>;

function words(count: number, seed = 'word'): string {
  return Array.from({ length: count }, (_, index) => `${seed}${index}`).join(' ');
}
const p = (count = 50): Block => ({ type: 'paragraph', content: [{ type: 'text', text: words(count) }] });
const emptyP = (): Block => ({ type: 'paragraph' });
const h2 = (): Block => ({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'A subheading' }] });
const quote = (): Block => ({ type: 'blockquote', content: [p(20)] });
const list = (): Block => ({ type: 'bulletList', content: [{ type: 'listItem', content: [p(10)] }, { type: 'listItem', content: [p(10)] }] });
const related = (): Block => ({ type: 'relatedLink', attrs: { href: 'https://news.example.com/a', title: 'A', label: 'Also Read:' } });
const ad = (placement: 'manual' | 'auto' = 'manual', format = 'inline'): Block => ({
  type: 'adSlot',
  attrs: { format, placement, slot: null, size: null },
});
const doc = (...content: Block[]): DocJson => ({ type: 'doc', content });

const letters: Record<string, string> = { paragraph: 'p', heading: 'h', blockquote: 'q', bulletList: 'l', relatedLink: 'r' };

/** The body as a short string: `p p AD p`, with `ad` for hand-placed and `AD` for automatic ads. */
function shape(body: DocJson): string {
  return (body.content ?? [])
    .map((block) => {
      const item = block as Block & { attrs?: Record<string, unknown> };
      if (item.type === 'adSlot') return item.attrs?.placement === 'auto' ? 'AD' : 'ad';
      if (item.type === 'paragraph' && !Array.isArray(item.content)) return '_';
      return letters[String(item.type)] ?? '?';
    })
    .join(' ');
}

const placed = (body: DocJson, custom: Partial<AdRules> = {}) => shape(placeAdsAutomatically(body, { ...rules, ...custom }).doc);

describe('placeAdsAutomatically', () => {
  it('places nothing in a short article', () => {
    expect(placed(doc(p(40), p(40)))).toBe('p p');
    expect(placed(doc())).toBe('');
    expect(placed({ type: 'doc' })).toBe('');
  });

  it('puts the first ad after paragraph 3 and spaces the next by 3 paragraphs', () => {
    expect(placed(doc(p(), p(), p(), p(), p(), p(), p(), p(), p(), p()))).toBe('p p p AD p p p AD p p p AD p');
  });

  it('allows one ad per 150 words', () => {
    expect(placed(doc(...Array.from({ length: 10 }, () => p(32))))).toBe('p p p AD p p p AD p p p p');
    expect(placed(doc(...Array.from({ length: 6 }, () => p(24))))).toBe('p p p p p p');
    expect(placed(doc(...Array.from({ length: 6 }, () => p(25))))).toBe('p p p AD p p p');
  });

  it('stops at the site maximum', () => {
    const long = doc(...Array.from({ length: 40 }, () => p(100)));
    const result = placeAdsAutomatically(long, { ...rules, maxAds: 2 }).doc;
    expect(shape(result).split(' ').filter((item) => item === 'AD')).toHaveLength(2);
  });

  it('never ends the body with an ad', () => {
    expect(placed(doc(p(), p(), p(), p(200)))).toBe('p p p AD p');
    expect(placed(doc(p(), p(), p(200)))).toBe('p p p');
    expect(placed(doc(p(), p(), p(200), emptyP(), emptyP()))).toBe('p p p _ _');
  });

  it('never opens the body with an ad, even when the rules say after paragraph 1', () => {
    expect(placed(doc(h2(), p(100), p(100)), { firstAfterParagraph: 1 })).toBe('h p AD p');
  });

  it('keeps ads away from headings', () => {
    expect(placed(doc(p(), p(), p(), h2(), p(), p(), p()))).toBe('p p p h p AD p p');
  });

  it('keeps ads away from quotes and related links', () => {
    expect(placed(doc(p(), p(), p(), quote(), p(), p()))).toBe('p p p q p AD p');
    expect(placed(doc(p(), p(), p(), related(), p(), p()))).toBe('p p p r p AD p');
  });

  it('counts a list as a block of copy and lets ads sit beside it', () => {
    expect(placed(doc(p(), p(), list(), p(), p()))).toBe('p p l AD p p');
  });

  it('keeps hand-placed ads that follow the rules where they are and spaces new ads from them', () => {
    const body = doc(p(), p(), p(), ad(), p(), p(), p(), p(), p(), p(), p(), p());
    expect(placed(body)).toBe('p p p ad p p p AD p p p AD p p');
  });

  it('moves a hand-placed ad that breaks a rule to the first place the rules allow, keeping its format', () => {
    const body = doc(p(), ad('manual', 'native'), p(), p(), p(), p(), p(), p(), p(), p(), p());
    const report = placeAdsAutomatically(body, rules);
    expect(shape(report.doc)).toBe('p p p ad p p p AD p p p AD p');
    expect(report.doc.content?.[3]).toEqual(ad('manual', 'native'));
    expect(report).toMatchObject({ added: 2, moved: 1, removed: 0, left: [] });
  });

  it('takes out hand-placed ads beyond what the article may hold, and says so', () => {
    const body = doc(p(30), p(30), p(30), p(30), ad(), p(30), p(30), p(30), ad(), p(30));
    const report = placeAdsAutomatically(body, rules);
    expect(shape(report.doc)).toBe('p p p p ad p p p p');
    expect(report).toMatchObject({ added: 0, moved: 0, removed: 1, allowance: 1, left: [] });
  });

  it('leaves a hand-placed ad where it is when no place follows the rules and the article has room, and reports its warnings', () => {
    const body = doc(ad(), p(200), p(200));
    const report = placeAdsAutomatically(body, rules);
    expect(shape(report.doc)).toBe('ad p p');
    expect(report).toMatchObject({ added: 0, moved: 0, removed: 0 });
    expect(report.left.map((warning) => warning.message)).toEqual(adPlacementWarnings(body, rules).map((warning) => warning.message));
    expect(report.left[0]).toEqual({ blockIndex: 0, message: 'This ad opens the article; put it after some copy.' });
  });

  it('counts hand-placed ads against the allowance', () => {
    const body = doc(p(30), p(30), p(30), p(30), ad(), p(30), p(30), p(30), p(30));
    expect(placed(body)).toBe('p p p p ad p p p p');
  });

  it('replaces the ads it placed before instead of adding more', () => {
    const body = doc(p(), p(), ad('auto'), p(), p(), p(), p(), ad('auto'), p());
    const once = placeAdsAutomatically(body, rules).doc;
    expect(shape(once)).toBe('p p p AD p p p AD p');
    expect(placeAdsAutomatically(once, rules).doc).toEqual(once);
  });

  it('gives new ads the default format and the auto placement', () => {
    const result = placeAdsAutomatically(doc(p(), p(), p(), p()), { ...rules, defaultFormat: 'native' }).doc;
    expect(result.content?.[3]).toEqual({ type: 'adSlot', attrs: { format: 'native', placement: 'auto', slot: null, size: null } });
  });

  it('leaves the document it was given untouched', () => {
    const body = doc(p(), p(), p(), p());
    const copy = structuredClone(body);
    placeAdsAutomatically(body, rules);
    expect(body).toEqual(copy);
  });

  it('sets the seed article’s five hand-placed ads right: keeps one, moves two, takes out the two beyond its allowance of three', () => {
    const seed = seedArticleBody();
    expect(shape(seed)).toBe('p h p ad p p ad p p ad p p p p p p p p r ad ad');
    expect(adPlacementWarnings(seed, rules)).not.toEqual([]);
    const report = placeAdsAutomatically(seed, rules);
    expect(shape(report.doc)).toBe('p h p p p ad p p p ad p p p ad p p p p r');
    expect(report).toMatchObject({ added: 0, moved: 2, removed: 2, allowance: 3, left: [] });
    expect(adPlacementWarnings(report.doc, rules)).toEqual([]);
  });

  it('places ads on the seed article body by the rules', () => {
    const seed = seedArticleBody({ withAds: false });
    expect(shape(placeAdsAutomatically(seed, rules).doc)).toBe('p h p p AD p p p AD p p p AD p p p p p r');
  });
});

describe('adPlacementWarnings', () => {
  const messagesAt = (body: DocJson, index: number) =>
    adPlacementWarnings(body, rules).filter((warning) => warning.blockIndex === index).map((warning) => warning.message);

  it('says nothing about ads that follow the rules', () => {
    expect(adPlacementWarnings(doc(p(), p(), p(), ad(), p(), p(), p(), ad(), p()), rules)).toEqual([]);
  });

  it('flags an ad that opens or ends the article', () => {
    expect(messagesAt(doc(ad(), p(200), p(200)), 0)).toContain('This ad opens the article; put it after some copy.');
    expect(messagesAt(doc(p(200), p(), p(), ad(), emptyP()), 3)).toContain('This ad ends the article; put it between paragraphs.');
  });

  it('flags an ad next to a heading, a quote, a related link or another ad', () => {
    expect(messagesAt(doc(p(), p(), p(), ad(), h2(), p()), 3)).toEqual(['This ad sits directly before a heading; move it between paragraphs.']);
    expect(messagesAt(doc(p(), p(), p(), quote(), ad(), p()), 4)).toEqual(['This ad sits directly after a quote; move it between paragraphs.']);
    expect(messagesAt(doc(p(), p(), p(), related(), ad(), p()), 4)).toEqual(['This ad sits directly after a related link; move it between paragraphs.']);
    expect(messagesAt(doc(p(), p(), p(), ad(), ad(), p(), p(), p(), p()), 4)).toContain('This ad sits directly after another ad; move it between paragraphs.');
  });

  it('flags an ad placed too early or too close to the previous one', () => {
    expect(messagesAt(doc(p(), ad(), p(), p(), p()), 1)).toEqual(['This ad comes after 1 paragraph; the first ad goes after paragraph 3.']);
    const close = doc(p(), p(), p(), ad(), p(), ad(), p(), p(), p());
    expect(messagesAt(close, 5)).toEqual(['Only 1 paragraph since the previous ad; leave at least 3.']);
    expect(messagesAt(doc(p(), p(), p(), ad(), h2(), ad(), p(), p()), 5)).toContain('No paragraph since the previous ad; leave at least 3.');
  });

  it('flags ads beyond the allowance for the article length', () => {
    const body = doc(p(35), p(35), p(35), ad(), p(35), p(35), p(35), ad(), p(35), p(35), p(35), ad(), p(35), p(35), p(35));
    expect(messagesAt(body, 11)).toEqual(['This is ad 3, but the article is long enough for 2 ads (one per 150 words).']);
    const capped = adPlacementWarnings(body, { ...rules, maxAds: 1 }).map((warning) => warning.message);
    expect(capped).toContain('This is ad 2; the site allows at most 1 ad per article.');
  });

  it('does not report ads placed automatically', () => {
    expect(adPlacementWarnings(doc(ad('auto'), p()), rules)).toEqual([]);
  });

  it('reports the seed article ads that break the rules, at their places', () => {
    const warnings = adPlacementWarnings(seedArticleBody(), rules);
    const indexes = [...new Set(warnings.map((warning) => warning.blockIndex))];
    expect(indexes).toEqual([3, 6, 9, 19, 20]);
    expect(warnings).toContainEqual({ blockIndex: 9, message: 'Only 2 paragraphs since the previous ad; leave at least 3.' });
    expect(warnings).toContainEqual({ blockIndex: 3, message: 'This ad comes after 2 paragraphs; the first ad goes after paragraph 3.' });
    expect(warnings).toContainEqual({ blockIndex: 6, message: 'Only 2 paragraphs since the previous ad; leave at least 3.' });
    expect(warnings).toContainEqual({ blockIndex: 19, message: 'This ad sits directly after a related link; move it between paragraphs.' });
    expect(warnings).toContainEqual({ blockIndex: 20, message: 'This ad ends the article; put it between paragraphs.' });
  });
});
