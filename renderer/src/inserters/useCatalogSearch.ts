import { useEffect, useState } from 'react';
import type { CatalogArticle } from '../../../electron/shared/model/catalog';
import { request } from '../api/request';

/** What the dialog shows: search results as you type, suggestions for the draft, and any error. */
export type CatalogSearchState = { results: CatalogArticle[]; suggestions: CatalogArticle[]; error: string | null; searched: string };

const DEBOUNCE_MS = 120;

/** Searches the catalog as `query` changes (newest answer wins) and loads suggestions for the draft. */
export function useCatalogSearch(query: string, draftId: string | null, refreshKey: number): CatalogSearchState {
  const [results, setResults] = useState<CatalogArticle[]>([]);
  const [searched, setSearched] = useState('');
  const [suggestions, setSuggestions] = useState<CatalogArticle[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(async () => {
      const result = await request((api) => api.catalog.search({ query, limit: 20 }));
      if (!current) return;
      if (!result.ok) return setError(result.error.message);
      setError(null);
      setResults(result.value.items);
      setSearched(query);
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, refreshKey]);

  useEffect(() => {
    if (draftId === null) return undefined;
    let current = true;
    void request((api) => api.catalog.suggest({ draftId, limit: 5 })).then((result) => {
      if (current && result.ok) setSuggestions(result.value.items);
    });
    return () => {
      current = false;
    };
  }, [draftId, refreshKey]);

  return { results, suggestions, error, searched };
}
