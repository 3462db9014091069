import type { Suggestion } from '../../../../electron/shared/editor/suggestions/listSuggestions';

const formatNames: Record<string, string> = { bold: 'bold', italic: 'italic', link: 'link' };

function quoted(text: string): string {
  const trimmed = text.trim();
  const shown = trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed;
  return `“${shown}”`;
}

/** What a suggestion does, in a few words: `Insert “quits”`, `Delete “on Tuesday”`, `Format bold`. */
export function describeSuggestion(suggestion: Suggestion): string {
  const format = formatNames[suggestion.format] ?? suggestion.format;
  switch (suggestion.kind) {
    case 'insert':
      return suggestion.text.trim() === '' ? 'Insert a paragraph break' : `Insert ${quoted(suggestion.text)}`;
    case 'delete':
      return suggestion.text.trim() === '' ? 'Delete a paragraph break' : `Delete ${quoted(suggestion.text)}`;
    case 'replace':
      return `Replace ${quoted(suggestion.text)} with ${quoted(suggestion.replacement)}`;
    case 'format':
      return `Format ${format}`;
    case 'unformat':
      return `Remove ${format}`;
    case 'change':
      return 'Change the block';
  }
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "Ana Editor, 6 Dec 2026, 10:15": who suggested it and when, for the list and the tooltip. */
export function suggestionByline(suggestion: Pick<Suggestion, 'author' | 'at'>): string {
  const author = suggestion.author ?? 'Unknown';
  const time = suggestion.at === null ? Number.NaN : Date.parse(suggestion.at);
  return Number.isNaN(time) ? author : `${author}, ${timeFormat.format(time)}`;
}
