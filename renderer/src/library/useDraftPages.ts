import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftStatus, DraftSummary } from '../../../electron/shared/model/draft';
import type { draftReviewFilters, draftSorts } from '../../../electron/shared/contract/drafts';
import { request } from '../api/request';

export type DraftSort = (typeof draftSorts)[number];

/** Which drafts the library shows. */
export type DraftQuery = {
  trashed: boolean;
  status: DraftStatus | null;
  sort: DraftSort;
  /** A review filter for this person, or null for every draft. */
  only?: (typeof draftReviewFilters)[number] | null;
};

export type DraftPages = {
  /** How many drafts match, or null before the first page came. */
  total: number | null;
  /** The draft at a position, or undefined while its page loads. */
  itemAt: (index: number) => DraftSummary | undefined;
  /** Loads the pages covering these positions, if not loaded yet. */
  ensureRange: (start: number, end: number) => void;
  /** Forgets every page and loads again (after a trash, restore or purge). */
  reload: () => void;
  /** The ids of the drafts at positions start to end, loading what is not loaded; null when the store fails. */
  idsBetween: (start: number, end: number) => Promise<string[] | null>;
  /** Where a draft is among the pages loaded so far, or -1. */
  loadedIndexOf: (id: string) => number;
  error: string | null;
};

export const PAGE_SIZE = 100;

const BULK_PAGE = 500;

function directionFor(sort: DraftSort): 'asc' | 'desc' {
  return sort === 'headline' || sort === 'status' ? 'asc' : 'desc';
}

function listInput({ trashed, sort, status, only }: DraftQuery, offset: number, limit: number) {
  return { trashed, sort, direction: directionFor(sort), offset, limit, ...(status ? { status } : {}), ...(only ? { only } : {}) };
}

/**
 * The library's drafts, fetched from the store a page at a time as the list scrolls, so ten thousand
 * drafts cost no more than the hundred on screen.
 */
export function useDraftPages({ trashed, sort, status, only = null }: DraftQuery): DraftPages {
  const [pages, setPages] = useState<ReadonlyMap<number, DraftSummary[]>>(new Map());
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const requested = useRef(new Set<number>());
  // Answers for an earlier query or reload are dropped when they come back late.
  const token = useRef(0);

  const loadPage = useCallback(
    async (page: number, forToken: number, replace = false) => {
      requested.current.add(page);
      const result = await request((api) => api.drafts.list(listInput({ trashed, sort, status, only }, page * PAGE_SIZE, PAGE_SIZE)));
      if (token.current !== forToken) return;
      if (!result.ok) {
        requested.current.delete(page);
        setError(result.error.message);
        return;
      }
      setError(null);
      setTotal(result.value.total);
      // A reload keeps the rows on screen until the first page is back, so the list never blinks empty.
      setPages((previous) => (replace ? new Map([[page, result.value.items]]) : new Map(previous).set(page, result.value.items)));
    },
    [trashed, sort, status, only],
  );

  // Another query starts empty; a reload of the same one (drafts came from the server) replaces what is shown.
  const shownQuery = useRef(loadPage);
  useEffect(() => {
    token.current += 1;
    requested.current = new Set();
    const sameQuery = shownQuery.current === loadPage;
    shownQuery.current = loadPage;
    if (!sameQuery) setPages(new Map());
    void loadPage(0, token.current, sameQuery);
  }, [loadPage, generation]);

  const ensureRange = useCallback(
    (start: number, end: number) => {
      for (let page = Math.floor(start / PAGE_SIZE); page <= Math.floor(end / PAGE_SIZE); page += 1) {
        if (!requested.current.has(page)) void loadPage(page, token.current);
      }
    },
    [loadPage],
  );

  const itemAt = useCallback((index: number) => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], [pages]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  const idsBetween = useCallback(
    async (start: number, end: number): Promise<string[] | null> => {
      const ids: string[] = [];
      let index = start;
      while (index <= end) {
        const cached = itemAt(index);
        if (cached) {
          ids.push(cached.id);
          index += 1;
          continue;
        }
        const result = await request((api) => api.drafts.list(listInput({ trashed, sort, status, only }, index, Math.min(BULK_PAGE, end - index + 1))));
        if (!result.ok) {
          setError(result.error.message);
          return null;
        }
        if (result.value.items.length === 0) break;
        ids.push(...result.value.items.map((item) => item.id));
        index += result.value.items.length;
      }
      return ids;
    },
    [itemAt, trashed, sort, status, only],
  );

  const loadedIndexOf = useCallback(
    (id: string) => {
      for (const [page, items] of pages) {
        const at = items.findIndex((item) => item.id === id);
        if (at >= 0) return page * PAGE_SIZE + at;
      }
      return -1;
    },
    [pages],
  );

  return { total, itemAt, ensureRange, reload, error, idsBetween, loadedIndexOf };
}
