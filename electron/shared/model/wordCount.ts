import { bodyText } from './bodyText';

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Counts words in plain text: letters or digits, keeping `don't`, `well-known` and `3.5` as one word each. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * The word count of a body document. The engine stores it and the editor's status bar shows it;
 * both call this, so they always agree.
 */
export function wordCount(doc: unknown): number {
  return countWords(bodyText(doc));
}
