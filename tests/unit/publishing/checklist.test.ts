import { describe, expect, it } from 'vitest';
import { checkDraft, checklistPasses } from '../../../electron/shared/checklist/checkDraft';
import { defaultSiteSettings } from '../../../electron/shared/model/settings';
import { articleWith, bodyOf } from './publishingFixtures';

const paragraph = (text: string) => (text === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] });
const linked = (text: string, href: string) => ({ type: 'paragraph', content: [{ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] }] });
const related = (href: string, title = 'Other story') => ({ type: 'relatedLink', attrs: { href, title, label: 'Also Read:' } });
const doc = (...content: unknown[]) => bodyOf(content);

function codes(article = articleWith()) {
  return checkDraft(article, { adRules: defaultSiteSettings.adRules }).map((item) => `${item.severity}:${item.code}`);
}

describe('the pre-publish checklist', () => {
  it('passes a complete article', () => {
    expect(checkDraft(articleWith())).toEqual([]);
  });

  it('stops on a missing headline and points at the field', () => {
    const items = checkDraft(articleWith({ headline: '  ' }));
    expect(items).toEqual([{ severity: 'error', code: 'headline_missing', message: 'The article has no headline.', location: { field: 'headline' } }]);
    expect(checklistPasses(items)).toBe(false);
  });

  it('stops on an unresolved related link and names it, at its block', () => {
    const items = checkDraft(articleWith({ body: doc(paragraph('Copy.'), related('', 'Ukraine’s President Zelenskiy Attends U.S. Congress')) }));
    expect(items[0]).toMatchObject({ severity: 'error', code: 'related_unresolved', location: { blockIndex: 1 } });
    expect(items[0]?.message).toContain('Ukraine’s President Zelenskiy Attends U.S. Congress');
  });

  it('stops on a related link to something other than a web page', () => {
    expect(codes(articleWith({ body: doc(paragraph('Copy.'), related('javascript:alert(1)')) }))).toContain('error:related_bad_url');
    expect(codes(articleWith({ body: doc(paragraph('Copy.'), related('mailto:x@example.com')) }))).toContain('error:related_bad_url');
  });

  it('stops on a link with a disallowed scheme', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>x</script>', 'vbscript:x', 'java\tscript:alert(1)', '//evil.example/x']) {
      const items = checkDraft(articleWith({ body: doc(paragraph('Copy.'), linked('click', href)) }));
      expect(items.filter((item) => item.code === 'link_bad_scheme'), href).toEqual([expect.objectContaining({ severity: 'error', location: { blockIndex: 1 } })]);
    }
  });

  it('warns about a missing author and over-long headline, SEO title and description', () => {
    const items = checkDraft(articleWith({ authorName: '', headline: 'H'.repeat(71), seoTitle: 'S'.repeat(61), seoDescription: 'D'.repeat(161) }));
    expect(items.map((item) => [item.code, item.location])).toEqual([
      ['author_missing', { field: 'authorName' }],
      ['headline_too_long', { field: 'headline' }],
      ['seoTitle_too_long', { field: 'seoTitle' }],
      ['seoDescription_too_long', { field: 'seoDescription' }],
    ]);
    expect(items.every((item) => item.severity === 'warning')).toBe(true);
    expect(checkDraft(articleWith({ headline: 'H'.repeat(70), seoTitle: 'S'.repeat(60), seoDescription: 'D'.repeat(160) }))).toEqual([]);
  });

  it('warns about TK left in any field or the body, as a word and in capitals only', () => {
    const items = checkDraft(articleWith({ dek: 'Toll rises to TK.', tags: ['TK'], body: doc(paragraph('Quote TK from mayor.'), paragraph('Talks in TOKYO and tk, TKO.')) }));
    expect(items.map((item) => item.location)).toEqual([{ field: 'dek' }, { field: 'tags' }, { blockIndex: 0 }]);
  });

  it('warns about empty paragraphs and duplicate links', () => {
    const items = checkDraft(articleWith({ body: doc(linked('a', 'https://a.example/'), paragraph(''), linked('again', 'https://a.example/'), related('https://a.example/')) }));
    expect(items.map((item) => `${item.code}@${'blockIndex' in item.location ? item.location.blockIndex : ''}`)).toEqual(['empty_paragraph@1', 'duplicate_link@2', 'duplicate_link@3']);
  });

  it('says once that a body with no copy is empty, rather than flagging the blank line a new draft has', () => {
    for (const body of [doc(), doc(paragraph('')), doc(paragraph(''), paragraph('  '))]) {
      expect(checkDraft(articleWith({ body }))).toEqual([{ severity: 'warning', code: 'empty_body', message: 'The article has no body text yet.', location: { blockIndex: 0 } }]);
    }
    expect(codes(articleWith({ body: doc(paragraph(''), paragraph('Copy.')) }))).toEqual(['warning:empty_paragraph']);
  });

  it('warns when a level-3 subheading comes before any level-2 one, and not after', () => {
    const heading = (level: number, text: string) => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] });
    const early = checkDraft(articleWith({ body: doc(paragraph('Intro.'), heading(3, 'Early'), paragraph('More.'), heading(2, 'Main')) }));
    expect(early.map((item) => `${item.code}@${'blockIndex' in item.location ? item.location.blockIndex : ''}`)).toEqual(['heading_skips_level@1']);
    expect(checkDraft(articleWith({ body: doc(heading(2, 'Main'), heading(3, 'Sub'), paragraph('Text.')) }))).toEqual([]);
  });

  it('warns about hand-placed ads that break the placement rules', () => {
    const items = checkDraft(articleWith({ body: doc({ type: 'adSlot', attrs: { format: 'inline' } }, paragraph('Only copy.')) }), { adRules: defaultSiteSettings.adRules });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.code === 'ad_placement' && item.severity === 'warning' && 'blockIndex' in item.location && item.location.blockIndex === 0)).toBe(true);
  });

  it('lists errors before warnings', () => {
    expect(codes(articleWith({ authorName: '', headline: '' }))).toEqual(['error:headline_missing', 'warning:author_missing']);
  });
});
