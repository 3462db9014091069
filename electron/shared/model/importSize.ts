/** The largest file Newsdesk imports: no article is 10 MB of copy. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The limit as the reporter reads it (and docs/publishing.md states it). */
export const MAX_IMPORT_SIZE_TEXT = '10 MB';

/** What the reporter is told when a file is over the limit, in the app and the CLI alike. */
export function importTooLargeMessage(name: string): string {
  return `${name} is too large to import (over ${MAX_IMPORT_SIZE_TEXT}); Newsdesk imports articles, not archives.`;
}
