import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_TERMS, toFtsQuery } from '../../../electron/core/drafts/toFtsQuery';

describe('toFtsQuery', () => {
  it('quotes each word and makes the last one a prefix', () => {
    expect(toFtsQuery('storm coa')).toBe('"storm" "coa"*');
  });

  it('matches whole words once the user typed a space', () => {
    expect(toFtsQuery('storm ')).toBe('"storm"');
  });

  it('keeps quoted phrases and punctuated words as phrases', () => {
    expect(toFtsQuery('"coast guard" well-known')).toBe('"coast guard" "well known"*');
  });

  it('turns operators and column filters into plain words', () => {
    expect(toFtsQuery('NEAR(a b) headline:storm AND *')).toBe('"NEAR" "a" "b" "headline storm" "AND"*');
  });

  it('makes a word of Chinese or Thai a phrase of its characters, as the index holds them', () => {
    expect(toFtsQuery('普京 访问')).toBe('"普 京" "访 问"*');
    expect(toFtsQuery('iPhone手机 ')).toBe('"iPhone 手 机"');
  });

  it('returns null when nothing searchable is left', () => {
    for (const query of ['', '   ', '"', '***', ':()', '""']) expect(toFtsQuery(query)).toBeNull();
  });

  it('uses at most a fixed number of terms', () => {
    const query = toFtsQuery(Array.from({ length: 100 }, (_, index) => `w${index}`).join(' '));
    expect(query?.split(' ')).toHaveLength(MAX_SEARCH_TERMS);
  });
});
