import { describe, expect, it } from 'vitest';
import { bodyText } from '../../../electron/shared/model/bodyText';
import { slugify } from '../../../electron/shared/model/slugify';
import { hasUnspacedLetters, UNSPACED_CANDIDATE, UNSPACED_LETTER } from '../../../electron/shared/model/unspacedScripts';
import { countWords, wordCount } from '../../../electron/shared/model/wordCount';
import { seedArticleBody } from '../fixtures/seedArticleBody';

describe('bodyText', () => {
  it('puts each block on its own line and joins marked text within a paragraph', () => {
    const body = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Storm' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Wor' }, { type: 'text', text: 'ds', marks: [{ type: 'bold' }] }, { type: 'hardBreak' }, { type: 'text', text: 'next' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One' }] }] }] },
        { type: 'adSlot', attrs: { format: 'inline' } },
      ],
    };
    expect(bodyText(body)).toBe('Storm\nWords\nnext\nOne');
  });

  it('gives an empty string for anything that is not a document', () => {
    expect(bodyText(null)).toBe('');
    expect(bodyText('text')).toBe('');
    expect(bodyText({ type: 'doc' })).toBe('');
  });
});

describe('wordCount', () => {
  it('counts contractions, hyphenated words and decimals as one word each', () => {
    expect(countWords("Don't panic: a well-known 3.5-metre wave — at 10 o’clock.")).toBe(9);
  });

  it('counts letters of any script, not punctuation', () => {
    expect(countWords('Привет мир · — … Καλημέρα')).toBe(3);
    expect(countWords(' -- ... !! ')).toBe(0);
  });

  it('tells copy with letters of unspaced scripts from copy without, by a quick look first', () => {
    const letter = new RegExp(`^${UNSPACED_LETTER}$`, 'u');
    const missed: string[] = [];
    for (let code = 0; code <= 0x10ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      if (letter.test(character) && !UNSPACED_CANDIDATE.test(character)) missed.push(code.toString(16));
    }
    // A letter outside the quick look's ranges (a new Unicode block, say) would be counted as a spaced word.
    expect(missed).toEqual([]);
    for (const copy of ['北京今日', 'きょうは晴れ', 'กรุงเทพ', '모스크바를', 'The mayor’s “plan” — approved…', 'Привет, Καλημέρα, مرحبا']) {
      expect(hasUnspacedLetters(copy)).toBe(/[\p{scx=Han}\p{scx=Hiragana}\p{scx=Thai}\p{scx=Hangul}]/u.test(copy));
    }
    expect(hasUnspacedLetters('The mayor’s “plan” — approved… 北')).toBe(true);
  });

  it('counts the reference article\'s body', () => {
    const body = seedArticleBody();
    expect(wordCount(body)).toBe(countWords(bodyText(body)));
    expect(wordCount(body)).toBeGreaterThan(300);
  });
});

describe('slugify', () => {
  it('makes lower-case words joined by hyphens, without accents or apostrophes', () => {
    expect(slugify('  Putin Invites Xi to Moscow — to “Strengthen” Ties!  ')).toBe('putin-invites-xi-to-moscow-to-strengthen-ties');
    expect(slugify('Ukraine’s São Paulo café')).toBe('ukraines-sao-paulo-cafe');
  });

  it('cuts long headlines at a word boundary', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('gives an empty string when no letters or digits are left', () => {
    expect(slugify('— !!! —')).toBe('');
  });
});
