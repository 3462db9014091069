/**
 * Letters of the scripts written without spaces between words (Chinese, Japanese, Thai, Lao,
 * Khmer, Myanmar) and of Korean, whose spaced words carry their particles (`모스크바를`): a
 * space-and-punctuation rule finds no words in them, so counting and search treat them apart.
 * Source of a character class, for building patterns with the `u` flag.
 */
export const UNSPACED_LETTER = '(?:(?=[\\p{L}\\p{N}])[\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Bopomofo}\\p{scx=Hangul}\\p{scx=Thai}\\p{scx=Lao}\\p{scx=Khmer}\\p{scx=Myanmar}])';

const unspaced = new RegExp(UNSPACED_LETTER, 'u');

/** Whether `text` holds any letter of a script written without spaces. */
export function hasUnspacedLetters(text: string): boolean {
  return unspaced.test(text);
}
