/** A row a LIKE scan found, with the text it matched in. */
export type LikeRow = { id: string; title: string; text: string };

/** A ranked hit with a snippet, as the FTS searches return them. */
export type LikeHit = { id: string; title: string; score: number; snippet: string };

const SNIPPET_CHARACTERS = 64;

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

/**
 * What FTS does after finding the matches, done by hand for a LIKE scan's rows, so the baseline does
 * comparable work: a score per row (a match in the title counts ten times one in the text, shorter
 * texts first on a tie), the best `limit` rows, and a snippet with the first match marked.
 */
export function rankLikeRows(rows: readonly LikeRow[], word: string, limit: number): LikeHit[] {
  const needle = word.toLowerCase();
  const scored = rows.map((row) => {
    const text = row.text.toLowerCase();
    const score = 10 * occurrences(row.title.toLowerCase(), needle) + occurrences(text, needle) - text.length / 1e9;
    return { row, text, score };
  });
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, limit).map(({ row, text, score }) => {
    const at = Math.max(0, text.indexOf(needle));
    const start = Math.max(0, at - SNIPPET_CHARACTERS / 2);
    const snippet = `${row.text.slice(start, at)}<mark>${row.text.slice(at, at + needle.length)}</mark>${row.text.slice(at + needle.length, at + SNIPPET_CHARACTERS / 2)}`;
    return { id: row.id, title: row.title, score, snippet };
  });
}
