import type { Database } from 'better-sqlite3';
import { hasUnspacedLetters, UNSPACED_LETTER } from '../../shared/model/unspacedScripts';

/** The SQL function the full-text indexes read their text through (migration 0003). */
export const SEARCH_TEXT_FUNCTION = 'newsdesk_search_text';

/** The SQL function that reads a draft's tags (a JSON array) as indexed text: `Weather, Coast`. */
export const SEARCH_TAGS_FUNCTION = 'newsdesk_search_tags';

/** Separates the characters of unspaced scripts in indexed text: a format character FTS5's unicode61 splits at, invisible in a snippet. */
export const TOKEN_BREAK = '\u200B';

const unspacedCharacter = new RegExp(`${UNSPACED_LETTER}\\p{M}*`, 'gu');

/**
 * Text as the full-text indexes read it: unchanged, except that each character of Chinese,
 * Japanese, Korean, Thai, Lao, Khmer and Myanmar (with its combining marks) stands apart as its
 * own token, so a search finds any run of them, of any length, inside a sentence with no spaces.
 */
export function searchText(text: string): string {
  return hasUnspacedLetters(text) ? text.replace(unspacedCharacter, `${TOKEN_BREAK}$&${TOKEN_BREAK}`) : text;
}

/** The words a query word is indexed as: itself, or its characters in an unspaced script. */
export function searchTokens(word: string): string[] {
  return searchText(word)
    .split(TOKEN_BREAK)
    .filter((token) => token !== '');
}

/** A snippet as the user reads it: without the token breaks the index added. */
export function readableSnippet(snippet: string): string {
  return snippet.replaceAll(TOKEN_BREAK, '');
}

function tagsText(json: unknown): string {
  if (typeof json !== 'string') return '';
  try {
    const tags: unknown = JSON.parse(json);
    return Array.isArray(tags) ? searchText(tags.filter((tag) => typeof tag === 'string').join(', ')) : '';
  } catch {
    return '';
  }
}

/**
 * Makes `newsdesk_search_text(text)` and `newsdesk_search_tags(json)` available on a connection:
 * the full-text views and triggers call them, so every connection that writes drafts or the
 * catalog registers them (connect does). Tags are read here, not with json_each, which FTS5
 * cannot resolve inside its content view.
 */
export function registerSearchText(db: Database): void {
  db.function(SEARCH_TEXT_FUNCTION, { deterministic: true }, (value: unknown) => (typeof value === 'string' ? searchText(value) : value));
  db.function(SEARCH_TAGS_FUNCTION, { deterministic: true }, tagsText);
}
