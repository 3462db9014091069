/** An ISO time as `YYYY-MM-DD HH:MM` (UTC), for text output. */
export function shortTime(iso: string | null): string {
  return iso === null ? '' : iso.slice(0, 16).replace('T', ' ');
}
