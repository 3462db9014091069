import { bodyText } from './bodyText';
import { hasUnspacedLetters } from './unspacedScripts';

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*/gu;
// Intl.Segmenter slows down sharply on long strings, so an unspaced run is segmented in slices.
const SLICE = 200;

let segmenter: Intl.Segmenter | undefined;

/** The words Intl.Segmenter finds in a run of text written without spaces (Chinese, Japanese, Thai...). */
export function segmentedWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const words: string[] = [];
  let start = 0;
  while (start < text.length) {
    const segments = [...segmenter.segment(text.slice(start, start + SLICE))];
    const last = segments.at(-1);
    // The slice's last segment may be a word cut in two: unless the text ends there, it is read again with the next slice.
    const complete = start + SLICE >= text.length || last === undefined || last.index === 0 ? segments : segments.slice(0, -1);
    for (const segment of complete) if (segment.isWordLike === true) words.push(segment.segment);
    start += complete === segments ? SLICE : (last?.index ?? SLICE);
  }
  return words;
}

/**
 * Counts words in plain text. Where words are spaced, letters or digits, keeping `don't`,
 * `well-known` and `3.5` as one word each; in scripts written without spaces (Chinese, Japanese,
 * Thai...) and in Korean, the words Intl.Segmenter finds with the platform's dictionaries.
 */
export function countWords(text: string): number {
  if (!hasUnspacedLetters(text)) return countSpacedWords(text);
  let count = 0;
  for (const [word] of text.matchAll(WORD)) count += hasUnspacedLetters(word) ? segmentedWords(word).length : 1;
  return count;
}

const SPACED_WORD = new RegExp(WORD.source, 'gu');

/**
 * The words of text with no letter of an unspaced script: WORD's matches, counted without making an array or
 * an iterator for each (the editor counts the edited paragraph at every keystroke).
 */
function countSpacedWords(text: string): number {
  SPACED_WORD.lastIndex = 0;
  let count = 0;
  while (SPACED_WORD.test(text)) count += 1;
  return count;
}

/**
 * The word count of a body document. The engine stores it and the editor's status bar shows it;
 * both call this, so they always agree.
 */
export function wordCount(doc: unknown): number {
  return countWords(bodyText(doc));
}
