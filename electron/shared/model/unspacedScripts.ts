/**
 * Letters of the scripts written without spaces between words (Chinese, Japanese, Thai, Lao,
 * Khmer, Myanmar) and of Korean, whose spaced words carry their particles (`모스크바를`): a
 * space-and-punctuation rule finds no words in them, so counting and search treat them apart.
 * Source of a character class, for building patterns with the `u` flag.
 */
export const UNSPACED_LETTER = '(?:(?=[\\p{L}\\p{N}])[\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Bopomofo}\\p{scx=Hangul}\\p{scx=Thai}\\p{scx=Lao}\\p{scx=Khmer}\\p{scx=Myanmar}])';

const unspaced = new RegExp(UNSPACED_LETTER, 'u');

/**
 * Every character UNSPACED_LETTER matches lies in these ranges (tests/unit/drafts/articleText.test.ts goes
 * through all of Unicode to keep it so; planes 2 and 3, kept for ideographs, are taken whole). A plain character class is checked many times faster than the
 * letter-and-script test at every character: a 10,000-word English article, curly quotes and dashes
 * included, has no character in them, and the engine counts the words of the open draft at every save.
 */
export const UNSPACED_CANDIDATE =
  /[\u02BC-\u02CB\u0E01-\u0EDF\u1000-\u11FF\u1780-\u17F9\u3005-\u3289\u3400-\u9FFF\uA960-\uAA7F\uAC00-\uD7FB\uF900-\uFAD9\uFF66-\uFFDC\u{116D0}-\u{116E3}\u{16FE3}-\u{16FF6}\u{1AFF0}-\u{1B167}\u{1D360}-\u{1D371}\u{20000}-\u{3FFFF}]/u;

/** Whether `text` holds any letter of a script written without spaces. */
export function hasUnspacedLetters(text: string): boolean {
  return UNSPACED_CANDIDATE.test(text) && unspaced.test(text);
}
