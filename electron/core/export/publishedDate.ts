const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A publication time as the page shows it: machine-readable and in words, always in UTC. */
export type PublishedDate = { datetime: string; text: string };

/**
 * Formats an ISO time as `January 28, 2023` (UTC, English, whatever the machine's locale), with a
 * `datetime` that is the date alone at midnight UTC and the full time otherwise. Null when unreadable.
 */
export function publishedDate(iso: string | null | undefined): PublishedDate | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  const full = date.toISOString();
  const day = full.slice(0, 10);
  const datetime = full.endsWith('T00:00:00.000Z') ? day : full.replace('.000Z', 'Z');
  const text = `${monthNames[date.getUTCMonth()] ?? ''} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
  return { datetime, text };
}
