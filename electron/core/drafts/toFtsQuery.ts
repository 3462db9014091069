import { searchTokens } from '../db/searchText';

/** The most terms a search uses; the rest of a very long query is ignored. */
export const MAX_SEARCH_TERMS = 16;

type Term = { words: string[]; quoted: boolean };

// A chunk is a "quoted phrase" or a run of words joined by punctuation found inside words
// (well-known, U.S., 3.5, o'clock); brackets, commas, operators and spaces separate chunks.
const chunkPattern = /"([^"]*)"|([^\s"()[\]{},;!?*^+<>=|~`]+)/g;
const wordPattern = /[\p{L}\p{N}\p{M}]+/gu;

function termsOf(input: string): Term[] {
  const terms: Term[] = [];
  for (const match of input.matchAll(chunkPattern)) {
    const quoted = match[1] !== undefined;
    // A word in Chinese, Japanese, Korean or Thai is indexed as its characters: it becomes a phrase of them.
    const words = ((match[1] ?? match[2] ?? '').match(wordPattern) ?? []).flatMap(searchTokens);
    if (words.length > 0) terms.push({ words, quoted });
  }
  return terms.slice(0, MAX_SEARCH_TERMS);
}

/**
 * Turns what a user typed into a safe FTS5 query: every term becomes a quoted string (so quotes,
 * colons, `NEAR`, `AND`, `*` and parentheses are just text), words joined by punctuation
 * (`well-known`) and "quoted phrases" stay phrases, all terms must match, and the last word,
 * while still being typed, matches as a prefix. Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const terms = termsOf(input);
  if (terms.length === 0) return null;
  const typingLastWord = !/[\s"]$/.test(input);
  return terms
    .map((term, index) => {
      const phrase = `"${term.words.join(' ').replace(/"/g, '""')}"`;
      const isLast = index === terms.length - 1;
      return isLast && typingLastWord && !term.quoted ? `${phrase}*` : phrase;
    })
    .join(' ');
}
