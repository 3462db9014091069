import { useEffect, useState } from 'react';
import type { SearchHit } from '../../../electron/shared/model/draft';
import { request } from '../api/request';

export type DraftSearch = {
  /** The query the results answer (may lag the box by the debounce). */
  query: string;
  items: SearchHit[];
  error: string | null;
};

const DEBOUNCE_MS = 150;

/** Full-text search as the reporter types, debounced; null while the box is empty. */
export function useDraftSearch(query: string, refreshKey: number): DraftSearch | null {
  const [result, setResult] = useState<DraftSearch | null>(null);
  const trimmed = query.trim();

  useEffect(() => {
    if (trimmed === '') {
      setResult(null);
      return undefined;
    }
    let cancelled = false;
    const timer = window.setTimeout(async () => {
      const found = await request((api) => api.drafts.search({ query: trimmed, limit: 200 }));
      if (cancelled) return;
      setResult(found.ok ? { query: trimmed, items: found.value.items, error: null } : { query: trimmed, items: [], error: found.error.message });
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [trimmed, refreshKey]);

  return trimmed === '' ? null : result;
}
