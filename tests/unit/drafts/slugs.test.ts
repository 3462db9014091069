import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/core/engine';
import { cleanSlug, followingSlug, isSlug, slugify, SLUG_MAX_LENGTH } from '../../../electron/shared/model/slugify';
import { doc, manualClock, memoryEngine, valueOf } from '../support/testEngine';

describe('slugify in every script', () => {
  it('romanises Latin letters with their accents, ligatures and German ß', () => {
    expect(slugify('Café São Paulo: façade Ærø Straße')).toBe('cafe-sao-paulo-facade-aero-strasse');
    expect(slugify('Müller über Ärger', 'de')).toBe('mueller-ueber-aerger');
    expect(slugify('İstanbul’da IŞİD', 'tr')).toBe('istanbulda-isid');
  });

  it('romanises Russian and Greek', () => {
    expect(slugify('Путин пригласил Си в Москву', 'ru')).toBe('putin-priglasil-si-v-moskvu');
    expect(slugify('Ο Πούτιν προσκαλεί τον Σι', 'el')).toBe('o-poytin-proskalei-ton-si');
  });

  it('keeps Chinese, Japanese and Korean letters', () => {
    expect(slugify('普京邀请习近平访问莫斯科', 'zh')).toBe('普京邀请习近平访问莫斯科');
    expect(slugify('プーチン氏、習主席をモスクワに招待', 'ja')).toBe('プーチン氏-習主席をモスクワに招待');
    expect(slugify('푸틴, 시진핑 모스크바 초청', 'ko')).toBe('푸틴-시진핑-모스크바-초청');
  });

  it('keeps Arabic and Hebrew letters without their optional vowel points', () => {
    expect(slugify('بوتين يدعو شي إلى موسكو', 'ar')).toBe('بوتين-يدعو-شي-إلى-موسكو');
    expect(slugify('مُحَمَّد', 'ar')).toBe('محمد');
    expect(slugify('פּוּטִין מזמין את שי', 'he')).toBe('פוטין-מזמין-את-שי');
  });

  it('keeps Devanagari and Thai with their vowel signs', () => {
    expect(slugify('पुतिन ने शी को आमंत्रित किया', 'hi')).toBe('पुतिन-ने-शी-को-आमंत्रित-किया');
    expect(slugify('ปูตินเชิญสีจิ้นผิง', 'th')).toBe('ปูตินเชิญสีจิ้นผิง');
  });

  it('separates romanised words from kept ones', () => {
    expect(slugify('iPhone手机 2024年')).toBe('iphone-手机-2024-年');
  });

  it('cuts a long headline at a word boundary, and a long unspaced one at a word the segmenter finds', () => {
    const latin = slugify('word '.repeat(40));
    expect(latin.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(latin.endsWith('word')).toBe(true);
    const chinese = slugify('普京周五邀请习近平访问莫斯科以加强两国的军事关系'.repeat(5), 'zh');
    expect(chinese.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(chinese.length).toBeGreaterThan(SLUG_MAX_LENGTH - 6);
    expect('普京周五邀请习近平访问莫斯科以加强两国的军事关系'.repeat(5).startsWith(chinese)).toBe(true);
  });

  it('makes only slugs the store accepts, and a path segment that survives encoding', () => {
    for (const headline of ['Café São Paulo', '普京邀请习近平', 'بوتين يدعو شي', 'Путин', '— !!! —']) {
      const slug = slugify(headline);
      expect(slug === '' || isSlug(slug), headline).toBe(true);
      expect(decodeURIComponent(encodeURIComponent(slug))).toBe(slug);
    }
    expect(slugify('— !!! —')).toBe('');
    expect(isSlug('Upper')).toBe(false);
    expect(isSlug('a--b')).toBe(false);
    expect(isSlug('cafe\u0301')).toBe(false);
  });

  it('cleans a slug typed by hand the same way', () => {
    expect(cleanSlug('Mon Café ', 'fr')).toBe('mon-cafe');
    expect(cleanSlug('普京 访问')).toBe('普京-访问');
  });

  it('shows the stored slug while it follows the headline, and the new one once the headline changed', () => {
    expect(followingSlug('普京访问', 'zh', '普京访问-2')).toBe('普京访问-2');
    expect(followingSlug('普京访问北京', 'zh', '普京访问-2')).toBe('普京访问北京');
    expect(followingSlug('', 'en', 'untitled-3')).toBe('untitled-3');
  });
});

describe('slugs of drafts', () => {
  let engine: Engine;
  beforeEach(() => {
    engine = memoryEngine(manualClock());
  });
  afterEach(() => engine.close());

  const create = async (headline: string, language: string) => valueOf(await engine.call('drafts:create', { changes: { headline, language, body: doc('Text.') } }));

  it('gives non-Latin headlines their own slugs, unique among drafts, instead of untitled', async () => {
    const first = await create('普京邀请习近平访问莫斯科', 'zh');
    const second = await create('普京邀请习近平访问莫斯科', 'zh');
    const arabic = await create('بوتين يدعو شي إلى موسكو', 'ar');
    const russian = await create('Путин пригласил Си', 'ru');
    expect([first.slug, second.slug, arabic.slug, russian.slug]).toEqual(['普京邀请习近平访问莫斯科', '普京邀请习近平访问莫斯科-2', 'بوتين-يدعو-شي-إلى-موسكو', 'putin-priglasil-si']);
  });

  it('exports the slug it stored, percent-encoded in the canonical URL', async () => {
    valueOf(await engine.call('settings:update', { changes: { baseUrl: 'https://news.example.com/world' } }));
    const draft = await create('普京访问', 'zh');
    const rendered = valueOf(await engine.call('export:render', { id: draft.id, form: 'page' }));
    expect(rendered.html).toContain('data-slug="普京访问"');
    expect(rendered.html).toContain(`<link rel="canonical" href="https://news.example.com/world/${encodeURIComponent('普京访问')}">`);
  });

  it('takes a Unicode slug set by hand and refuses one with capitals', async () => {
    const draft = await create('Moscow talks', 'en');
    const saved = valueOf(await engine.call('drafts:save', { id: draft.id, baseVersion: draft.version, changes: { slug: 'محادثات-موسكو' } }));
    expect(saved.slug).toBe('محادثات-موسكو');
    const refused = await engine.call('drafts:save', { id: draft.id, baseVersion: saved.version, changes: { slug: 'Moscow' } });
    expect(refused.ok).toBe(false);
  });
});
